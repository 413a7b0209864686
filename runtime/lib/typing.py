"""Run-time side of type hints: special forms, subscripted aliases, type variables,
Generic and Protocol, NamedTuple and TypedDict, and the introspection helpers.

Written for Spry from the typing documentation and observed CPython 3.11 behaviour.
Layout of the objects here:
  _Form        one special form (Union, ClassVar, Literal, ...); subscripting calls
               the function it wraps
  _Alias       a subscripted thing: origin + args, plus the type variables it still has
               (subclasses change repr/equality for Union, Literal, Callable, ...)
  _BareAlias   an unsubscripted deprecated alias (List, Dict, Callable, ...) standing
               for a class of builtins / collections.abc
"""

import collections
import collections.abc as _cabc
import contextlib
import functools
import operator
import re as _re
import sys
import types
import warnings
from abc import ABCMeta, abstractmethod

__all__ = [
    'AbstractSet', 'Annotated', 'Any', 'AnyStr', 'AsyncContextManager', 'AsyncGenerator',
    'AsyncIterable', 'AsyncIterator', 'Awaitable', 'BinaryIO', 'ByteString', 'Callable',
    'ChainMap', 'ClassVar', 'Collection', 'Concatenate', 'Container', 'ContextManager',
    'Coroutine', 'Counter', 'DefaultDict', 'Deque', 'Dict', 'Final', 'ForwardRef',
    'FrozenSet', 'Generator', 'Generic', 'Hashable', 'IO', 'ItemsView', 'Iterable',
    'Iterator', 'KeysView', 'List', 'Literal', 'LiteralString', 'Mapping', 'MappingView',
    'Match', 'MutableMapping', 'MutableSequence', 'MutableSet', 'NamedTuple', 'Never',
    'NewType', 'NoReturn', 'NotRequired', 'Optional', 'OrderedDict', 'ParamSpec',
    'ParamSpecArgs', 'ParamSpecKwargs', 'Pattern', 'Protocol', 'Required', 'Reversible',
    'Self', 'Sequence', 'Set', 'Sized', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'TYPE_CHECKING',
    'Text', 'TextIO', 'Tuple', 'Type', 'TypeAlias', 'TypeGuard', 'TypeVar', 'TypeVarTuple',
    'TypedDict', 'Union', 'Unpack', 'ValuesView', 'assert_never', 'assert_type', 'cast',
    'clear_overloads', 'dataclass_transform', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_type_hints', 'is_typeddict', 'no_type_check',
    'no_type_check_decorator', 'overload', 'reveal_type', 'runtime_checkable',
]

TYPE_CHECKING = False
Text = str
_NoneType = type(None)


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _show(obj):
    """How a type argument appears inside the brackets of a repr."""
    if isinstance(obj, type) and obj is not Any:
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return '[' + ', '.join(_show(x) for x in obj) + ']'
    return repr(obj)


def _pack(params):
    return params if isinstance(params, tuple) else (params,)


# Filled at the end of the module, once every form exists.
_bare_refused = set()


def _hint(arg, msg, *, module=None, is_argument=True, is_class=False, allow_special=False):
    """Normalizes one type argument (None -> NoneType, str -> ForwardRef) and rejects the
    forms that cannot appear where a type is expected."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_argument=is_argument, is_class=is_class)
    qualifier_ok = allow_special or not is_argument
    if isinstance(arg, _Alias):
        origin = arg.__origin__
        if origin is Generic or origin is Protocol or (
                not qualifier_ok and (origin is ClassVar or origin is Final)):
            raise TypeError(f'{arg!r} is not valid as type argument')
    elif isinstance(arg, (_Form, type)) and arg in _bare_refused:
        if not (qualifier_ok and (arg is ClassVar or arg is Final)):
            raise TypeError(f'Plain {arg!r} is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


def _collect_vars(args):
    """Type variables in args, first-seen order, looking inside nested aliases."""
    found = []
    for a in args:
        if isinstance(a, (list, tuple)):
            inner = _collect_vars(a)
        elif isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)):
            inner = (a,)
        else:
            inner = getattr(a, '__parameters__', ())
            if not isinstance(inner, tuple) or isinstance(a, type):
                inner = ()
        for v in inner:
            if v not in found:
                found.append(v)
    return tuple(found)


def _is_var(a):
    return isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)) or (
        isinstance(a, _UnpackAlias) and isinstance(a.__args__[0], TypeVarTuple))


def _var_of(p):
    """The TypeVarTuple behind *Ts, or p itself."""
    if isinstance(p, _UnpackAlias):
        return p.__args__[0]
    return p


# ---- special forms --------------------------------------------------------------------------

class _Form:
    __slots__ = ('_name', '_subscript', '_doc')

    def __init__(self, name, subscript=None, doc=None):
        self._name = name
        self._subscript = subscript
        self._doc = doc

    @property
    def __doc__(self):
        return self._doc

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, params):
        if self._subscript is None:
            raise TypeError(f'{self!r} is not subscriptable')
        return self._subscript(self, params)

    __iter__ = None


def _form(subscript=None, name=None):
    """Decorator: the function handles subscription; its name names the form."""
    return _Form(name or subscript.__name__, subscript, subscript.__doc__)


def _one_arg(form, params):
    return _hint(params, f'{form} accepts only single type.')


NoReturn = _Form('NoReturn', doc='Marks a function that never returns.')
Never = _Form('Never', doc='The bottom type: no value has it.')
Self = _Form('Self', doc='The type of the enclosing class.')
LiteralString = _Form('LiteralString', doc='Any string built only from literals.')
TypeAlias = _Form('TypeAlias', doc='Marks an explicit type alias.')


def _wrapping_form(name, doc):
    """A form that wraps exactly one type: ClassVar[int], Required[str], ..."""
    def subscript(form, params):
        return _Alias(form, (_one_arg(form, params),))
    return _Form(name, subscript, doc)


ClassVar = _wrapping_form('ClassVar', 'Marks a class-level (not instance) attribute.')
Final = _wrapping_form('Final', 'Marks a name that may not be reassigned or overridden.')
TypeGuard = _wrapping_form('TypeGuard', 'Return type of a user-defined type narrowing function.')
Required = _wrapping_form('Required', 'Marks a TypedDict key as required.')
NotRequired = _wrapping_form('NotRequired', 'Marks a TypedDict key as possibly missing.')


@_form
def Unpack(form, params):
    """Unpacks a TypeVarTuple or a tuple type: *Ts."""
    return _UnpackAlias(form, (_one_arg(form, params),))


@_form
def Union(form, params):
    """Union[X, Y]: a value of one of the types."""
    if params == ():
        raise TypeError('Cannot take a Union of no types.')
    flat = []
    for p in _pack(params):
        p = _hint(p, 'Union[arg, ...]: each arg must be a type.')
        if isinstance(p, (_UnionAlias, types.UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    members = list(dict.fromkeys(flat))  # first occurrence wins, order kept
    if len(members) == 1:
        return members[0]
    return _UnionAlias(form, tuple(members))


@_form
def Optional(form, params):
    """Optional[X] is Union[X, None]."""
    arg = _hint(params, f'{form} requires a single type.')
    return Union[arg, None]


@_form
def Literal(form, params):
    """A type whose values are exactly the listed literals."""
    values = []
    for p in _pack(params):
        if isinstance(p, _LiteralAlias):
            values.extend(p.__args__)
        else:
            values.append(p)
    try:
        unique = []
        keys = set()
        for v in values:
            key = (type(v), v)
            if key not in keys:
                keys.add(key)
                unique.append(v)
        values = unique
    except TypeError:
        pass  # unhashable literals are kept as given
    return _LiteralAlias(form, tuple(values))


@_form
def Concatenate(form, params):
    """Prepends positional parameters to a ParamSpec: Concatenate[int, P]."""
    params = _pack(params)
    if not params:
        raise TypeError('Cannot take a Concatenate of no types.')
    if not (isinstance(params[-1], ParamSpec) or params[-1] is ...):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable '
                        'or ellipsis.')
    head = tuple(_hint(p, 'Concatenate[arg, ...]: each arg must be a type.')
                 for p in params[:-1])
    return _ConcatAlias(form, head + (params[-1],))


# ---- Any ------------------------------------------------------------------------------------

class _AnyKind(type):
    def __instancecheck__(cls, obj):
        if cls is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(cls):
        if cls is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyKind):
    """Compatible with every type, in both directions."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


# ---- aliases --------------------------------------------------------------------------------

_OWN_ATTRS = frozenset(('__origin__', '__args__', '__parameters__', '_name', '_inst',
                        '__metadata__', '__module__', '_nparams'))


class _AliasBase:
    """What subscripted and bare aliases share: forwarding to the origin class,
    instantiation, use as a base class, | with other types."""

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if not (attr.startswith('__') and attr.endswith('__')) and '__origin__' in self.__dict__:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, value):
        if attr in _OWN_ATTRS or (attr.startswith('__') and attr.endswith('__')):
            object.__setattr__(self, attr, value)
        else:
            setattr(self.__origin__, attr, value)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except (AttributeError, TypeError):
            pass  # objects without a writable __dict__ just don't record it
        return made

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _Form):
            raise TypeError(f'Cannot subclass {self!r}')
        entries = []
        if origin is not Generic:
            entries.append(origin)
        if isinstance(origin, type) and issubclass(origin, Generic):
            if origin is Generic and _later_generic(self, bases):
                return ()
            return tuple(entries) or (Generic,)
        if not _later_generic(self, bases):
            entries.append(Generic)
        return tuple(entries)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _later_generic(alias, bases):
    """Does a base after this alias already bring Generic into the MRO?"""
    after = False
    for b in bases:
        if b is alias:
            after = True
        elif after and (isinstance(b, _AliasBase) or
                        (isinstance(b, type) and issubclass(b, Generic))):
            return True
    return False


class _Alias(_AliasBase):
    def __init__(self, origin, args, *, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_vars(args)
        self._name = name
        self._inst = inst
        if name is None and not isinstance(origin, _Form):
            self.__module__ = origin.__module__
        else:
            self.__module__ = 'typing'

    def _head(self):
        if self._name:
            return 'typing.' + self._name
        return _show(self.__origin__)

    def __repr__(self):
        if not self.__args__:
            return self._head() + '[()]'
        return f"{self._head()}[{', '.join(_show(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _Alias) or isinstance(other, (_UnionAlias, _LiteralAlias)):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    __subclasscheck__ = __instancecheck__

    def __reduce__(self):
        head = _BARE_BY_NAME.get(self._name, self.__origin__)
        args = self.__args__[0] if len(self.__args__) == 1 else self.__args__
        return operator.getitem, (head, args)

    def __iter__(self):
        yield Unpack[self]

    def _with_args(self, args):
        """The same kind of alias over new args (after substitution or resolution)."""
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst)

    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError(f'{self!r} is not a generic class')
        binding = _bind(self, self.__parameters__, _pack(args))
        return self._with_args(_substitute_all(self.__args__, binding))


def _bind(owner, params, args):
    """Maps each parameter to its argument; a TypeVarTuple takes the surplus and a lone
    ParamSpec takes a whole argument list."""
    if len(params) == 1 and isinstance(params[0], ParamSpec) and not (
            len(args) == 1 and _is_param_list(args[0])):
        args = (list(args),)
    star = [i for i, p in enumerate(params) if isinstance(_var_of(p), TypeVarTuple)]
    if star:
        i = star[0]
        tail = len(params) - i - 1
        if len(args) < len(params) - 1:
            raise TypeError(f'Too few arguments for {owner!r}; actual {len(args)}, '
                            f'expected at least {len(params) - 1}')
        packed = tuple(args[i:len(args) - tail])
        args = args[:i] + (_Spread(packed),) + args[len(args) - tail:]
    elif len(args) != len(params):
        word = 'many' if len(args) > len(params) else 'few'
        raise TypeError(f'Too {word} arguments for {owner!r}; actual {len(args)}, '
                        f'expected {len(params)}')
    binding = {}
    for p, a in zip(params, args):
        p = _var_of(p)
        if isinstance(p, ParamSpec):
            a = _param_list(a)
        elif not isinstance(a, _Spread):
            a = _hint(a, 'Parameters to generic types must be types.')
        binding[p] = a
    return binding


def _is_param_list(a):
    return isinstance(a, (list, tuple, ParamSpec, _ConcatAlias)) or a is ...


def _param_list(a):
    if isinstance(a, list):
        return tuple(_hint(x, 'Parameters must be types.') for x in a)
    return a


class _Spread(tuple):
    """The arguments bound to a TypeVarTuple: spliced where *Ts stood."""


def _substitute(arg, binding):
    if isinstance(arg, (TypeVar, ParamSpec)) and arg in binding:
        return binding[arg]
    if isinstance(arg, _UnpackAlias) and arg.__args__[0] in binding:
        return binding[arg.__args__[0]]
    if isinstance(arg, list):
        return list(_substitute_all(tuple(arg), binding))
    params = getattr(arg, '__parameters__', ())
    if params and isinstance(params, tuple) and not isinstance(arg, type):
        values = []
        for p in params:
            v = _substitute(p, binding)
            if isinstance(v, _Spread):
                values.extend(v)
            else:
                values.append(list(v) if isinstance(p, ParamSpec) and isinstance(v, tuple)
                              else v)
        return arg[tuple(values)]
    return arg


def _substitute_all(args, binding):
    out = []
    for a in args:
        v = _substitute(a, binding)
        if isinstance(v, _Spread):
            out.extend(v)
        elif isinstance(a, (ParamSpec, _ConcatAlias)) and type(v) is tuple:
            out.extend(v)  # a parameter list spliced into Callable's arguments
        else:
            out.append(v)
    return tuple(out)


class _UnionAlias(_Alias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[0] if args[1] is _NoneType else args[1]
            return f'typing.Optional[{_show(other)}]'
        return f"typing.Union[{', '.join(_show(a) for a in args)}]"

    def _with_args(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, (_UnionAlias, types.UnionType)):
            return NotImplemented
        try:
            return set(self.__args__) == set(other.__args__)
        except TypeError:
            return all(a in other.__args__ for a in self.__args__) and \
                all(a in self.__args__ for a in other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, _AliasBase) and not isinstance(a, _BareAlias):
                raise TypeError('Subscripted generics cannot be used with class and '
                                'instance checks')
        return any(issubclass(cls, a) for a in self.__args__)

    def __reduce__(self):
        return operator.getitem, (Union, self.__args__)

    __iter__ = None


class _LiteralAlias(_Alias):
    def _keys(self):
        return {(type(a), a) for a in self.__args__}

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return self._keys() == other._keys()

    def __hash__(self):
        return hash(frozenset(self._keys()))

    def __repr__(self):
        if not self.__args__:
            return 'typing.Literal[()]'
        return f"typing.Literal[{', '.join(_show(a) for a in self.__args__)}]"


class _ConcatAlias(_Alias):
    def _with_args(self, args):
        if isinstance(args[-1], ParamSpec) or args[-1] is ...:
            return Concatenate[args]
        return tuple(args)  # every parameter known: a plain parameter list


class _UnpackAlias(_Alias):
    def __repr__(self):
        return '*' + repr(self.__args__[0])

    def _with_args(self, args):
        return Unpack[args[0]]


class _CallableAlias(_Alias):
    """Callable[[A, B], R] stores (A, B, R); Callable[..., R] and Callable[P, R] store
    the ellipsis or ParamSpec first."""

    def _takes_any(self):
        head = self.__args__[0]
        return len(self.__args__) == 2 and (
            head is ... or isinstance(head, (ParamSpec, _ConcatAlias)))

    def __repr__(self):
        name = 'typing.Callable' if self._name else _show(self.__origin__)
        if self._takes_any():
            return f'{name}[{_show(self.__args__[0])}, {_show(self.__args__[1])}]'
        params = ', '.join(_show(a) for a in self.__args__[:-1])
        return f'{name}[[{params}], {_show(self.__args__[-1])}]'

    def __reduce__(self):
        if self._takes_any():
            params = self.__args__[0]
        else:
            params = list(self.__args__[:-1])
        return operator.getitem, (Callable, (params, self.__args__[-1]))

    __iter__ = None


class _BareAlias(_AliasBase):
    """List, Dict, Callable, ...: a name for origin that can be subscripted nparams times."""

    def __init__(self, origin, nparams, *, name=None, inst=True):
        self.__origin__ = origin
        self._name = name or origin.__name__
        self._inst = inst
        self._nparams = nparams
        self.__module__ = 'typing'

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getitem__(self, params):
        params = _pack(params)
        if self._nparams == 0:
            raise TypeError(f'{self!r} is not a generic class')
        msg = 'Parameters to generic types must be types.'
        params = tuple(_hint(p, msg) for p in params)
        if len(params) != self._nparams:
            word = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f'Too {word} arguments for {self!r}; actual {len(params)}, '
                            f'expected {self._nparams}')
        return _Alias(self.__origin__, params, name=self._name, inst=self._inst)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if isinstance(cls, _BareAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _Alias):
            raise TypeError('Subscripted generics cannot be used with class and '
                            'instance checks')
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _BareAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    __iter__ = None


class _BareTuple(_BareAlias):
    def __getitem__(self, params):
        if params == ():
            return _Alias(tuple, (), name='Tuple', inst=False)
        params = _pack(params)
        if len(params) == 2 and params[1] is ...:
            head = _hint(params[0], 'Tuple[t, ...]: t must be a type.')
            return _Alias(tuple, (head, ...), name='Tuple', inst=False)
        params = tuple(_hint(p, 'Tuple[t0, t1, ...]: each t must be a type.')
                       for p in params)
        return _Alias(tuple, params, name='Tuple', inst=False)


class _BareCallable(_BareAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        result = _hint(result, 'Callable[args, result]: result must be a type.')
        if isinstance(args, (list, tuple)):
            args = tuple(_hint(a, 'Callable[[arg, ...], result]: each arg must be a type.')
                         for a in args)
        else:
            args = (args,)
        return _CallableAlias(self.__origin__, args + (result,), name='Callable')


def _bare(origin, nparams, name=None, inst=True):
    return _BareAlias(origin, nparams, name=name, inst=inst)


Hashable = _bare(_cabc.Hashable, 0)
Awaitable = _bare(_cabc.Awaitable, 1)
Coroutine = _bare(_cabc.Coroutine, 3)
AsyncIterable = _bare(_cabc.AsyncIterable, 1)
AsyncIterator = _bare(_cabc.AsyncIterator, 1)
Iterable = _bare(_cabc.Iterable, 1)
Iterator = _bare(_cabc.Iterator, 1)
Reversible = _bare(_cabc.Reversible, 1)
Sized = _bare(_cabc.Sized, 0)
Container = _bare(_cabc.Container, 1)
Collection = _bare(_cabc.Collection, 1)
Callable = _BareCallable(_cabc.Callable, 2)
AbstractSet = _bare(_cabc.Set, 1, name='AbstractSet')
MutableSet = _bare(_cabc.MutableSet, 1)
Mapping = _bare(_cabc.Mapping, 2)
MutableMapping = _bare(_cabc.MutableMapping, 2)
Sequence = _bare(_cabc.Sequence, 1)
MutableSequence = _bare(_cabc.MutableSequence, 1)
ByteString = _bare(_cabc.ByteString, 0)
Tuple = _BareTuple(tuple, -1, name='Tuple', inst=False)
List = _bare(list, 1, name='List', inst=False)
Deque = _bare(collections.deque, 1, name='Deque')
Set = _bare(set, 1, name='Set', inst=False)
FrozenSet = _bare(frozenset, 1, name='FrozenSet', inst=False)
MappingView = _bare(_cabc.MappingView, 1)
KeysView = _bare(_cabc.KeysView, 1)
ItemsView = _bare(_cabc.ItemsView, 2)
ValuesView = _bare(_cabc.ValuesView, 1)
ContextManager = _bare(contextlib.AbstractContextManager, 1, name='ContextManager')
AsyncContextManager = _bare(contextlib.AbstractAsyncContextManager, 1,
                            name='AsyncContextManager')
Dict = _bare(dict, 2, name='Dict', inst=False)
DefaultDict = _bare(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _bare(collections.OrderedDict, 2)
Counter = _bare(collections.Counter, 1)
ChainMap = _bare(collections.ChainMap, 2)
Generator = _bare(_cabc.Generator, 3)
AsyncGenerator = _bare(_cabc.AsyncGenerator, 2)
Type = _bare(type, 1, name='Type', inst=False)
Pattern = _bare(_re.Pattern, 1)
Match = _bare(_re.Match, 1)

_BARE_BY_NAME = {a._name: a for a in (
    Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator, Iterable, Iterator,
    Reversible, Sized, Container, Collection, Callable, AbstractSet, MutableSet, Mapping,
    MutableMapping, Sequence, MutableSequence, ByteString, Tuple, List, Deque, Set,
    FrozenSet, MappingView, KeysView, ItemsView, ValuesView, ContextManager,
    AsyncContextManager, Dict, DefaultDict, OrderedDict, Counter, ChainMap, Generator,
    AsyncGenerator, Type, Pattern, Match)}


# ---- Annotated ------------------------------------------------------------------------------

class _AnnotatedAlias(_Alias):
    """Annotated[T, x, y]: origin is T itself, the extras are __metadata__."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata
        self.__module__ = 'typing'

    def __repr__(self):
        extras = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_show(self.__origin__)}, {extras}]'

    def _with_args(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    __iter__ = None


class Annotated:
    """Annotated[T, x]: the type T carrying extra, tool-specific metadata x."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        inner = _hint(params[0], 'Annotated[t, ...]: t must be a type.', allow_special=True)
        return _AnnotatedAlias(inner, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f'Cannot subclass {cls.__module__}.Annotated')


# ---- type variables -------------------------------------------------------------------------

class _VarBase:
    """Shared by TypeVar, ParamSpec and TypeVarTuple: identity equality, | unions, no
    subclassing, pickled by name."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass an instance of {type(self).__name__}')

    def __init_subclass__(cls, *args, **kwargs):
        if cls.__module__ != __name__:
            raise TypeError(f"type '{__name__}.{cls.__base__.__name__}' is not an "
                            f"acceptable base type")

    def _set_variance(self, name, covariant, contravariant, bound):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = None if bound is None else _hint(bound, 'Bound must be a type.')
        module = _caller_module(3)
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        mark = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return mark + self.__name__


class TypeVar(_VarBase):
    """A type variable: T = TypeVar('T'), optionally bounded or constrained."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self._set_variance(name, covariant, contravariant, bound)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self.__constraints__ = tuple(_hint(c, msg) for c in constraints)


class _ParamSpecPart:
    # P.args or P.kwargs: equal when of the same kind and of equal ParamSpecs.
    _attribute = ''

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._attribute}'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.__origin__ == other.__origin__

    # Equality without hashing, as in CPython: P.args cannot be a dict key.
    __hash__ = None


class ParamSpecArgs(_ParamSpecPart):
    """P.args: the positional arguments of a ParamSpec."""
    _attribute = 'args'


class ParamSpecKwargs(_ParamSpecPart):
    """P.kwargs: the keyword arguments of a ParamSpec."""
    _attribute = 'kwargs'


class ParamSpec(_VarBase):
    """A parameter specification variable: the whole parameter list of a callable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self._set_variance(name, covariant, contravariant, bound)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class TypeVarTuple(_VarBase):
    """A variadic type variable: stands for any number of types, used as *Ts."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller_module(2)
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)


# ---- Generic --------------------------------------------------------------------------------

def _check_declared(owner, params):
    if not params:
        raise TypeError(f'Parameter list to {owner.__qualname__}[...] cannot be empty')
    for p in params:
        if not _is_var(p):
            raise TypeError(f'Parameters to {owner.__qualname__}[...] must all be type '
                            f'variables or parameter specification variables.')
    if len(set(params)) != len(params):
        raise TypeError(f'Parameters to {owner.__qualname__}[...] must all be unique')


class Generic:
    """Base class of generic classes: class Box(Generic[T]) makes Box[int] valid."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        params = _pack(params)
        if cls in (Generic, Protocol):
            _check_declared(cls, params)
            return _Alias(cls, params)
        declared = cls.__dict__.get('__parameters__', ())
        if not declared:
            raise TypeError(f'{cls!r} is not a generic class')
        binding = _bind(cls, declared, params)
        args = []
        for p in declared:
            v = binding[_var_of(p)]
            if isinstance(v, _Spread):
                args.extend(v)
            else:
                args.append(v)
        return _Alias(cls, tuple(args))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        bases = cls.__dict__.get('__orig_bases__')
        if bases is None:
            if Generic in cls.__bases__ and cls.__name__ not in ('Protocol',):
                raise TypeError('Cannot inherit from plain Generic')
            cls.__parameters__ = ()
            return
        if Generic in bases:
            raise TypeError('Cannot inherit from plain Generic')
        found = _collect_vars(bases)
        declared = None
        for b in bases:
            if isinstance(b, _Alias) and b.__origin__ is Generic:
                if declared is not None:
                    raise TypeError('Cannot inherit from Generic[...] multiple times.')
                declared = b.__parameters__
        if declared is None:
            for b in bases:
                if isinstance(b, _Alias) and b.__origin__ is Protocol:
                    declared = b.__parameters__
        if declared is not None:
            missing = [v for v in found if v not in declared]
            if missing:
                raise TypeError(f"Some type variables ({', '.join(str(v) for v in missing)})"
                                f" are not listed in Generic[{', '.join(str(v) for v in declared)}]")
            found = declared
        cls.__parameters__ = tuple(found)


# ---- Protocol -------------------------------------------------------------------------------

# Attributes every class has, which therefore never count as protocol members.
_NOT_MEMBERS = frozenset((
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '__orig_class__', '__init_subclass__', '__qualname__',
    '__protocol__', '__runtime_protocol__', '__match_args__', '__firstlineno__',
    '__static_attributes__', '__type_params__',
))

# collections.abc and contextlib classes a protocol may extend (they are structural too).
_PROTO_FRIENDLY = {
    'collections.abc': {'Callable', 'Awaitable', 'Iterable', 'AsyncIterable', 'Iterator',
                        'AsyncIterator', 'Hashable', 'Sized', 'Container', 'Collection',
                        'Reversible', 'Buffer'},
    'contextlib': {'AbstractContextManager', 'AbstractAsyncContextManager'},
}


def _is_proto(cls):
    return cls.__dict__.get('__protocol__', False)


def _proto_members(cls):
    names = set()
    for base in cls.__mro__[:-1]:
        if base in (Protocol, Generic):
            continue
        if base.__module__ in _PROTO_FRIENDLY and base.__name__ in \
                _PROTO_FRIENDLY[base.__module__]:
            names.update(base.__dict__.get('__abstractmethods__', ()))
            continue
        if not _is_proto(base):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not name.startswith('_abc_') and name not in _NOT_MEMBERS:
                names.add(name)
    return names


class _ProtocolKind(ABCMeta):
    def __call__(cls, *args, **kwargs):
        if _is_proto(cls):
            raise TypeError('Protocols cannot be instantiated')
        return super().__call__(*args, **kwargs)

    def _require_runtime(cls):
        if not cls.__dict__.get('__runtime_protocol__', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')

    def __instancecheck__(cls, obj):
        if not _is_proto(cls) or cls is Protocol:
            return super().__instancecheck__(obj)
        cls._require_runtime()
        # Nominal subclasses match without a structural check. (ABCMeta's own check
        # would ask __subclasscheck__, which refuses protocols with data members.)
        if cls in type(obj).__mro__:
            return True
        for name in _proto_members(cls):
            if not hasattr(obj, name):
                return False
            if callable(getattr(cls, name, None)) and getattr(obj, name) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if not _is_proto(cls) or cls is Protocol:
            return super().__subclasscheck__(other)
        cls._require_runtime()
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        members = _proto_members(cls)
        if any(not callable(getattr(cls, m, None)) for m in members):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if cls in other.__mro__:
            return True
        for name in members:
            for base in other.__mro__:
                if name in base.__dict__:
                    if base.__dict__[name] is None:
                        return False
                    break
            else:
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolKind):
    """Base class of structural types: a class matches a protocol by having its members."""

    __slots__ = ()

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '__protocol__' not in cls.__dict__:
            cls.__protocol__ = Protocol in cls.__bases__
        if not cls.__protocol__:
            return
        for base in cls.__bases__:
            friendly = _PROTO_FRIENDLY.get(base.__module__, ())
            if not (base in (object, Generic, Protocol) or _is_proto(base) or
                    base.__name__ in friendly):
                raise TypeError(f'Protocols can only inherit from other protocols, got {base!r}')


def runtime_checkable(cls):
    """Class decorator: lets isinstance()/issubclass() check a protocol structurally."""
    if not (isinstance(cls, type) and issubclass(cls, Generic) and _is_proto(cls)):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, '
                        f'got {cls!r}')
    cls.__runtime_protocol__ = True
    return cls


def _one_method_protocol(name, method, generic=False):
    def stub(self, *args):
        pass
    stub.__name__ = stub.__qualname__ = method
    ns = {method: abstractmethod(stub), '__slots__': (), '__module__': __name__}
    bases = (Protocol[T_co],) if generic else (Protocol,)
    cls = types.new_class(name, bases, {}, lambda d: d.update(ns))
    return runtime_checkable(cls)


SupportsInt = _one_method_protocol('SupportsInt', '__int__')
SupportsFloat = _one_method_protocol('SupportsFloat', '__float__')
SupportsComplex = _one_method_protocol('SupportsComplex', '__complex__')
SupportsBytes = _one_method_protocol('SupportsBytes', '__bytes__')
SupportsIndex = _one_method_protocol('SupportsIndex', '__index__')
SupportsAbs = _one_method_protocol('SupportsAbs', '__abs__', generic=True)
SupportsRound = _one_method_protocol('SupportsRound', '__round__', generic=True)


# ---- ForwardRef and get_type_hints ----------------------------------------------------------

class ForwardRef:
    """A type written as a string, resolved later by get_type_hints()."""

    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_module__',
                 '__forward_is_argument__', '__forward_is_class__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        source = arg[1:] if arg.startswith('*') else arg  # '*Ts' means Unpack[Ts]
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f'Forward reference must be an expression -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_module__ = module
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__ and
                self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        extra = '' if self.__forward_module__ is None else \
            f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'

    def _resolve_in(self, globalns, localns, seen):
        if self.__forward_arg__ in seen:
            return self
        if self.__forward_module__ is not None:
            module = sys.modules.get(self.__forward_module__)
            globalns = getattr(module, '__dict__', globalns)
        value = eval(self.__forward_code__, globalns, localns)
        if self.__forward_arg__.startswith('*'):
            value = Unpack[value]
        value = _hint(value, 'Forward references must evaluate to types.',
                      is_argument=self.__forward_is_argument__,
                      is_class=self.__forward_is_class__)
        return _resolve(value, globalns, localns, seen | {self.__forward_arg__})


def _resolve(tp, globalns, localns, seen=frozenset()):
    """tp with every ForwardRef inside it evaluated."""
    if isinstance(tp, ForwardRef):
        return tp._resolve_in(globalns, localns, seen)
    if isinstance(tp, str):
        return _resolve(ForwardRef(tp), globalns, localns, seen)
    if isinstance(tp, _Alias) and not isinstance(tp, _LiteralAlias):
        args = tp.__args__
        if isinstance(tp, _AnnotatedAlias):
            new = _resolve(tp.__origin__, globalns, localns, seen)
            return tp if new is tp.__origin__ else _AnnotatedAlias(new, tp.__metadata__)
        new_args = tuple(_resolve(a, globalns, localns, seen) for a in args)
        if all(n is a for n, a in zip(new_args, args)):
            return tp
        return tp._with_args(new_args)
    if isinstance(tp, types.GenericAlias):
        new_args = tuple(_resolve(a, globalns, localns, seen) for a in tp.__args__)
        if all(n is a for n, a in zip(new_args, tp.__args__)):
            return tp
        return types.GenericAlias(tp.__origin__, new_args)
    if isinstance(tp, types.UnionType):
        new_args = tuple(_resolve(a, globalns, localns, seen) for a in tp.__args__)
        if all(n is a for n, a in zip(new_args, tp.__args__)):
            return tp
        return functools.reduce(operator.or_, new_args)
    return tp


def _strip_extras(tp):
    """Drops Annotated metadata and Required/NotRequired wrappers, at any depth."""
    if isinstance(tp, _AnnotatedAlias):
        return _strip_extras(tp.__origin__)
    if isinstance(tp, _Alias) and tp.__origin__ in (Required, NotRequired):
        return _strip_extras(tp.__args__[0])
    if isinstance(tp, _Alias) and not isinstance(tp, _LiteralAlias):
        new_args = tuple(_strip_extras(a) for a in tp.__args__)
        if all(n is a for n, a in zip(new_args, tp.__args__)):
            return tp
        return tp._with_args(new_args)
    if isinstance(tp, types.GenericAlias):
        new_args = tuple(_strip_extras(a) for a in tp.__args__)
        if all(n is a for n, a in zip(new_args, tp.__args__)):
            return tp
        return types.GenericAlias(tp.__origin__, new_args)
    if isinstance(tp, types.UnionType):
        new_args = tuple(_strip_extras(a) for a in tp.__args__)
        if all(n is a for n, a in zip(new_args, tp.__args__)):
            return tp
        return functools.reduce(operator.or_, new_args)
    return tp


def _annotation_value(value, globalns, localns, in_class):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value, is_argument=not in_class, is_class=in_class)
    return _resolve(value, globalns, localns)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module, function or method, with strings evaluated."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            own = base.__dict__.get('__annotations__', {})
            if isinstance(own, types.GetSetDescriptorType):
                own = {}
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__), '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # names in the class body shadow the module's, as inside the class
                base_globals, base_locals = base_locals, base_globals
            for name, value in own.items():
                hints[name] = _annotation_value(value, base_globals, base_locals, True)
    else:
        if isinstance(obj, types.ModuleType):
            default_globals = obj.__dict__
        else:
            inner = obj
            while hasattr(inner, '__wrapped__'):
                inner = inner.__wrapped__
            default_globals = getattr(inner, '__globals__', {})
        if globalns is None:
            globalns = default_globals
        if localns is None:
            localns = globalns
        own = getattr(obj, '__annotations__', None)
        if own is None:
            if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType,
                                types.MethodType, types.ModuleType,
                                types.WrapperDescriptorType, types.MethodWrapperType,
                                types.MethodDescriptorType)):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        for name, value in own.items():
            hints[name] = _annotation_value(value, globalns, localns, False)
    if include_extras:
        return hints
    return {name: _strip_extras(tp) for name, tp in hints.items()}


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_AliasBase, types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type, Callable's parameters as a list."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_Alias, types.GenericAlias)):
        args = tp.__args__
        if get_origin(tp) is _cabc.Callable and args and not (
                args[0] is ... or isinstance(args[0], (ParamSpec, _ConcatAlias, list))):
            return (list(args[:-1]), args[-1])
        return args  # collections.abc.Callable[[A], R] already keeps its list
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


# ---- NamedTuple -----------------------------------------------------------------------------

# Names a NamedTuple class body may not define: namedtuple() owns them.
_NT_RESERVED = frozenset(('__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                          '_field_defaults', '_make', '_replace', '_asdict', '_source'))
_NT_SKIPPED = frozenset(('__module__', '__qualname__', '__annotations__', '__orig_bases__'))


def _build_namedtuple(name, fields, module, defaults=()):
    annotations = {}
    for field, tp in fields:
        annotations[field] = _hint(tp, f'field {field} annotation must be a type',
                                   module=None)
    cls = collections.namedtuple(name, [f for f, _ in fields], defaults=defaults,
                                 module=module)
    cls.__annotations__ = annotations
    cls.__new__.__annotations__ = annotations   # so inspect.signature shows the types
    return cls


class _NamedTupleKind(type):
    def __new__(mcls, name, bases, ns):
        for b in bases:
            if b is not _NT_CLASS_ROOT and b is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        annotations = ns.get('__annotations__', {})
        defaults = []
        default_names = []
        for field in annotations:
            if field in ns:
                defaults.append(ns[field])
                default_names.append(field)
            elif default_names:
                plural = 's' if len(default_names) > 1 else ''
                raise TypeError(f'Non-default namedtuple field {field} cannot follow '
                                f'default field{plural} {", ".join(default_names)}')
        cls = _build_namedtuple(name, list(annotations.items()), ns['__module__'],
                                tuple(defaults))
        for key, value in ns.items():
            if key in _NT_RESERVED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key in _NT_SKIPPED or key in annotations or (key == '__doc__' and value is None):
                continue
            setattr(cls, key, value)
            set_name = getattr(type(value), '__set_name__', None)
            if set_name is not None:
                set_name(value, cls, key)
        cls.__qualname__ = ns.get('__qualname__', name)
        if '__orig_bases__' in ns:
            cls.__orig_bases__ = ns['__orig_bases__']
        return cls


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed namedtuple: NamedTuple('P', [('x', int)]) or class P(NamedTuple): x: int."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, '
                        'not both')
    cls = _build_namedtuple(typename, list(fields), _caller_module())
    cls.__orig_bases__ = (NamedTuple,)
    return cls


# The base a `class X(NamedTuple)` statement sees; its metaclass builds the namedtuple.
_NT_CLASS_ROOT = type.__new__(_NamedTupleKind, 'NamedTuple', (), {'__module__': __name__})
NamedTuple.__mro_entries__ = lambda bases: (_NT_CLASS_ROOT,)


# ---- TypedDict ------------------------------------------------------------------------------

class _TypedDictKind(type):
    def __new__(mcls, name, bases, ns, total=True):
        for b in bases:
            if type(b) is not _TypedDictKind and b is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a '
                                'non-TypedDict base class')
        cls = type.__new__(mcls, name, (dict,), ns)
        module = ns.get('__module__')
        own = {k: _hint(v, 'TypedDict(\'Name\', {f0: t0, f1: t1, ...}); each t must be '
                           'a type', module=module, allow_special=True)
               for k, v in ns.get('__annotations__', {}).items()}
        annotations = {}
        required = set()
        optional = set()
        for b in bases:
            if type(b) is _TypedDictKind and b is not _TD_CLASS_ROOT:
                annotations.update(b.__dict__.get('__annotations__', {}))
                required |= b.__required_keys__
                optional |= b.__optional_keys__
        annotations.update(own)
        for key, tp in own.items():
            marker = tp.__origin__ if isinstance(tp, _AnnotatedAlias) else tp
            qualifier = marker.__origin__ if isinstance(marker, _Alias) else None
            if qualifier is Required or (qualifier is not NotRequired and total):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total
        return cls

    def __init__(cls, name, bases, ns, total=True):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')

    __subclasscheck__ = __instancecheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys (a plain dict at run time)."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    if kwargs:
        warnings.warn('The kwargs-based syntax for TypedDict definitions is deprecated in '
                      'Python 3.11, will be removed in Python 3.13, and may not be '
                      'understood by third-party type checkers.', DeprecationWarning,
                      stacklevel=2)
    ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
    cls = _TypedDictKind(typename, (), ns, total=total)
    cls.__orig_bases__ = (TypedDict,)
    return cls


_TD_CLASS_ROOT = type.__new__(_TypedDictKind, 'TypedDict', (), {'__module__': __name__})
TypedDict.__mro_entries__ = lambda bases: (_TD_CLASS_ROOT,)


def is_typeddict(tp):
    """Is tp a class made by TypedDict?"""
    return isinstance(tp, _TypedDictKind) and tp is not _TD_CLASS_ROOT


# ---- NewType --------------------------------------------------------------------------------

class NewType:
    """A distinct name for a type, for checkers; at run time calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __call__(self, value, /):
        return value

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of NewType. Perhaps you were looking '
                        f"for: `{self.__name__}Sub = NewType('{self.__name__}Sub', "
                        f'{self.__name__})`')

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---- IO types -------------------------------------------------------------------------------

class IO(Generic[AnyStr]):
    """The interface of file objects, generic in the str/bytes they carry."""

    __slots__ = ()

    @property
    @abstractmethod
    def mode(self): pass

    @property
    @abstractmethod
    def name(self): pass

    @abstractmethod
    def close(self): pass

    @property
    @abstractmethod
    def closed(self): pass

    @abstractmethod
    def fileno(self): pass

    @abstractmethod
    def flush(self): pass

    @abstractmethod
    def isatty(self): pass

    @abstractmethod
    def read(self, n=-1): pass

    @abstractmethod
    def readable(self): pass

    @abstractmethod
    def readline(self, limit=-1): pass

    @abstractmethod
    def readlines(self, hint=-1): pass

    @abstractmethod
    def seek(self, offset, whence=0): pass

    @abstractmethod
    def seekable(self): pass

    @abstractmethod
    def tell(self): pass

    @abstractmethod
    def truncate(self, size=None): pass

    @abstractmethod
    def writable(self): pass

    @abstractmethod
    def write(self, s): pass

    @abstractmethod
    def writelines(self, lines): pass

    @abstractmethod
    def __enter__(self): pass

    @abstractmethod
    def __exit__(self, type, value, traceback): pass


class BinaryIO(IO[bytes]):
    """A file object carrying bytes."""

    __slots__ = ()

    @abstractmethod
    def write(self, s): pass

    @abstractmethod
    def __enter__(self): pass


class TextIO(IO[str]):
    """A file object carrying str."""

    __slots__ = ()

    @property
    @abstractmethod
    def buffer(self): pass

    @property
    @abstractmethod
    def encoding(self): pass

    @property
    @abstractmethod
    def errors(self): pass

    @property
    @abstractmethod
    def line_buffering(self): pass

    @property
    @abstractmethod
    def newlines(self): pass

    @abstractmethod
    def __enter__(self): pass


# ---- small helpers --------------------------------------------------------------------------

def cast(typ, val):
    """Tells a type checker val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Asks a type checker to confirm val's type; returns val unchanged."""
    return val


def reveal_type(obj, /):
    """Prints obj's run-time type to stderr and returns obj."""
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Marks code a type checker should prove unreachable; fails if reached."""
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {shown}')


# Overload registry: function key -> {first line: overload}, kept for get_overloads().
_overloads = {}


def _overload_key(func):
    func = getattr(func, '__func__', func)
    return func.__module__, func.__qualname__


def _overloaded_call(*args, **kwargs):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated '
        'functions outside a stub module should always be followed by an implementation '
        'that is not @overload-ed.')


def overload(func):
    """Declares one signature of an overloaded function (the real body comes last)."""
    inner = getattr(func, '__func__', func)
    try:
        table = _overloads.setdefault(_overload_key(inner), {})
        table[inner.__code__.co_firstlineno] = func
    except AttributeError:
        pass  # callables without code objects are simply not recorded
    return _overloaded_call


def get_overloads(func):
    """The @overload declarations recorded for func, in definition order."""
    inner = getattr(func, '__func__', func)
    try:
        table = _overloads.get(_overload_key(inner), {})
    except AttributeError:
        return []
    return list(table.values())


def clear_overloads():
    """Forgets every recorded overload."""
    _overloads.clear()


def final(f):
    """Marks a method or class final (for checkers); sets __final__ where it can."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Tells checkers to skip arg (a function, or every function of a class)."""
    if isinstance(arg, type):
        for value in list(vars(arg).values()):
            target = getattr(value, '__func__', value)
            if isinstance(target, types.FunctionType) and \
                    target.__qualname__.startswith(arg.__qualname__ + '.'):
                try:
                    target.__no_type_check__ = True
                except TypeError:
                    pass
            elif isinstance(value, type) and value.__qualname__.startswith(
                    arg.__qualname__ + '.'):
                no_type_check(value)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass  # classes of built-in types refuse new attributes
    return arg


def no_type_check_decorator(decorator):
    """Makes decorator's results no_type_check as well."""
    @functools.wraps(decorator)
    def wrapped(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Marks a decorator, base class or metaclass as making dataclass-like classes."""
    def mark(target):
        target.__dataclass_transform__ = {
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return target
    return mark


# Bare forms refused as type arguments: List[Union] and Union[int, ClassVar] are errors.
_bare_refused.update((Union, Optional, ClassVar, Final, Literal, Concatenate, TypeGuard,
                      Required, NotRequired, Unpack, Generic, Protocol))
