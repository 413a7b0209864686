print("pkg_basic __init__ running, __name__ =", __name__)
VERSION = "1.0"
def hello():
    return "hello from pkg_basic"
