"""functools: tools that take or return callables (partial application, caching,
ordering, generic functions), written here from the library reference."""

import sys
from _thread import RLock

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

GenericAlias = type(list[int])
_absent = object()


# ---- wrappers -------------------------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name in assigned:
        value = getattr(wrapped, name, _absent)
        if value is not _absent:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # set last, so a __wrapped__ copied from wrapped.__dict__ cannot win
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---- reduce ---------------------------------------------------------------------------

def reduce(*args, **kwargs):
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if not 2 <= len(args) <= 3:
        bound = "least" if len(args) < 2 else "most"
        raise TypeError("reduce expected at %s %d arguments, got %d"
                        % (bound, 2 if len(args) < 2 else 3, len(args)))
    function, sequence = args[0], args[1]
    try:
        items = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if len(args) == 3:
        acc = args[2]
    else:
        acc = next(items, _absent)
        if acc is _absent:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for item in items:
        acc = function(acc, item)
    return acc


# ---- partial --------------------------------------------------------------------------

_repr_running = set()


def _readonly(slot, doc):
    def refuse(self, value=None):
        raise AttributeError("readonly attribute")
    return property(lambda self: getattr(self, slot), refuse, refuse, doc)


class partial:
    __slots__ = ('_fn', '_args', '_kw', '__dict__', '__weakref__')
    __module__ = 'functools'

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # a plain partial of a plain partial collapses into one
        if isinstance(func, partial) and type(func).__call__ is partial.__call__ and not func.__dict__:
            args = func._args + args
            keywords = {**func._kw, **keywords}
            func = func._fn
        self = object.__new__(cls)
        self._fn = func
        self._args = args
        self._kw = keywords
        return self

    def __call__(self, /, *args, **keywords):
        if self._kw:
            keywords = {**self._kw, **keywords}
        return self._fn(*self._args, *args, **keywords)

    func = _readonly('_fn', "function object to use in future partial calls")
    args = _readonly('_args', "tuple of arguments to future partial calls")
    keywords = _readonly('_kw', "dictionary of keyword arguments to future partial calls")

    def __repr__(self):
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [repr(self._fn)]
            parts.extend(repr(a) for a in self._args)
            parts.extend('%s=%r' % item for item in self._kw.items())
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        return (type(self), (self._fn,),
                (self._fn, self._args, self._kw or None, self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, kw, ns = state
        if (not callable(func) or not isinstance(args, tuple)
                or (kw is not None and not isinstance(kw, dict))):
            raise TypeError("invalid partial state")
        self._fn = func
        self._args = tuple(args)
        self._kw = dict(kw) if kw else {}
        self.__dict__.clear()
        if isinstance(ns, dict):
            self.__dict__.update(ns)

    __class_getitem__ = classmethod(GenericAlias)


class partialmethod:
    """A partial() meant to live in a class body: it binds like the callable it wraps."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        cls = type(self)
        return '%s.%s(%r, %s, %s)' % (
            cls.__module__, cls.__qualname__, self.func,
            ', '.join(map(repr, self.args)),
            ', '.join('%s=%r' % item for item in self.keywords.items()))

    def _as_function(self):
        # used when the wrapped callable does not bind: the instance becomes argument one
        pm = self

        def bound_target(owner, /, *args, **keywords):
            if pm.keywords:
                keywords = {**pm.keywords, **keywords}
            return pm.func(owner, *pm.args, *args, **keywords)
        bound_target.__isabstractmethod__ = self.__isabstractmethod__
        bound_target._partialmethod = self
        return bound_target

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _absent)
                if owner is not _absent:
                    result.__self__ = owner
                return result
        return self._as_function().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


# ---- total_ordering -------------------------------------------------------------------

# For each operator the class may define, how the other three follow from it and ==.
# Each entry: the derived name and f(root_result, equal) computing it; `equal` is a
# thunk so == is only consulted when the answer needs it.
_DERIVED = {
    '__lt__': (('__gt__', lambda r, eq: not r and not eq()),
               ('__le__', lambda r, eq: r or eq()),
               ('__ge__', lambda r, eq: not r)),
    '__le__': (('__ge__', lambda r, eq: not r or eq()),
               ('__lt__', lambda r, eq: r and not eq()),
               ('__gt__', lambda r, eq: not r)),
    '__gt__': (('__lt__', lambda r, eq: not r and not eq()),
               ('__ge__', lambda r, eq: r or eq()),
               ('__le__', lambda r, eq: not r)),
    '__ge__': (('__le__', lambda r, eq: not r or eq()),
               ('__gt__', lambda r, eq: r and not eq()),
               ('__lt__', lambda r, eq: not r)),
}


def _derived_comparison(root, name, formula):
    def compare(self, other):
        got = getattr(type(self), root)(self, other)
        if got is NotImplemented:
            return got
        return formula(got, lambda: self == other)
    compare.__name__ = compare.__qualname__ = name
    return compare


def total_ordering(cls):
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]
    for name, formula in _DERIVED[root]:
        if name not in defined:
            setattr(cls, name, _derived_comparison(root, name, formula))
    return cls


# ---- cmp_to_key -----------------------------------------------------------------------

class KeyWrapper:
    """cmp_to_key's result and the keys it makes share this type: the former holds only
    the comparison function, the latter also the wrapped object."""
    __slots__ = ('obj', '_cmp')
    __module__ = 'functools'
    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        if len(args) == 1 and not kwargs:
            obj = args[0]
        elif len(args) + len(kwargs) > 1:
            raise TypeError("K() takes at most 1 argument (%d given)" % (len(args) + len(kwargs)))
        elif 'obj' in kwargs:
            obj = kwargs['obj']
        elif kwargs:
            raise TypeError("K() got an unexpected keyword argument '%s'" % next(iter(kwargs)))
        else:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        key = object.__new__(KeyWrapper)
        key.obj = obj
        key._cmp = self._cmp
        return key

    def __lt__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj) > 0

    def __le__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj) >= 0

    def __eq__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj) == 0

    def __ne__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj) != 0


def cmp_to_key(mycmp):
    maker = object.__new__(KeyWrapper)
    maker._cmp = mycmp
    return maker


# ---- lru_cache ------------------------------------------------------------------------

def _cache_info_type():
    from collections import namedtuple
    return namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


_CacheInfo = _cache_info_type()

# separates positional from keyword parts of a cache key; never equal to user data
_KWARGS_FOLLOW = object()


def _call_key(args, kwds, typed):
    """The cache key of one call. A lone int or str argument is its own key (so f(1)
    and f(1.0) are cached apart); everything else becomes a flat tuple."""
    if not kwds:
        if len(args) == 1 and type(args[0]) in (int, str):
            return args[0]
        if not typed:
            return args
    parts = list(args)
    if kwds:
        parts.append(_KWARGS_FOLLOW)
        for item in kwds.items():
            parts.extend(item)
    if typed:
        parts.extend(type(a) for a in args)
        parts.extend(type(v) for v in kwds.values())
    return tuple(parts)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        return _cached(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return partial(_cached, maxsize=maxsize, typed=typed)


def cache(user_function, /):
    return _cached(user_function, None, False)


def _cached(user_function, maxsize, typed):
    if not callable(user_function):
        raise TypeError("the first argument must be callable")
    stats = [0, 0]          # hits, misses
    table = {}              # key -> value, or key -> entry when bounded

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _call_key(args, kwds, typed)
            value = table.get(key, _absent)
            if value is not _absent:
                stats[0] += 1
                return value
            stats[1] += 1
            value = user_function(*args, **kwds)
            table.setdefault(key, value)
            return value

    else:
        # A circular doubly-linked list orders the entries by last use; `ring` is its
        # sentinel. Entry layout: [key, value, older, newer].
        ring = [None, None, None, None]
        ring[2] = ring[3] = ring
        lock = RLock()

        def wrapper(*args, **kwds):
            key = _call_key(args, kwds, typed)
            with lock:
                entry = table.get(key)
                if entry is not None:
                    # unlink, then relink as the newest
                    entry[2][3] = entry[3]
                    entry[3][2] = entry[2]
                    newest = ring[2]
                    entry[2] = newest
                    entry[3] = ring
                    newest[3] = ring[2] = entry
                    stats[0] += 1
                    return entry[1]
                stats[1] += 1
            value = user_function(*args, **kwds)
            with lock:
                if key in table:
                    # a recursive call (or another thread) filled it meanwhile
                    return value
                newest = ring[2]
                entry = [key, value, newest, ring]
                newest[3] = ring[2] = table[key] = entry
                if len(table) > maxsize:
                    oldest = ring[3]
                    ring[3] = oldest[3]
                    oldest[3][2] = ring
                    del table[oldest[0]]
            return value

        def clear_entries():
            ring[2] = ring[3] = ring

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(table))

    def cache_clear():
        table.clear()
        if maxsize:
            clear_entries()
        stats[0] = stats[1] = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


# ---- singledispatch -------------------------------------------------------------------

def _is_union(tp):
    if isinstance(tp, type(int | str)):
        return True
    # typing.Union[...] can only exist once typing is loaded
    typing = sys.modules.get('typing')
    return typing is not None and typing.get_origin(tp) is typing.Union


def _union_members(tp):
    return tp.__args__


def _implementation_order(cls, registered):
    """cls's MRO with the registered ABCs cls satisfies spliced in (each right after the
    last class of the MRO that is a subclass of it). Returns the linear order and, for each
    spliced ABC, the index it follows (ties there may be ambiguous)."""
    mro = list(cls.__mro__)
    after = {}
    for abc in registered:
        if abc in mro or not isinstance(abc, type):
            continue
        try:
            if not issubclass(cls, abc):
                continue
        except TypeError:
            continue
        anchor = 0
        for i, klass in enumerate(mro):
            if issubclass(klass, abc):
                anchor = i
        after[abc] = anchor
    order = []
    for i, klass in enumerate(mro):
        order.append(klass)
        here = [abc for abc, at in after.items() if at == i]
        # a more specific ABC comes before the ones it derives from
        bases_here = {abc: sum(1 for other in here if issubclass(abc, other)) for abc in here}
        order.extend(sorted(here, key=bases_here.get, reverse=True))
    return order, after


def _find_implementation(cls, registry):
    order, spliced = _implementation_order(cls, registry)
    for i, klass in enumerate(order):
        if klass in registry:
            if klass in spliced:
                for rival, at in spliced.items():
                    if (rival is not klass and at == spliced[klass] and rival in registry
                            and not issubclass(klass, rival) and not issubclass(rival, klass)):
                        raise RuntimeError("Ambiguous dispatch: {} or {}".format(klass, rival))
            return registry[klass]
    return None


def singledispatch(func):
    import weakref
    from abc import get_cache_token
    from types import MappingProxyType

    registry = {object: func}
    resolved = weakref.WeakKeyDictionary()
    token_seen = [None]

    def dispatch(cls):
        if token_seen[0] is not None:
            token = get_cache_token()
            if token_seen[0] != token:
                resolved.clear()
                token_seen[0] = token
        try:
            return resolved[cls]
        except KeyError:
            pass
        impl = registry.get(cls)
        if impl is None:
            impl = _find_implementation(cls, registry)
        resolved[cls] = impl
        return impl

    def bad_first(what):
        return TypeError("Invalid first argument to `register()`: %r. Use either "
                         "`@register(some_class)` or plain `@register` on an "
                         "annotated function." % (what,))

    def register(cls, func=None):
        if isinstance(cls, type) or _is_union(cls):
            if func is None:
                if _is_union(cls) and not all(isinstance(m, type) for m in _union_members(cls)):
                    raise bad_first(cls)
                return lambda f: register(cls, f)
            if _is_union(cls) and not all(isinstance(m, type) for m in _union_members(cls)):
                raise TypeError("Invalid first argument to `register()`. "
                                "%r is not a class or union type." % (cls,))
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. "
                                "%r is not a class or union type." % (cls,))
            if not getattr(cls, '__annotations__', None):
                raise bad_first(cls)
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if _is_union(cls):
                if not all(isinstance(m, type) for m in _union_members(cls)):
                    raise TypeError("Invalid annotation for %r. %r not all arguments "
                                    "are classes." % (argname, cls))
            elif not isinstance(cls, type):
                raise TypeError("Invalid annotation for %r. %r is not a class."
                                % (argname, cls))
        for klass in (_union_members(cls) if _is_union(cls) else (cls,)):
            registry[klass] = func
            if token_seen[0] is None and hasattr(klass, '__abstractmethods__'):
                token_seen[0] = get_cache_token()
        resolved.clear()
        return func

    name = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % name)
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = resolved.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A generic method: dispatches on the type of the first argument after self/cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def method(*args, **kwargs):
            return dispatch(args[0].__class__).__get__(obj, cls)(*args, **kwargs)
        method.__isabstractmethod__ = self.__isabstractmethod__
        method.register = self.register
        update_wrapper(method, self.func)
        return method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---- cached_property ------------------------------------------------------------------

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, name)) from None
        value = store.get(name, _absent)
        if value is _absent:
            with self.lock:
                value = store.get(name, _absent)
                if value is _absent:
                    value = self.func(instance)
                    try:
                        store[name] = value
                    except TypeError:
                        raise TypeError("The '__dict__' attribute on %r instance does not "
                                        "support item assignment for caching %r property."
                                        % (type(instance).__name__, name)) from None
        return value

    __class_getitem__ = classmethod(GenericAlias)
