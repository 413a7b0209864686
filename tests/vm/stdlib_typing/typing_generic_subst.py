# Type variables, ParamSpec, TypeVarTuple, and substitution through Generic classes,
# Callable, Concatenate and *Ts; __mro_entries__ placement of Generic.
from typing import *

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

T = TypeVar('T'); S = TypeVar('S'); P = ParamSpec('P'); Ts = TypeVarTuple('Ts')
attempt('typevar errors', lambda: TypeVar('X', int))
attempt('bound and constraints', lambda: TypeVar('X', int, bound=str))
attempt('bivariant', lambda: TypeVar('X', covariant=True, contravariant=True))
attempt('bound forms', lambda: (TypeVar('X', bound='int').__bound__, TypeVar('X', bound=None).__bound__))
attempt('typevar attrs', lambda: (T.__covariant__, T.__contravariant__, T.__constraints__, T.__module__, T.__name__))
attempt('typevar eq', lambda: T == TypeVar('T'))
attempt('ParamSpec', lambda: (P.args, P.kwargs, P.args.__origin__, P.__name__, P.args == P.args,
                                ParamSpec('Q', bound=int, covariant=True)))
attempt('TypeVarTuple', lambda: (Ts, Ts.__name__, Unpack[Ts], Unpack[Ts].__args__, [*Ts]))
attempt('Tuple star', lambda: (Tuple[int, Unpack[Ts]], Tuple[int, Unpack[Ts]][str, float]))
attempt('Tuple star params', lambda: Tuple[T, Unpack[Ts]].__parameters__)
attempt('Callable P', lambda: (Callable[P, T].__parameters__, Callable[P, int]))
attempt('Callable P subst', lambda: (Callable[P, T][[int, str], bool], Callable[P, T][..., bool]))
attempt('Concatenate subst', lambda: Callable[Concatenate[int, P], T][[str], bool])
attempt('Callable T subst', lambda: (Callable[[T], S][int, str], Callable[[T], S].__args__))
attempt('Callable no vars', lambda: Callable[..., T][int])
attempt('Concatenate params', lambda: Concatenate[int, P].__parameters__)
attempt('dict subst', lambda: (Dict[T, int][str], Dict[T, T][str]))
attempt('too many', lambda: Dict[T, int][str, int])
attempt('too few', lambda: Dict[int])
attempt('not generic', lambda: List[int][str])
attempt('union subst', lambda: (Union[T, str][int], Union[T, int][int], Optional[T][int]))
attempt('union params', lambda: (Union[int, str].__parameters__, Union[T, List[T]].__parameters__))

class G(Generic[T, S]): pass
attempt('G', lambda: (G[int, str], G[int, str].__args__, G[int, str].__origin__, G[int, T].__parameters__, G[int, T][str]))
attempt('G few', lambda: G[int])
attempt('G many', lambda: G[int, str, float])
attempt('G twice', lambda: G[int, str][int])
attempt('Generic dup', lambda: Generic[T, T])
attempt('Generic int', lambda: Generic[int])
attempt('Generic empty', lambda: Generic[()])
attempt('Generic forms', lambda: (Generic[T], Protocol[T]))
attempt('Protocol int', lambda: Protocol[int])
class H(G[int, T]): pass
attempt('H', lambda: (H.__parameters__, H.__orig_bases__, H.__mro__, H[str]))
class I(G[S, T], Generic[T, S]): pass
attempt('I', lambda: (I.__parameters__, I[int, str], I.__mro__))
def missing():
    class J(G[S, T], Generic[T]): pass
attempt('missing var', missing)
def twice():
    class J(Generic[T], Generic[S]): pass
attempt('Generic twice', twice)
def plain():
    class J(Generic): pass
attempt('plain Generic', plain)
class K(List[T]): pass
attempt('K', lambda: (K.__parameters__, K[int], K.__mro__, K.__orig_bases__))
class L(Dict[str, T], Mapping[str, T]): pass
attempt('L', lambda: (L.__parameters__, L.__mro__))
class M(Generic[T], List[int]): pass
attempt('M', lambda: M.__mro__)
class V(Generic[Unpack[Ts]]): pass
attempt('variadic', lambda: (V.__parameters__, V[int, str], V[()]))
class W(Generic[P]): pass
attempt('paramspec class', lambda: (W.__parameters__, W[[int, str]].__args__, W[int, str].__args__, W[...], W[P], W[[int]]))
g = G[int, str]()
attempt('orig_class', lambda: g.__orig_class__)
class Slotted(Generic[T]):
    __slots__ = ()
attempt('slots instance', lambda: type(Slotted[int]()).__name__)
attempt('alias setattr', lambda: (setattr(G[int, str], 'tag', 7), G.tag))
attempt('get_origin', lambda: (get_origin(Generic), get_origin(Generic[T]), get_origin(Protocol[T]), get_origin(List),
                               get_origin(ClassVar[int]), get_origin(int | str), get_origin(Union),
                               get_origin(Unpack[Ts]), get_origin(P.args), get_origin(P.kwargs)))
attempt('get_args', lambda: (get_args(int | str), get_args(Annotated[int, 1, 2]), get_args(Literal), get_args(Tuple[()]),
                             get_args(Callable[[], int]), get_args(Callable[P, int]),
                             get_args(Callable[Concatenate[int, P], int])))
import collections.abc
attempt('abc Callable args', lambda: (get_args(collections.abc.Callable[[int], str]), get_args(collections.abc.Callable[..., str]),
                                      get_origin(collections.abc.Callable[[int], str])))
