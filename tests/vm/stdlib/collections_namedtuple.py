from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], tuple(p), len(p), p == (11, 22), isinstance(p, tuple))
print(Point._fields, Point._field_defaults, Point.__name__, Point.__module__, Point.__doc__)
print(Point._make([1, 2]), p._asdict(), p._replace(x=100), Point.__match_args__)
print(Point.x.__doc__, Point.__new__.__doc__, hash(p) == hash((11, 22)))
x, y = p
print(x, y, repr(Point(x='a', y=[1])))
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError')
P3 = namedtuple('P3', 'a b, c', defaults=[0, 1])
print(P3(5), P3(5, 6, 7), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(R._fields)
for args in [('1bad', 'a'), ('T', 'class'), ('T', '_a'), ('T', 'a a'), ('T', 'a-b'), ('for', 'a')]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    namedtuple('T', 'a', defaults=(1, 2))
except TypeError as e:
    print('TypeError', e)
M = namedtuple('M', 'a', module='mymod')
print(M.__module__, M(1), M._fields, namedtuple('E', '')())
class Sub(Point):
    __slots__ = ()
    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return 'Sub: x=%6.3f  y=%6.3f  hypot=%6.3f' % (self.x, self.y, self.hypot)
print(Sub(3, 4), repr(Sub(3, 4)))
match Point(1, 2):
    case Point(a, b):
        print('matched', a, b)
print(sorted([Point(2, 1), Point(1, 2)]), Point(1, 2) < Point(1, 3))
