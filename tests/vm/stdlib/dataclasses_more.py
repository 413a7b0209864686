import dataclasses
import typing
from dataclasses import dataclass, field, InitVar
from typing import ClassVar

@dataclass
class Config:
    name: 'str'
    retries: 'int' = 3
    tags: 'list[str]' = field(default_factory=list)
    registry: 'ClassVar[dict]' = {}
    other: 'typing.ClassVar[int]' = 7
    seed: 'InitVar[int]' = 0
    derived: 'int' = field(init=False, default=0)
    def __post_init__(self, seed):
        self.derived = seed * 2
c = Config('x', seed=4)
print(c, [f.name for f in dataclasses.fields(c)], Config.registry, Config.other)
print(dataclasses.fields(Config)[0].type, type(dataclasses.fields(Config)[0].type).__name__)
print(dataclasses.asdict(c), dataclasses.astuple(c))
print(dataclasses.replace(c, retries=1, seed=1))

@dataclass(frozen=True)
class Frozen:
    a: int
@dataclass(frozen=True)
class FrozenChild(Frozen):
    b: int = 2
print(FrozenChild(1), hash(FrozenChild(1)) == hash(FrozenChild(1)))
try:
    @dataclass
    class Thawed(Frozen):
        c: int = 0
except TypeError as e:
    print(e)
try:
    @dataclass
    class NoAnn:
        x = field(default=1)
except TypeError as e:
    print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
@dataclass
class Selfish:
    self: int
    other: int = 0
print(Selfish(1, 2))
@dataclass(repr=False, eq=False, init=False)
class Bare:
    a: int = 1
b = Bare(); print(b.a, '__repr__' in Bare.__dict__, '__eq__' in Bare.__dict__)
print(dataclasses.is_dataclass(Bare), dataclasses.fields(Bare)[0].default)
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import List, Optional, Dict
import collections
@dataclass
class A:
    x: int
    y: 'str' = 'q'
    z: List[int] = field(default_factory=list)
    w: Optional[Dict[str, int]] = None
    v: list[int] = field(default_factory=list)
    u: collections.OrderedDict = None
    i: InitVar[int] = 3
    n: float = field(init=False, default=1.5)
    _: KW_ONLY
    k: bool = True
print(A.__doc__)
@dataclass
class B:
    """My doc."""
    a: int
print(B.__doc__)
@dataclass
class C: pass
print(C.__doc__, C(), C() == C())
