class E(Exception):
    pass
E.__module__ = "mypkg.errors"
raise E("qualified")
