import sys
print(sys.exc_info())
try:
    raise ValueError("active")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v if hasattr(sys, "exception") else "n/a")
    try:
        raise KeyError("nested")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print("restored:", sys.exc_info()[0].__name__)
print(sys.exc_info())
def inner():
    return sys.exc_info()[1]
try:
    raise IndexError("seen by callee")
except IndexError:
    print(repr(inner()))
def gen():
    yield sys.exc_info()[0]
g = gen()
try:
    raise TypeError
except TypeError:
    print(next(g))
