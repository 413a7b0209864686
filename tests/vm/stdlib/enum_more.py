import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
print(dir(Color))
print(dir(Color.RED))
print(Color.RED.__class__ is Color, Color.__class__, Color.RED in Color)
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(~IP.R), repr(IP.R | 8), repr(IP(0) | IP.X), repr(~IP(0)), IP.R & 4, repr(IP.R & 5), IP.R == 4, list(IP(7)), list(IP(0)))
print(repr(IP(-1)), repr(IP.R ^ IP.W), 3 | IP.R, repr(3 | IP.R), sorted(IP), IP.R.name, IP(6).name, IP(0).name)
class P(Flag):
    A = auto(); B = auto(); C = auto()
    AB = A | B
    NONE = 0
print(list(P), repr(P.AB), repr(P(3)), repr(~P.AB), repr(P.NONE), repr(~P.NONE), list(P.AB), P.__members__.keys(), len(P))
print(P.A in P.AB, P.C in P.AB, bool(P.NONE), P(0) is P.NONE, P.AB.value, P(5), repr(P(5)))
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape.__members__))
class Pretty(Enum):
    A = 'a'
    def __str__(self): return 'pretty ' + self.value
print(str(Pretty.A), f"{Pretty.A}", repr(Pretty.A), format(Pretty.A, '>10'))
class Tup(Enum):
    X = (1, 2)
    Y = (3, 4)
print(Tup((1, 2)), Tup.X.value, repr(Tup.Y))
class LstVal(Enum):
    A = [1]
    B = [2]
print(LstVal([2]), LstVal.A.value)
class S(StrEnum):
    HELLO = auto()
    WORLD = 'World'
print(S.HELLO, S('World'), repr(S.WORLD), S.HELLO + '!', ' '.join(S), S.HELLO.upper(), len(S.WORLD))
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e: print(e)
class Num(IntEnum):
    A = 1; B = 2
print(Num.A + Num.B, Num.B // 2, hex(Num.B), Num(1) == 1, [x for x in range(3) if x in (Num.A,)], {Num.A: 'x'}[1], Num['B'])
print(isinstance(Num.A, Enum), issubclass(Num, int), Num.A.real, Num.__members__)
Big = IntEnum('Big', 'X Y Z', start=10)
print(list(Big), Big.Z.value, Big.__module__)
F = Flag('F', 'A B C')
print(list(F), repr(F.A | F.C))
SE = Enum('SE', {'ONE': 1, 'TWO': 2})
print(list(SE))
class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(round(Planet.EARTH.gravity, 3))
class Base(Enum):
    def describe(self): return f'{self.name.lower()}!'
class Derived(Base):
    ONE = 1
print(Derived.ONE.describe(), Derived.__mro__)
try:
    class DupName(Enum):
        A = 1
        def A(self): pass
except TypeError as e: print(e)
try: Color(3)
except ValueError as e: print(repr(e))
try: IP('x')
except ValueError as e: print(e)
class Weekday(Flag):
    MON = 1; TUE = 2; WED = 4
print(repr(Weekday.MON | Weekday.WED), str(Weekday.MON | Weekday.TUE), format(Weekday.MON), f"{Weekday.TUE | Weekday.WED}")
print(enum.unique(Color) is Color, Color._member_map_['RED'], Color._value2member_map_)
print(Color.RED.__reduce_ex__(4), Color.RED.__hash__() == Color.RED.__hash__())
print(hasattr(Color.RED, '__dict__'), Color.RED._sort_order_ if hasattr(Color.RED, '_sort_order_') else 0)
