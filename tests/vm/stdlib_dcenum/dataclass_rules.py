# dataclasses: hash table, slots, match_args, error messages, asdict/astuple recursion
from collections import namedtuple
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, make_dataclass,
                         InitVar, KW_ONLY, FrozenInstanceError)
from typing import ClassVar


def attempt(make):
    try:
        print('ok', make())
    except Exception as e:
        print(type(e).__name__, e)


def hash_state(**opts):
    @dataclass(**opts)
    class H:
        a: int
    h = H.__dict__.get('__hash__', 'absent')
    return 'absent' if h == 'absent' else ('None' if h is None else 'method')


for opts in ({}, {'eq': False}, {'frozen': True}, {'unsafe_hash': True},
             {'unsafe_hash': True, 'eq': False}, {'eq': False, 'frozen': True}):
    print(sorted(opts.items()), hash_state(**opts))


@dataclass
class ExplicitHash:
    a: int
    def __hash__(self):
        return 42
print(hash(ExplicitHash(1)), ExplicitHash.__hash__ is not None)


@dataclass(unsafe_hash=True)
class Partial:
    a: int
    b: int = field(hash=False)
    c: int = field(compare=False, default=0)
print(hash(Partial(1, 2, 3)) == hash((1,)), Partial(1, 2, 3) == Partial(1, 2, 4))


@dataclass(slots=True, weakref_slot=True)
class Weak:
    x: int
    y: int = field(init=False, default=7)
w = Weak(3)
print(Weak.__slots__, w, w.y)


@dataclass(slots=True)
class SlotChild(Weak):
    z: int = 0
print(SlotChild.__slots__, SlotChild(1, 2))


@dataclass(match_args=False)
class NoMatch:
    a: int
print(hasattr(NoMatch, '__match_args__'))


@dataclass
class Ordered:
    a: int
    iv: InitVar[int] = 0
    _: KW_ONLY
    k: int = 1
    cv: ClassVar[str] = 'class'
print(Ordered.__match_args__, [f.name for f in fields(Ordered)], Ordered(1, 2, k=5))


@dataclass(order=True)
class Pair:
    a: int
    b: str
pairs = [Pair(2, 'x'), Pair(1, 'z'), Pair(1, 'a')]
print(sorted(pairs), Pair(1, 'a') <= Pair(1, 'a'), Pair(1, 'b') > Pair(1, 'a'))
print(Pair(1, 'a').__lt__(3), Pair(1, 'a') == 3)


@dataclass
class Tree:
    label: str
    kids: list = field(default_factory=list)
P = namedtuple('P', 'left right')
t = Tree('root', [Tree('a'), P(Tree('b'), 2), {'k': (Tree('c'),)}])
print(asdict(t))
print(astuple(t))
print(asdict(t, dict_factory=lambda items: [k for k, v in items]))
t.kids.append(t)
print(repr(t)[:40])


def frozen_case():
    @dataclass(frozen=True)
    class F:
        a: int
    f = F(1)
    try:
        f.a = 2
    except FrozenInstanceError as e:
        print('assign:', e)
    try:
        del f.b
    except FrozenInstanceError as e:
        print('delete:', e)
    return replace(f, a=5)
attempt(frozen_case)


def late_default():
    @dataclass
    class A:
        x: int = 1
        y: int
attempt(late_default)


def classvar_factory():
    @dataclass
    class A:
        x: ClassVar[list] = field(default_factory=list)
attempt(classvar_factory)


def mutable_set():
    @dataclass
    class A:
        x: set = set()
attempt(mutable_set)


def two_markers():
    @dataclass
    class A:
        _: KW_ONLY
        b: KW_ONLY
attempt(two_markers)


def own_lt():
    @dataclass(order=True)
    class A:
        x: int
        def __lt__(self, other):
            return True
attempt(own_lt)


def own_slots():
    @dataclass(slots=True)
    class A:
        __slots__ = ('x',)
        x: int
attempt(own_slots)
attempt(lambda: dataclass(weakref_slot=True)(type('W', (), {'__annotations__': {}})))


def init_false_replace():
    @dataclass
    class A:
        x: int
        y: int = field(init=False, default=0)
    return replace(A(1), y=2)
attempt(init_false_replace)


def initvar_replace():
    @dataclass
    class A:
        x: int
        scale: InitVar[int]
        def __post_init__(self, scale):
            self.x *= scale
    print(A(2, 3))
    return replace(A(2, 3), x=1)
attempt(initvar_replace)
attempt(lambda: replace(3))
attempt(lambda: astuple([]))
attempt(lambda: make_dataclass('X', ['a', ('a', int)]))
attempt(lambda: make_dataclass('X', ['not valid']))
attempt(lambda: make_dataclass('X', ['class']))
attempt(lambda: make_dataclass('X', [('a', int, 1, 4)]))
M = make_dataclass('M', ['a', ('b', int, field(default=2))], order=True, frozen=True)
print(M.__annotations__, M(1) < M(1, 3), M.__qualname__, M.__doc__)
