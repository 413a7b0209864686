def lookup(d):
    return d["missing"]

lookup({})
