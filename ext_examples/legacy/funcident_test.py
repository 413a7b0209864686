import copy
import inspect
import pickle
import types

import funcident as m
from funcident import Thing

t = Thing(7)
get = Thing.__dict__["get"]
make = Thing.__dict__["make"]

print("-- what they are")
print(isinstance(m.twice, types.BuiltinFunctionType), type(m.twice) is type(len))
print(isinstance(t.get, types.BuiltinMethodType), type(t.get) is type([].append))
print(inspect.isbuiltin(m.twice), inspect.isbuiltin(t.get), inspect.isroutine(get))
print(isinstance(get, types.MethodDescriptorType), type(get) is type(str.join))
print(inspect.ismethoddescriptor(get), inspect.ismethoddescriptor(m.twice))
print(isinstance(make, types.ClassMethodDescriptorType), type(make) is type(dict.__dict__["fromkeys"]))
print(type(Thing.count) is type(len), type(Thing.__dict__["count"]).__name__)
print(type(m.twice).__name__, type(get).__name__, type(make).__name__)

print("-- names")
print(repr(m.twice), repr(get), repr(make))
print(repr(t.get).startswith("<built-in method get of funcident.Thing object at "))
print(repr(Thing.make).startswith("<built-in method make of type object at "))
print(repr(Thing.count).startswith("<built-in method count of type object at "))
for f in (m.twice, m.pair, get, t.get, make, Thing.make, Thing.count, t.owner):
    print(f.__name__, f.__qualname__, f.__text_signature__, repr(f.__doc__))
print(m.twice.__module__, m.pair.__module__, t.get.__module__, get.__objclass__ is Thing)
print(inspect.signature(m.twice), inspect.signature(t.get), inspect.signature(Thing.make))

print("-- __self__")
print(m.twice.__self__ is m, t.get.__self__ is t, Thing.make.__self__ is Thing)
print(t.make.__self__ is Thing, Thing.count.__self__, t.owner.__self__ is t)

print("-- calls")
print(m.twice(21), m.pair(1), m.pair(b=2, a=1), get(t), t.get(), Thing.make(5), t.make(6))
print(Thing.count(1, 2, 3), t.owner() is Thing, make(Thing, 8), get(Thing(9)))


class Sub(Thing):
    pass


print(Sub.make(4), type(Sub.make(4)).__name__, Sub(3).owner() is Thing, Sub.make.__self__ is Sub)
for call in (lambda: get(1), lambda: get(), lambda: make(1), lambda: make(), lambda: make(int),
             lambda: make.__get__(None, int)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

print("-- equality and hash")
print(t.get == t.get, t.get is t.get, t.get != t.get, hash(t.get) == hash(t.get))
print(t.get == Thing(7).get, t.get == t.owner, Thing.make == Thing.make, hash(Thing.make) == hash(Thing.make))
print(m.twice == m.twice, m.twice == m.pair, len({t.get, t.get, t.owner}))

print("-- reduce, copy, pickle")
print(m.twice.__reduce__(), get.__reduce__())
r = t.get.__reduce__()
print(r[0] is getattr, r[1][0] is t, r[1][1])
print(Thing.make.__reduce__())
print(copy.copy(m.twice) is m.twice, copy.deepcopy(get) is get, copy.copy(Thing.make) == Thing.make)
for f in (m.twice, get, Thing.make, Thing.count):
    g = pickle.loads(pickle.dumps(f))
    print(f.__qualname__, g is f, g == f)
g = pickle.loads(pickle.dumps([].append))
print(g.__self__, g.__qualname__)
print(repr(str.maketrans).startswith("<built-in method maketrans of type object at "), str.maketrans.__qualname__)
print(str.maketrans.__self__, str.maketrans.__reduce__(), pickle.loads(pickle.dumps(str.maketrans)) is str.maketrans)

print("-- made by PyCFunction_New")
loose = m.make_loose(None)
print(repr(loose), loose.__module__, loose.__qualname__, loose.__self__, loose(4), loose.__text_signature__)
bound = m.make_loose(t)
print(bound.__qualname__, bound.__self__, bound(2))
print(m.cfunc_info(loose), m.cfunc_info(m.twice) == (m, 8), m.cfunc_info(get))

print("-- call sites seeing both kinds (specialized guards)")
import contextvars

cv = contextvars.ContextVar("cv", default=5)


def call_each(fs, x):
    return [f(x) for f in fs]


def get_each(objs):
    return [o.get() for o in objs]


for i in range(300):
    r1 = call_each([len if i % 7 == 0 else abs, m.twice, loose], "ab" if i % 7 == 0 else -3)
    r2 = get_each([Thing(i), cv] if i % 3 else [cv, Thing(i), Thing(1)])
print(r1, r2)

print("-- kwargs dicts: kept by the callee, read through the dict API")
kept = [m.kwdict(a=i, b=[i]) for i in range(3)]
print(kept, kept[0] is kept[1], m.kwdict(), m.kwdict(1, 2))
print(m.kwitems(x=5, y="s"), m.kwitems(y=2**70, x=-1), m.kwitems())
for i in range(200):
    r = m.pair(i, b=i + 1), m.kwitems(x=i)
print(r, m.kwdict(**{"k%d" % i: i for i in range(12)}) == {"k%d" % i: i for i in range(12)}, m.kwdict(z=0))

print("-- PyCFunction_GetFunction / GetSelf of the interpreter's own built-ins")
import builtins

box = []
print(m.cfunc_self(len) is builtins, m.cfunc_self(box.append) is box, m.cfunc_self(abs) is builtins)
print(m.cfunc_self((5).bit_length), m.cfunc_self("x".join), m.cfunc_self(dict.fromkeys) is dict)
print(m.cfunc_self(m.twice) is m, m.cfunc_self(Thing.count))
print(m.cfunc_call(len, [1, 2, 3]), m.cfunc_call(abs, -4), m.cfunc_call(divmod, 17, 5))
print(m.cfunc_call(box.append, 7), box, m.cfunc_call((2**70).bit_length), m.cfunc_call((5).bit_length))
print(m.cfunc_call("a-b-c".split, "-", maxsplit=1), m.cfunc_call(sorted, [3, 1, 2], reverse=True))
print(m.cfunc_call(dict.fromkeys, "ab", 0), m.cfunc_call("-".join, ["x", "y"]), m.cfunc_call(max, 3, 9, 4))
print(m.cfunc_call(m.twice, 21), m.cfunc_call(t.get), m.cfunc_call(Thing.count, 1, 2))
for f, args in ((len, (5,)), (abs, ("s",)), (divmod, (1,)), ("a".split, (1,))):
    try:
        m.cfunc_call(f, *args)
    except TypeError as e:
        print("TypeError:", e)
# the same pointer every time, another for another function
print([m.cfunc_call(f, -2) for f in (abs, abs, hex, abs)])
