# typing.NamedTuple classes (class syntax and functional form) give their __new__ the
# field annotations, so inspect.signature shows the field types; a plain
# collections.namedtuple's __new__ has none.
import collections
import inspect
import typing


class Point(typing.NamedTuple):
    x: int
    y: 'str' = 'origin'


Pair = typing.NamedTuple('Pair', [('left', float), ('right', list)])
Plain = collections.namedtuple('Plain', 'a b', defaults=[0])
for cls in (Point, Pair, Plain):
    print(cls.__name__, inspect.signature(cls), cls.__new__.__annotations__)
print(Point.__new__.__annotations__ == Point.__annotations__)
