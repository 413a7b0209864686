print("pkg_basic.mod_a running, __name__ =", __name__, "__package__ =", __package__)
A_VALUE = 42
def double(x):
    return x * 2
