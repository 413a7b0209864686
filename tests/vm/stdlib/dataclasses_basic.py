import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(Point.__match_args__, [f.name for f in fields(Point)], fields(p)[0].type)
print(Point.__hash__, Point.__init__.__name__, Point.__repr__.__qualname__)
try: Point()
except TypeError as e: print(e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)), {v1: 'a'}[Version(1, 2)])
try: v1.major = 5
except FrozenInstanceError as e: print('FrozenInstanceError', e, isinstance(e, AttributeError))
try: del v1.minor
except FrozenInstanceError as e: print('FrozenInstanceError', e)
try: v1 < (1, 2)
except TypeError as e: print(e)

@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    secret: str = field(default='s', compare=False, repr=False)
    note: str = field(default='n', metadata={'unit': 'cm'})
    total: ClassVar[int] = 0
a, b = Inventory(), Inventory()
a.items.append('x')
print(a, b, a.items is not b.items, Inventory.total, len(fields(a)))
print(Inventory(secret='q') == Inventory(secret='r'), fields(Inventory)[3].metadata['unit'])
print(fields(Inventory)[0].default is MISSING, fields(Inventory)[0].default_factory is list)

try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        a: int
except ValueError as e: print(e)

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithPost(3); print(w, WithPost(3, 5).b, [f.name for f in fields(w)])

@dataclass
class Base:
    x: int
    y: str = 'y'
@dataclass
class Derived(Base):
    z: float = 1.5
    x: int = 10
print(Derived(), Derived(1, 'a', 2.0), [f.name for f in fields(Derived)])

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW(b=3, a=4))
try: KW(1)
except TypeError as e: print(e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = field(kw_only=True, default=5)
print(Mixed(1, b=2), Mixed.__match_args__)

@dataclass
class Nested:
    name: str
    pts: list
    meta: dict
n = Nested('n', [Point(1, 2), Point(3, 4)], {'k': Point(5, 6)})
print(asdict(n))
print(astuple(n))
print(replace(p, y=9), p)
try: replace(w, b=3)
except ValueError as e: print(e)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(int), is_dataclass(3))
try: asdict(3)
except TypeError as e: print(e)
try: fields(3)
except TypeError as e: print(e)

@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)
print(hash(UH(1)) == hash(UH(1)), UH(1) == UH(1, [2]))
@dataclass(eq=False)
class NoEq:
    a: int
x1 = NoEq(1); print(x1 == NoEq(1), x1 == x1, NoEq.__hash__ is object.__hash__)

@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2
s = Slotted(1); print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try: s.c = 3
except AttributeError as e: print('AttributeError')

@dataclass(frozen=True, slots=True)
class FS:
    a: int
fs = FS(1); print(fs, hash(fs) == hash(FS(1)))
try: fs.a = 2
except FrozenInstanceError as e: print('FrozenInstanceError', e)

@dataclass
class Rec:
    val: int
    nxt: object = None
r = Rec(1); r.nxt = r; print(r)

@dataclass
class Custom:
    a: int
    def __repr__(self): return 'custom'
print(Custom(1))

class Outer:
    @dataclass
    class Inner:
        q: int
print(Outer.Inner(5))

C = dataclasses.make_dataclass('C', [('x', int), 'z', ('y', int, field(default=5))], namespace={'add': lambda self: self.x + self.y})
c = C(1, z=0); print(c, c.add())
print(repr(fields(Point)[1]).startswith("Field(name='y',type=<class 'int'>,default=0,"))
print(repr(MISSING).startswith('<dataclasses._MISSING_TYPE'), dataclasses.InitVar[int])
match Point(1, 5):
    case Point(1, y): print('matched y =', y)
