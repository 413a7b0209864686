# inspect.signature of a class that defines neither __init__ nor __new__ (nor inherits
# one from a Python base) is object's: "()". Spry's old inspect recursed forever here.
# Classes with a metaclass, a Python base, or only one of the two methods are checked
# alongside, and so is the error for classes built on a builtin type.
import abc
import inspect


class Plain:
    pass


class PlainChild(Plain):
    attr = 1


class WithAbc(abc.ABC):
    pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class OnlyInit(Plain):
    def __init__(self, size, *, fill=0):
        pass


class InheritsInit(OnlyInit):
    pass


class OnlyNew:
    def __new__(cls, tag):
        return super().__new__(cls)


class Both(OnlyNew):
    def __init__(self, tag, extra=None):
        pass


for cls in (Plain, PlainChild, WithAbc, WithMeta, OnlyInit, InheritsInit, OnlyNew, Both):
    print(cls.__name__, inspect.signature(cls), inspect.signature(cls) == inspect.Signature())
print(inspect.signature(Plain).bind().arguments)
for cls in (Meta, type(Plain)):
    try:
        inspect.signature(cls)
    except ValueError as e:
        print('ValueError:', e)


class CustomError(Exception):
    pass


try:
    inspect.signature(CustomError)
except ValueError as e:
    print('ValueError:', e)
