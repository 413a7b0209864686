"""Abstract base classes (PEP 3119): ABCMeta, ABC, abstractmethod and friends.

Written for Spry from the abc documentation. The C side only reads a class's
__abstractmethods__ when instantiating it; everything else lives here.

Each ABC keeps, in its `_abc_data`, the classes registered as virtual subclasses and
two caches of issubclass() answers. The negative cache is stamped with the global
registration count and thrown away when any register() happened since.
"""

from _weakref import ref


def abstractmethod(funcobj):
    """Marks a method abstract: a class with abstract methods left cannot be instantiated."""
    setattr(funcobj, '__isabstractmethod__', True)
    return funcobj


# The three deprecated decorators below predate abstractmethod stacking with
# classmethod/staticmethod/property; each marks both itself and the wrapped function.

class abstractclassmethod(classmethod):
    """Deprecated spelling of @classmethod @abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        classmethod.__init__(self, abstractmethod(callable))


class abstractstaticmethod(staticmethod):
    """Deprecated spelling of @staticmethod @abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        staticmethod.__init__(self, abstractmethod(callable))


class abstractproperty(property):
    """Deprecated spelling of @property @abstractmethod."""

    __isabstractmethod__ = True


# Number of register() calls so far: negative caches older than this are stale.
_registrations = 0


def get_cache_token():
    """A value that changes whenever any ABC gains a virtual subclass."""
    return _registrations


# Classes are remembered weakly, in dicts keyed by id(class), so that a cache hit costs one
# dict lookup and one call, and a dead class drops out by itself. The registry maps to the
# weak reference; the verdict cache maps to (weak reference, issubclass answer).

def _remember(table, cls, verdict=None):
    key = id(cls)

    def forget(dead):
        entry = table.get(key)
        if entry is dead or (type(entry) is tuple and entry[0] is dead):
            del table[key]
    r = ref(cls, forget)
    table[key] = r if verdict is None else (r, verdict)


def _members(table):
    return [c for c in (r() for r in list(table.values())) if c is not None]


class _AbcData:
    __slots__ = ('registry', 'seen', 'stamp')

    def __init__(self):
        self.registry = {}
        self.seen = {}
        self.stamp = _registrations  # negative verdicts older than this are stale


def _abstract_names(cls, own_items):
    names = {name for name, value in own_items
             if getattr(value, '__isabstractmethod__', False)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                names.add(name)
    return frozenset(names)


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after its methods changed; returns cls."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls, list(cls.__dict__.items()))
    return cls


class ABCMeta(type):
    """Metaclass of abstract base classes: tracks abstract methods and lets classes be
    registered as virtual subclasses."""

    def __new__(meta, name, bases, body, /, **options):
        made = type.__new__(meta, name, bases, body, **options)
        made._abc_data = data = _AbcData()
        made._abc_seen = data.seen  # read directly by __instancecheck__, the hot path
        made.__abstractmethods__ = _abstract_names(made, body.items())
        return made

    def register(cls, subclass):
        """Makes subclass a virtual subclass of this ABC; returns it (usable as a decorator)."""
        global _registrations
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        _remember(cls._abc_data.registry, subclass)
        _registrations += 1
        return subclass

    def __instancecheck__(cls, instance):
        actual = type(instance)
        entry = cls._abc_seen.get(id(actual))
        if entry is not None and entry[0]() is actual:
            if entry[1]:
                return True
            if cls._abc_data.stamp == _registrations and instance.__class__ is actual:
                return False
        claimed = instance.__class__
        if claimed is actual:
            return cls.__subclasscheck__(actual)
        return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        data = cls._abc_data
        if data.stamp != _registrations:
            # a register() somewhere may have turned a "no" into a "yes"
            for key, (_, verdict) in list(data.seen.items()):
                if not verdict:
                    del data.seen[key]
            data.stamp = _registrations
        entry = data.seen.get(id(subclass))
        if entry is not None and entry[0]() is subclass:
            return entry[1]
        verdict = cls.__subclasshook__(subclass)
        if verdict is NotImplemented:
            verdict = (cls in subclass.__mro__ or
                       any(issubclass(subclass, r) for r in _members(data.registry)) or
                       any(issubclass(subclass, s) for s in cls.__subclasses__()))
        elif not isinstance(verdict, bool):
            raise AssertionError('__subclasshook__ must return either False, True, '
                                 'or NotImplemented')
        _remember(data.seen, subclass, verdict)
        return verdict

    def _abc_registry_clear(cls):
        """Forgets every registered virtual subclass (for test isolation)."""
        cls._abc_data.registry.clear()

    def _abc_caches_clear(cls):
        """Forgets cached issubclass() answers (for test isolation)."""
        cls._abc_data.seen.clear()


class ABC(metaclass=ABCMeta):
    """Convenience base: `class C(ABC)` instead of `class C(metaclass=ABCMeta)`."""

    __slots__ = ()
