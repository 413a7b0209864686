"""Spry's copy: shallow and deep copies, written from the documented behaviour.

Both copies try, in order: types known to be immutable (returned as they are), the
built-in containers (copied directly), a __copy__/__deepcopy__ method, copyreg's
dispatch_table, and finally the pickle protocol (__reduce_ex__(4), then __reduce__),
whose result is replayed to build the copy."""
import copyreg
import types
from _weakref import ref as _weak_ref

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error  # the old spelling, still exported

# Instances of these are their own deep copies ...
_DEEP_SHARED = frozenset((
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, str,
    bytes, range, property, types.BuiltinFunctionType, types.FunctionType,
    types.CodeType, _weak_ref, type,
))
# ... and these, whose items are not copied by a shallow copy, their own shallow ones
_SHALLOW_SHARED = _DEEP_SHARED | {tuple, frozenset, slice}


def copy(x):
    cls = type(x)
    if cls in _SHALLOW_SHARED:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    recipe = _reduce(x, cls, 'un(shallow)copyable object of type %s')
    if isinstance(recipe, str):
        return x
    return _rebuild(x, None, *recipe)


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    else:
        known = memo.get(id(x), memo)
        if known is not memo:
            return known
    cls = type(x)
    if cls in _DEEP_SHARED:
        return x
    if cls is list:
        y = []
        memo[id(x)] = y
        y.extend([deepcopy(item, memo) for item in x])
    elif cls is dict:
        y = {}
        memo[id(x)] = y
        for key in x:
            y[deepcopy(key, memo)] = deepcopy(x[key], memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None:
            y = hook(memo)
        else:
            recipe = _reduce(x, cls, 'un(deep)copyable object of type %s')
            if isinstance(recipe, str):
                y = x
            else:
                y = _rebuild(x, memo, *recipe)
    if y is not x:
        memo[id(x)] = y
        _hold(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # copying an item may already have copied this tuple (a cycle through a list)
    known = memo.get(id(x))
    if known is not None:
        return known
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x


def _hold(x, memo):
    # The memo is keyed by id(): originals must outlive the copy operation, so the memo
    # keeps them in a list stored under its own id.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, cls, message):
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    method = getattr(x, '__reduce_ex__', None)
    if method is not None:
        recipe = method(4)
    else:
        method = getattr(x, '__reduce__', None)
        if method is None:
            raise Error(message % cls)
        recipe = method()
    return recipe


def _apply_state(y, state):
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    # the default state is the instance dict, or (dict, slot values) with __slots__
    attrs, slot_values = state if isinstance(state, tuple) and len(state) == 2 \
        else (state, None)
    if attrs:
        y.__dict__.update(attrs)
    for name, value in (slot_values or {}).items():
        setattr(y, name, value)


def _rebuild(x, memo, func, args, state=None, listiter=None, dictiter=None):
    """Replay a __reduce__ recipe; memo is None for a shallow copy."""
    deep = memo is not None
    y = func(*(deepcopy(args, memo) if deep and args else args))
    if deep:
        memo[id(x)] = y
    if state is not None:
        _apply_state(y, deepcopy(state, memo) if deep else state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
