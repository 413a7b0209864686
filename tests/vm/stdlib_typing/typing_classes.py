# Protocol and runtime_checkable, NamedTuple, TypedDict, NewType and the small helpers
# (overload registry, final, no_type_check, dataclass_transform, reveal_type).
import sys
from typing import *
import collections.abc

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

T = TypeVar('T')
class P1(Protocol):
    x: int
    def m(self): ...
attempt('instantiate protocol', lambda: P1())
class Impl(P1):
    def __init__(self): self.y = 2
attempt('impl', lambda: (Impl().y, isinstance(Impl(), P1)))
@runtime_checkable
class P2(Protocol):
    x: int
    def m(self): ...
class Ok:
    x = 1
    def m(self): pass
attempt('data protocol', lambda: (isinstance(Ok(), P2), isinstance(Impl(), P2)))
attempt('data protocol issubclass', lambda: issubclass(Ok, P2))
@runtime_checkable
class P3(Protocol):
    def m(self): ...
class Blocked:
    m = None
attempt('method protocol', lambda: (issubclass(Ok, P3), issubclass(Blocked, P3), isinstance(Blocked(), P3), issubclass(int, P3)))
attempt('issubclass non-class', lambda: issubclass(3, P3))
attempt('runtime_checkable int', lambda: runtime_checkable(int))
def bad_base():
    class X(Protocol, int): pass
attempt('bad base', bad_base)
def abc_base():
    @runtime_checkable
    class X(collections.abc.Sized, Protocol):
        y = 1
    class HasBoth:
        y = 2
        def __len__(self): return 0
    return isinstance([], X), isinstance(HasBoth(), X)
attempt('abc base', abc_base)
def generic_proto():
    class X(Protocol[T]):
        def get(self) -> T: ...
    return X.__parameters__, X[int].__args__, [c.__name__ for c in X.__mro__]
attempt('generic protocol', generic_proto)
attempt('supports', lambda: (isinstance(3, SupportsAbs), isinstance(3, SupportsRound), isinstance(b'', SupportsBytes),
                             isinstance(1j, SupportsComplex), isinstance('x', SupportsFloat), SupportsAbs[int]))
attempt('supports mro', lambda: SupportsInt.__mro__)
class Q(Protocol):
    def __init__(self, v): self.v = v
class QI(Q): pass
attempt('inherited init', lambda: QI(5).v)
@runtime_checkable
class HasV(Protocol):
    @property
    def v(self): ...
attempt('property member', lambda: (isinstance(QI(1), HasV), isinstance(3, HasV)))

class E(NamedTuple):
    a: int
    b: 'str' = 'x'
    c = 5
    def m(self): return self.a * 2
attempt('nt class', lambda: (E(1), E(1).m(), E.__annotations__, E._fields, E._field_defaults, E.c, E.__bases__, E.__doc__))
attempt('nt orig bases', lambda: E.__orig_bases__ == (NamedTuple,))
attempt('nt both', lambda: NamedTuple('X', [('a', int)], b=str))
attempt('nt kwargs', lambda: NamedTuple('X', a=int, b=str).__annotations__)
attempt('nt module', lambda: NamedTuple('X', [('a', int)]).__module__)
def nt_bad_base():
    class X(NamedTuple, int): pass
attempt('nt bad base', nt_bad_base)
def nt_overwrite():
    class X(NamedTuple):
        a: int
        def _asdict(self): pass
attempt('nt overwrite', nt_overwrite)
def nt_order():
    class X(NamedTuple):
        a: int = 1
        b: int = 2
        c: int
attempt('nt order', nt_order)
def nt_sub():
    class X(E): pass
    return [c.__name__ for c in X.__mro__], X(1)
attempt('nt subclass', nt_sub)
def nt_repr():
    class X(NamedTuple):
        a: int
        def __repr__(self): return 'custom'
    return X(1)
attempt('nt repr', nt_repr)

class M(TypedDict):
    a: int
    b: NotRequired[str]
class N(M, total=False):
    c: Required[float]
    d: 'int'
attempt('td M', lambda: (sorted(M.__required_keys__), sorted(M.__optional_keys__), M.__total__, M.__annotations__, M.__mro__))
attempt('td N', lambda: (sorted(N.__required_keys__), sorted(N.__optional_keys__), N.__total__, N.__annotations__, N.__bases__))
attempt('td call', lambda: (M(a=1, z=2), M({'a': 1}, b=2), type(M(a=1))))
attempt('td functional', lambda: (TypedDict('X', {'a': int}, total=False).__optional_keys__, TypedDict('X', {'a': int}).__module__))
def td_bad():
    class X(TypedDict, int): pass
attempt('td bad base', td_bad)
attempt('td isinstance', lambda: isinstance({}, M))
attempt('td issubclass', lambda: issubclass(dict, M))
attempt('is_typeddict', lambda: (is_typeddict(M), is_typeddict(M(a=1)), is_typeddict(TypedDict), is_typeddict(N)))
attempt('td both', lambda: TypedDict('X', {'a': int}, b=str))
def td_attrs():
    class X(TypedDict):
        a: int
        x = 1
    return X.x
attempt('td attrs', td_attrs)

U = NewType('U', int)
attempt('newtype', lambda: (U, U.__name__, U.__qualname__, U.__module__, U.__supertype__, U(3), U | None, NewType('V', U)))
attempt('newtype dotted', lambda: NewType('A.B', int))
attempt('newtype isinstance', lambda: isinstance(3, U))

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
attempt('overloads', lambda: (f(2), [o.__annotations__ for o in get_overloads(f)]))
clear_overloads()
attempt('cleared', lambda: get_overloads(f))
@final
class Fin: pass
attempt('final', lambda: (Fin.__final__, final(3)))
@no_type_check
class NTC:
    def meth(self, a: 'nope') -> None: pass
attempt('no_type_check', lambda: (NTC.__no_type_check__, NTC.meth.__no_type_check__, get_type_hints(NTC.meth)))
attempt('no_type_check builtin', lambda: no_type_check(len))
attempt('dataclass_transform', lambda: dataclass_transform(eq_default=False, foo=1)(Fin).__dataclass_transform__)
attempt('cast', lambda: (cast(int, 'x'), cast('List[int]', 3), assert_type(5, int)))
sys.stderr = sys.stdout
attempt('reveal_type', lambda: reveal_type([1]))
