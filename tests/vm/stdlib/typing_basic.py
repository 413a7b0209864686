import typing
from typing import *
print(TYPE_CHECKING, Any, repr(Union), Optional)
print(List[int], Dict[str, int], Set[bytes], FrozenSet[int], Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Optional[int], Union[int, str], Union[int, None], Union[int, str, None], Union[int], Union[int, Union[str, float]])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Type[int], Type[Any])
print(Iterable[int], Iterator[str], Sequence[int], Mapping[str, int], MutableMapping[str, List[int]], Generator[int, None, None])
print(List, Dict, Callable, Iterable, Tuple, Type)
print(Literal[1, 'a', True], Final[int], ClassVar[int], Annotated[int, 'meta', 3])
print(List[Optional[Dict[str, Any]]])
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int], List[int] == List[str])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]))
print(get_args(Callable[[int], str]), get_origin(Annotated[int, 'x']), get_args(Annotated[int, 'x']), get_origin(int), get_args(int))
print(get_origin(Literal[1]), get_args(Literal[1, 2]), get_origin(list[int]), get_args(tuple[str, int]))
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence), isinstance((1,), Tuple), isinstance(3, Iterable), isinstance([], Iterable))
try: isinstance([], List[int])
except TypeError as e: print(e)
try: isinstance(1, Any)
except TypeError as e: print(e)
try: List[int, str]
except TypeError as e: print(e)
try: List()
except TypeError as e: print(e)
try: Union[()]
except TypeError as e: print(e)
T = TypeVar('T')
K = TypeVar('K', bound=str)
V_co = TypeVar('V_co', covariant=True)
N = TypeVar('N', int, float)
print(T, K, V_co, TypeVar('C', contravariant=True), T.__name__, K.__bound__, N.__constraints__)
print(List[T], List[T][int], Dict[K, T][str, int], List[T].__parameters__)
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box[int], Box(3).get(), Box.__parameters__, Box[int](5).item, Box[int](5).__orig_class__)
class Pair(Generic[K, T]): pass
print(Pair[str, int], Pair.__parameters__)
class IntBox(Box[int]): pass
print(IntBox.__orig_bases__, IntBox.__parameters__, IntBox(2).get(), IntBox.__mro__)
try: Box[int, str]
except TypeError as e: print(e)
try:
    class Bad(Generic[int]): pass
except TypeError as e: print(e)
try: Generic()
except TypeError as e: print(e)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(3, Closable), issubclass(F, Closable))
class NotRC(Protocol):
    def go(self): ...
try: isinstance(F(), NotRC)
except TypeError as e: print(e)
try: Closable()
except TypeError as e: print(e)
class Impl(Closable):
    pass
print(Impl().close())
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3.0, SupportsFloat), isinstance(2, SupportsIndex))
class Emp(NamedTuple):
    name: str
    id: int = 3
    def greet(self): return 'hi ' + self.name
e = Emp('a')
print(e, e.id, e.greet(), Emp._fields, Emp.__annotations__, Emp._field_defaults, isinstance(e, tuple))
print(Emp('b', 2) == ('b', 2), e._replace(id=9), e._asdict())
P2 = NamedTuple('P2', [('x', int), ('y', int)])
print(P2(1, 2), P2.__annotations__)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as e: print(e)
class Movie(TypedDict):
    name: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
class Both(Movie, Partial): pass
m = Movie(name='x', year=1)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'}, Partial.__optional_keys__, Partial.__total__, Movie.__total__)
print(sorted(Both.__required_keys__), sorted(Both.__optional_keys__), Both.__annotations__)
TD = TypedDict('TD', {'a': int, 'b': str})
print(TD(a=1, b='s'), TD.__annotations__, is_typeddict(TD), is_typeddict(dict))
try: isinstance({}, Movie)
except TypeError as e: print(e)
UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__, type(UserId(5)))
print(cast(int, 'x'), cast('List[int]', [1]))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(1), len(get_overloads(f)))
try: overload(lambda: 0)()
except NotImplementedError as e: print(str(e)[:40])
class Node:
    val: int
    nxt: 'Optional[Node]'
    tags: List[str]
print(get_type_hints(Node))
def g(a: int, b: 'str' = 'x', c: None = None) -> List[int]: pass
print(get_type_hints(g))
def h(a: Annotated[int, 'pos']) -> None: pass
print(get_type_hints(h), get_type_hints(h, include_extras=True))
class Derived(Node):
    extra: Dict[str, 'Node']
print(get_type_hints(Derived))
print(typing.Text is str, AnyStr, AnyStr.__constraints__, Hashable, Sized)
print(int | str, Union[int, str] | None, Optional[List[int]] | str)
print(ForwardRef('X'), List['X'], Optional['int'])
print(Self, Never, NoReturn, LiteralString, TypeAlias, Required[int], NotRequired[str], TypeGuard[int], Concatenate)
P = ParamSpec('P'); print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], int])
print(DefaultDict[str, int], OrderedDict[str, int], Counter[str], Deque[int], ChainMap[str, int], Awaitable[int], Coroutine[int, str, float], AsyncIterator[int], ContextManager[int])
print(final(Box) is Box, no_type_check(g) is g, reveal_type is typing.reveal_type, Reversible[int], Collection[int], Container[int])
for name in typing.__all__:
    getattr(typing, name)
print(len(typing.__all__) > 90)
class Ctr(Protocol[T]):
    def get(self) -> T: ...
print(Ctr[int], Ctr.__parameters__)
print(repr(Optional[Callable[[int], str]]), Union[List[int], Dict[str, Tuple[int, ...]]])
print(typing.Sequence[Union[int, str]].__args__, List[int].__origin__, Union[int, str].__args__)
print(assert_type(3, int), repr(typing.Match), repr(typing.Pattern))
