# type() call skips object.__init__ when __new__ is overridden (it would accept anything);
# the errors object.__init__ / object.__new__ give in the other cases stay.


class OnlyNew:
    def __new__(cls, *args, **kwargs):
        o = object.__new__(cls)
        o.got = (args, kwargs)
        return o


class Neither:
    pass


class OnlyInit:
    def __init__(self, a):
        self.a = a


class InitCallsObject:
    def __init__(self, *args):
        object.__init__(self, *args)


class NewReturnsOther:
    def __new__(cls, x):
        return OnlyNew(x, k=1)


print(OnlyNew(1, 2, k=3).got, OnlyNew().got, NewReturnsOther(5).got)
print(OnlyInit(4).a, type(Neither()).__name__)
for make in (lambda: Neither(1), lambda: Neither(k=1), lambda: InitCallsObject(1), lambda: OnlyInit()):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(InitCallsObject().__class__.__name__)
import collections
print(collections.OrderedDict(a=1), int("7"), frozenset([1]) == {1}, tuple(range(3)))
