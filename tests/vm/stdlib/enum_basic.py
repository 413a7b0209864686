import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return f"{self.name}={self.value}"
    @classmethod
    def favourite(cls): return cls.BLUE
print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED, Color.RED.describe(), Color.favourite())
print(list(Color), len(Color), list(reversed(Color)))
print(Color.__members__)
print(list(Color.__members__.items())[-1])
print(Color(2), Color['BLUE'], Color(1) is Color.RED, Color.RED in Color, Num.ONE in Color if False else 0)
try: Color(7)
except ValueError as e: print("ValueError:", e)
try: Color['PINK']
except KeyError as e: print("KeyError:", e)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.CRIMSON))
print(isinstance(Color.RED, Color), type(Color.RED), type(Color), repr(Color))
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(f"{Color.RED}", "{:>12}|".format(Color.GREEN), str(Color.BLUE))
d = {Color.RED: 'r'}; print(d[Color.CRIMSON])
try: Color.RED = 5
except AttributeError as e: print(e)
try:
    class More(Color): PINK = 9
except TypeError as e: print(e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    @unique
    class U(Enum):
        A = 1; B = 1; C = 2
except ValueError as e: print(e)
class Auto(Enum):
    A = auto(); B = auto(); C = 10; D = auto()
print(list(Auto))
class Num(IntEnum):
    ONE = 1; TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, Num(2), int(Num.TWO), f"{Num.ONE:03d}", Num.ONE == 1, sorted([Num.TWO, Num.ONE]))
print(isinstance(Num.ONE, int), [n.name for n in Num])
class Sx(StrEnum):
    A = auto(); BEE = 'bee'
print(Sx.A, repr(Sx.A), Sx.BEE.upper(), Sx.A == 'a', f"{Sx.BEE}!")
class Perm(Flag):
    R = 4; W = 2; X = 1
    RWX = 7
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(Perm(0)), str(Perm(0)), repr(Perm(7)), repr(~Perm.R))
print(Perm.R in (Perm.R | Perm.X), Perm.W in Perm.R, bool(Perm(0)), list(Perm), list(Perm.RWX), len(Perm.R|Perm.X))
print(Perm.__members__.keys())
print(repr(Perm.R & Perm.W), repr((Perm.R | Perm.W) ^ Perm.W))
try: Perm(8)
except ValueError as e: print(e)
class AF(Flag):
    A = auto(); B = auto(); C = auto()
print([m.value for m in AF], repr(AF.A | AF.C))
class IP(IntFlag):
    R = 4; W = 2; X = 1
print(IP.R | IP.W, repr(IP.R | IP.W), repr(IP(9)), IP.R | 1, repr(IP.R | 1), IP.R + 1, repr(IP(0)), isinstance(IP.R, int))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal))
Shape = Enum('Shape', [('SQ', 4), ('TRI', 3)])
print(list(Shape), Shape(3))
class WithInit(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(WithInit.EARTH.mass, WithInit.EARTH.value, repr(WithInit.MERCURY))
class Ord(Enum):
    def __new__(cls, label):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        obj.label = label
        return obj
    A = 'alpha'; B = 'beta'
print(repr(Ord.B), Ord.B.label, Ord(1))
class Mixed(str, Enum):
    X = 'x'
print(str(Mixed.X), repr(Mixed.X), f"{Mixed.X}", Mixed.X == 'x', Mixed.X.upper())
class Miss(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if value == 'a': return cls.A
print(Miss('a'))
try: Miss('b')
except ValueError as e: print(e)
class Ig(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    Z = 1
print(list(Ig))
print(Color.RED.__class__.__mro__, IntEnum.__mro__)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Num.ONE])[0] is Num.ONE)
print(Color.__name__, Color.RED.__class__.__name__, Color._member_names_)
print(sorted(Color.__members__) , enum.EnumMeta is enum.EnumType)
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
