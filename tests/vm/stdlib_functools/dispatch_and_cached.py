# singledispatch (annotations, unions, ABCs placed by the MRO, ambiguity, cache
# invalidation), singledispatchmethod and cached_property with their error messages.
import functools as ft
import collections.abc as cabc

@ft.singledispatch
def kind(x):
    return 'object'
@kind.register
def _(x: int | float):
    return 'number'
@kind.register(cabc.Sequence)
def _(x):
    return 'sequence'
@kind.register(cabc.Mapping)
def _(x):
    return 'mapping'
print(kind(1), kind(2.5), kind(True), kind('s'), kind([1]), kind({}), kind(None))
print([t.__name__ for t in kind.registry], kind.dispatch(bool)(0), type(kind.registry).__name__)
class MyList(list):
    pass
print(kind(MyList()))
@kind.register(list)
def _(x):
    return 'list'
print(kind(MyList()), kind((1,)))

class Sizes:
    def __len__(self):
        return 0
class Iters:
    def __iter__(self):
        return iter(())
class SizesThenIters(Sizes, Iters):
    pass
class Both:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(())
@ft.singledispatch
def proto(x):
    return 'plain'
proto.register(cabc.Sized, lambda x: 'sized')
proto.register(cabc.Iterable, lambda x: 'iterable')
print(proto(Sizes()), proto(Iters()), proto(SizesThenIters()))
try:
    proto(Both())
except RuntimeError as e:
    print('RuntimeError', str(e).replace('collections.abc.', ''))
proto.register(cabc.Collection, lambda x: 'collection')
print(proto([]), proto(()))

class Late:
    pass
print(proto(Late()))
cabc.Sized.register(Late)
print(proto(Late()))

for bad in ['1', 'list[int]']:
    try:
        kind.register(eval(bad), lambda x: 0)
    except TypeError as e:
        print('TypeError', e)
def no_annotation(x):
    pass
def generic_annotation(x: list[int]):
    pass
def union_annotation(x: int | list[int]):
    pass
for fn in [no_annotation, generic_annotation, union_annotation]:
    try:
        kind.register(fn)
    except TypeError as e:
        print('TypeError', str(e).split(' at 0x')[0])
try:
    kind()
except TypeError as e:
    print('TypeError', e)

class Shape:
    @ft.singledispatchmethod
    def area(self, arg):
        "generic area"
        return 'generic'
    @area.register
    def _(self, arg: int):
        return arg * arg
    @ft.singledispatchmethod
    @classmethod
    def make(cls, arg):
        return (cls.__name__, 'any')
    @make.register
    @classmethod
    def _(cls, arg: str):
        return (cls.__name__, 'str')
s = Shape()
print(s.area(3), s.area('x'), s.area.__doc__, s.area.__name__, Shape.make('a'), s.make(1))
print(Shape.__dict__['area'].__isabstractmethod__, type(Shape.__dict__['area'].dispatcher).__name__)

class Circle:
    def __init__(self, r):
        self.r = r
    @ft.cached_property
    def area(self):
        "the area"
        print('computing')
        return self.r * 3
c = Circle(2)
print(c.area, c.area, Circle.area.attrname, Circle.area.__doc__)
del c.area
c.r = 5
print(c.area)
c.area = 0
print(c.area)
class Slotted:
    __slots__ = ('x',)
    @ft.cached_property
    def val(self):
        return 1
try:
    Slotted().val
except TypeError as e:
    print('TypeError', e)
loose = ft.cached_property(lambda self: 1)
class Host:
    pass
Host.prop = loose
try:
    Host().prop
except TypeError as e:
    print('TypeError', e)
try:
    class Twice:
        a = ft.cached_property(lambda self: 1)
        b = a
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, type(e.__cause__).__name__ if e.__cause__ else '')
class Meta(type):
    @ft.cached_property
    def tag(cls):
        return 'tag'
class WithMeta(metaclass=Meta):
    pass
try:
    WithMeta.tag
except TypeError as e:
    print('TypeError', e)
