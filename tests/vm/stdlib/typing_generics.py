from dataclasses import dataclass, field
from typing import *
import typing
T = TypeVar('T')
@dataclass
class Node(Generic[T]):
    value: T
    children: List['Node[T]'] = field(default_factory=list)
n = Node[int](1, [Node(2)])
print(n, Node[int], Node.__parameters__, n.__orig_class__)
print(isinstance(len, Callable), isinstance(3, Callable), issubclass(list, typing.Iterable), isinstance(iter([]), Iterator), isinstance((x for x in []), Generator))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance([], MutableSequence), isinstance(set(), AbstractSet), isinstance('s', Sequence), isinstance(b'', ByteString))
@runtime_checkable
class HasName(Protocol):
    name: str
    def greet(self) -> str: ...
class Person:
    def __init__(self): self.name = 'x'
    def greet(self): return 'hi'
class Anon:
    def greet(self): return 'hi'
print(isinstance(Person(), HasName), isinstance(Anon(), HasName))
try: issubclass(Person, HasName)
except TypeError as e: print(e)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[str](); s.push('a'); print(s.pop(), Stack[str], Stack[Optional[int]])
K = TypeVar('K'); V = TypeVar('V')
class Registry(Dict[K, V]): pass
r = Registry[str, int](); r['a'] = 1; print(r, Registry.__mro__, Registry.__parameters__)
class MyList(List[int]): pass
print(MyList([1, 2]), MyList.__mro__, MyList.__orig_bases__)
Vector = List[float]
def scale(s: float, v: Vector) -> Vector: return [s * x for x in v]
print(scale(2.0, [1.0]), get_type_hints(scale))
JSON = Union[Dict[str, 'JSON'], List['JSON'], str, int, float, bool, None]
print(JSON)
print(Optional[Union[int, str]], Union[Optional[int], str])
def deco(fn: Callable[..., T]) -> Callable[..., T]: return fn
print(get_type_hints(deco))
print(typing.get_origin(Callable[[int], str]), typing.get_args(Callable[..., int]), get_args(Tuple[int, ...]))
class Point(NamedTuple):
    x: int
    y: int
    def dist(self) -> float: return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4); print(p.dist(), p, Point._make([1, 2]), Point.__mro__)
X = NewType('X', str)
def takes(x: X) -> X: return x
print(takes(X('a')), get_type_hints(takes))
print(Literal['a', 'b'] == Literal['b', 'a'], Literal[1] == Literal[True], hash(List[int]) == hash(List[int]))
