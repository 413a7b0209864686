# dataclasses: the generated __doc__ (the class's signature) for every kind of field and
# annotation, and for classes whose __init__, __new__ or metaclass __call__ decide it
from dataclasses import dataclass, field, InitVar, KW_ONLY, make_dataclass
import typing, collections
from typing import List, Optional, Dict, Any
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
    m: Any = None
    q: type(None) = None
    r: None = None
    s: 'typing.ClassVar[int]' = 4
print(A.__doc__)
@dataclass(kw_only=True)
class B:
    a: int
@dataclass
class C(B):
    b: int
    c: typing.Union[int, str] = 1
    d: int | None = None
    e: tuple[int, ...] = ()
print(B.__doc__); print(C.__doc__)
@dataclass
class D:
    a: int
    def __init__(self, z): pass
print(D.__doc__)
print(make_dataclass('M', ['a', ('b', int, field(default=2))]).__doc__)
class Meta(type):
    def __call__(cls, *a): return super().__call__(*a)
@dataclass
class E(metaclass=Meta):
    a: int
print(E.__doc__)
@dataclass(frozen=True, slots=True)
class F:
    a: 'F | None' = None
print(F.__doc__)
