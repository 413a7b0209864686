# get_type_hints: string annotations, nested forward references, class MROs, modules,
# include_extras, ClassVar/Final placement rules, and ForwardRef itself.
import sys
from typing import *

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

T = TypeVar('T')
U = NewType('U', int)
def f(a: 'int', b: 'List[T]' = None, *c: 'str', d: Optional[int] = None, **e) -> 'U': pass
attempt('function', lambda: get_type_hints(f))
def g(a: 'Nope'): pass
attempt('unknown name', lambda: get_type_hints(g))
attempt('localns', lambda: get_type_hints(g, localns={'Nope': int}))
attempt('globalns', lambda: get_type_hints(g, globalns={'Nope': str}))
attempt('non-function', lambda: get_type_hints(3))
attempt('builtin', lambda: get_type_hints(len))
def h(a: ClassVar[int]): pass
attempt('ClassVar object in function', lambda: get_type_hints(h))
def h2(a: 'ClassVar[int]'): pass
attempt('ClassVar string in function', lambda: get_type_hints(h2))
class C:
    a: ClassVar[int]
    b: 'ClassVar[int]'
    c: Final = 3
    d: 'Final[int]'
attempt('class qualifiers', lambda: get_type_hints(C))
def h3(a: Annotated['int', 'x'] = None): pass
attempt('annotated', lambda: (get_type_hints(h3), get_type_hints(h3, include_extras=True)))
def h4(a: 'Optional[Annotated[int, 1]]'): pass
attempt('annotated inside', lambda: (get_type_hints(h4), get_type_hints(h4, include_extras=True)))
def h5(a: Required[int], b: NotRequired['int']): pass
attempt('required', lambda: (get_type_hints(h5), get_type_hints(h5, include_extras=True)))
def h6(a: 3, b: None): pass
attempt('odd values', lambda: get_type_hints(h6))
def h7(a: List['List["int"]'], b: 'list[Dict[str, "float"]]', c: 'int | "str"' = 0): pass
attempt('nested refs', lambda: get_type_hints(h7))
class D:
    x: 'D'
    y: 'Inner'
    class Inner: pass
attempt('class self ref', lambda: get_type_hints(D))
attempt('instance', lambda: get_type_hints(D()))
class Base:
    a: int
    b: 'str'
class Derived(Base):
    b: float
    c: 'Optional[Base]'
attempt('mro merge', lambda: get_type_hints(Derived))
mod = type(sys)('mm')
mod.__annotations__ = {'x': 'int', 'y': 'List[int]'}
mod.List = List
attempt('module', lambda: get_type_hints(mod))
def wrapped(a: 'Later'): pass
def outer(*a): return wrapped(*a)
outer.__wrapped__ = wrapped
outer.__annotations__ = {'a': 'Later'}
class Later: pass
attempt('wrapped', lambda: get_type_hints(outer))
attempt('ForwardRef', lambda: (ForwardRef('X') == ForwardRef('X'), ForwardRef('X').__forward_arg__,
                               hash(ForwardRef('X')) == hash(ForwardRef('X')), ForwardRef('X', module='m'),
                               ForwardRef('X') == ForwardRef('X', module='m')))
attempt('ForwardRef syntax', lambda: ForwardRef('1+'))
attempt('ForwardRef type', lambda: ForwardRef(3))
attempt('ForwardRef union', lambda: ForwardRef('X') | int)
def rec(a: 'Tree'): pass
Tree = List['Tree']
attempt('recursive alias', lambda: get_type_hints(rec))
