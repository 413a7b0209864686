"""copyreg: the registry of reduction functions pickle and copy consult, and the
reconstruction helpers that default reductions name (__newobj__, __newobj_ex__,
_reconstructor).

Written for Spry from the documented behaviour of CPython 3.11's copyreg. The default
object.__reduce_ex__ (in C) calls _object_reduce_ex below.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

# type -> function(obj) returning a reduction tuple; pickle and copy look here first.
dispatch_table = {}

_extension_registry = {}      # (module, name) -> code
_inverted_registry = {}       # code -> (module, name)
_extension_cache = {}         # code -> object


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers pickle_function as the reduction of ob_type's instances."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Declares object a valid constructor (it only has to be callable)."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def __newobj__(cls, *args):
    """What NEWOBJ (protocol 2) does: cls.__new__(cls, *args)."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """What NEWOBJ_EX (protocol 4) does: cls.__new__(cls, *args, **kwargs)."""
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    """Rebuilds an object reduced with protocol 0 or 1: a new cls instance made by the
    nearest built-in base's constructor from state."""
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9


def _builtin_base(cls):
    """The first class of cls's MRO that is not defined in Python."""
    for klass in cls.__mro__:
        if not klass.__flags__ & _HEAPTYPE:
            return klass
    return object


def _has_slots(obj):
    return bool(getattr(obj, "__slots__", None))


def _reduce_ex(self, proto):
    """The default reduction for protocols 0 and 1."""
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        state = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        state = base(self)
    getstate = getattr(self, "__getstate__", None)
    if getstate is None:
        if _has_slots(self):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines "
                            f"__slots__ without defining __getstate__ cannot be pickled "
                            f"with protocol {proto}")
        extra = getattr(self, "__dict__", None)
    else:
        if type(self).__getstate__ is object.__getstate__ and _has_slots(self):
            raise TypeError("a class that defines __slots__ without defining "
                            "__getstate__ cannot be pickled")
        extra = getstate()
    if extra:
        return _reconstructor, (cls, base, state), extra
    return _reconstructor, (cls, base, state)


def _slotnames(cls):
    """The names of cls's slots (private names mangled), cached as cls.__slotnames__."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            slots = klass.__dict__.get("__slots__")
            if slots is None:
                continue
            for name in ((slots,) if isinstance(slots, str) else slots):
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    owner = klass.__name__.lstrip("_")
                    if owner:
                        name = "_" + owner + name
                names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


def _new_arguments(obj):
    """(args, kwargs) for reconstructing obj, from __getnewargs_ex__/__getnewargs__."""
    hook = getattr(obj, "__getnewargs_ex__", None)
    if hook is not None:
        pair = hook()
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(pair).__name__)
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(pair))
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be "
                            "a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be "
                            "a dict, not '%s'" % type(kwargs).__name__)
        return args, kwargs
    hook = getattr(obj, "__getnewargs__", None)
    if hook is None:
        return (), None
    args = hook()
    if not isinstance(args, tuple):
        raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
    return args, None


def _object_state(obj):
    """obj.__getstate__(), with the default one's (dict, slots) form for slotted objects."""
    state = obj.__getstate__()
    if type(obj).__getstate__ is not object.__getstate__:
        return state
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    return (state, slots) if slots else state


def _object_reduce_ex(obj, proto):
    """object.__reduce_ex__(proto): a class's own __reduce__ wins; otherwise the
    NEWOBJ-style reduction (protocol 2+) or _reconstructor (protocols 0, 1)."""
    if type(obj).__reduce__ is not object.__reduce__:
        return obj.__reduce__()
    if proto < 2:
        return _reduce_ex(obj, proto)
    cls = type(obj)
    base = _builtin_base(cls)
    if base is not object and not any("__new__" in klass.__dict__ for klass in base.__mro__[:-1]):
        # a built-in type that cannot be instantiated (generators, frames, ...)
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    args, kwargs = _new_arguments(obj)
    state = _object_state(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return __newobj__, (cls,) + args, state, listitems, dictitems


def add_extension(module, name, code):
    """Assigns the extension code `code` to the global module.name."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Removes an extension code (for tests)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
