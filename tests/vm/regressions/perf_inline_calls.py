# Calls run inline by CALL (plain Python functions, classes with a Python __init__,
# bound methods) behave like the generic call path.
import sys

def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, 5, 6), f(c=0, a=9))
try:
    f()
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)

class V:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)
print(V(1), V(1, 2), V(y=3, x=4))
try:
    V()
except TypeError as e:
    print("TypeError", e)
try:
    V(1, 2, 3)
except TypeError as e:
    print("TypeError", e)

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError", e)

class RaisingInit:
    def __init__(self, v):
        raise ValueError(v)
try:
    RaisingInit("boom")
except ValueError as e:
    print("ValueError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)

class GenInit:
    def __init__(self):
        yield 1
try:
    GenInit()
except TypeError as e:
    print("TypeError", e)

class WithNew:
    def __new__(cls, v):
        print("new", v)
        return super().__new__(cls)
    def __init__(self, v):
        print("init", v)
WithNew(3)

class NewOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NewOther())

class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)
class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a
print(M(7).a)

class L(list):
    def __init__(self, n):
        super().__init__(range(n))
print(L(3))

from abc import ABC, abstractmethod
class Abs(ABC):
    @abstractmethod
    def m(self):
        pass
    def __init__(self):
        pass
try:
    Abs()
except TypeError as e:
    print("TypeError", e)

class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None
def count(n):
    k = 0
    while n:
        k += 1
        n = n.child
    return k
print(count(Node(200)))
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
class Deep:
    def __init__(self):
        Deep()
try:
    Deep()
except RecursionError as e:
    print("RecursionError", e)

class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
bound = c.inc
print(bound(), bound(5), bound(by=2))
ops = [c.inc, len, Counter().inc]
print([op() if op is not len else op("abc") for op in ops])
bm = (1).__add__
print(bm(2))
try:
    bound(1, 2)
except TypeError as e:
    print("TypeError", e)

def tb_lines():
    try:
        x = 1
        y = 0
        return x / y
    except ZeroDivisionError as e:
        tb = e.__traceback__
        return tb.tb_lineno - tb_lines.__code__.co_firstlineno
print(tb_lines(), tb_lines())

xs = [10, 20, 30]
t = (1, 2, 3)
print(xs[0], xs[-1], t[-3], t[2])
for bad in (3, -4):
    try:
        xs[bad]
    except IndexError as e:
        print("IndexError", e)
    try:
        t[bad]
    except IndexError as e:
        print("IndexError", e)
    try:
        xs[bad] = 0
    except IndexError as e:
        print("IndexError", e)
xs[-1] = 99
xs[0] += 1
print(xs, xs[True])
a, b, c = t
d, e = [4, 5]
print(a, b, c, d, e)
for bad in ((1, 2), [1, 2, 3, 4]):
    try:
        a, b, c = bad
    except ValueError as e:
        print("ValueError", e)
