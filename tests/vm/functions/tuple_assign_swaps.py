# `a, b = x, y` (BUILD_TUPLE n; UNPACK_SEQUENCE n, n <= 3) compiles to SWAP n, and into
# stores in the other order when the targets are distinct locals on one line, as CPython
# 3.11 does: results for every target kind, repeated names, the order finalizers of the
# replaced values run in, and line events when the targets span lines.
import dis
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def locals_(x, y, z):
    a, b = x, y
    (c,) = (z,)
    d, e, g = x, y, z
    a, a = a, b
    b, c = c, b
    return a, b, c, d, e, g


print(locals_(1, 2, 3))
print([i.opname for i in dis.get_instructions(locals_)
       if i.opname in ("BUILD_TUPLE", "UNPACK_SEQUENCE", "SWAP")])


class Box:
    pass


def mixed(x, y, z):
    box = Box()
    lst = [0, 0]
    box.p, box.q = x, y
    lst[0], lst[1], w = y, z, x
    box.q, lst[1] = lst[1], box.q
    s, t, u, v = x, y, z, x
    return box.p, box.q, lst, w, s, t, u, v


print(mixed("x", "y", "z"))


def finalizers():
    a, b = Noisy("a1"), Noisy("b1")
    print(" replacing")
    a, b = Noisy("a2"), Noisy("b2")
    print(" replacing three")
    a, b, c = Noisy("a3"), Noisy("b3"), Noisy("c3")
    print(" done")


finalizers()


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib(90))


def spread(x, y):
    a, \
        b = \
        x, y
    return a, b


def tracer(frame, event, arg):
    if frame.f_code is spread.__code__:
        print("  ", event, frame.f_lineno - spread.__code__.co_firstlineno)
    return tracer


sys.settrace(tracer)
print(spread(1, 2))
sys.settrace(None)
