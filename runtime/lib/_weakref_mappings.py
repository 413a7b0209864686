"""The weak mappings of weakref (WeakValueDictionary, WeakKeyDictionary, KeyedRef),
loaded on first use through weakref's module __getattr__ because they need the
collections ABCs. Written here from the weakref documentation.

Both mappings keep a plain dict in .data; entries leave it from a weak-reference callback
as their object dies. Iteration walks a snapshot of .data, so deaths (and other changes)
during a loop never disturb it."""

from _collections_abc import Mapping, MutableMapping
from _weakref import ref, _remove_dead_weakref

__all__ = ['WeakValueDictionary', 'WeakKeyDictionary', 'KeyedRef']


class KeyedRef(ref):
    """A weak reference that remembers the key it is stored under."""

    __slots__ = ('key',)
    __module__ = 'weakref'

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def _on_death(mapping, forget):
    """A weakref callback that calls forget(mapping, dead_ref) while mapping is alive;
    it refers to mapping weakly so the mapping can be collected."""
    mapping_ref = ref(mapping)

    def callback(dead):
        mapping = mapping_ref()
        if mapping is not None:
            forget(mapping, dead)
    return callback


def _forget_value(mapping, dead):
    # only if the key still maps to a dead reference (it may have been reassigned)
    _remove_dead_weakref(mapping.data, dead.key)


def _forget_key(mapping, dead):
    mapping.data.pop(dead, None)


class _WeakMapping(MutableMapping):
    """What both mappings share: size, repr and the | operators."""

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def __iter__(self):
        return self.keys()

    def copy(self):
        result = type(self)()
        result.update(dict(self.items()))
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        # only the strongly held side is copied; the weak side stays shared
        from copy import deepcopy
        result = type(self)()
        for key, value in self.items():
            if self._weak_values:
                result[deepcopy(key, memo)] = value
            else:
                result[key] = deepcopy(value, memo)
        return result

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        result = type(self)()
        result.update(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    __module__ = 'weakref'
    _weak_values = True

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._on_death = _on_death(self, _forget_value)
        self.update(other, **kw)

    def _ref(self, key, value):
        return KeyedRef(value, self._on_death, key)

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def get(self, key, default=None):
        wr = self.data.get(key)
        value = None if wr is None else wr()
        return default if value is None else value

    def keys(self):
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key

    def values(self):
        for wr in list(self.data.values()):
            value = wr()
            if value is not None:
                yield value

    def items(self):
        for key, wr in list(self.data.items()):
            value = wr()
            if value is not None:
                yield key, value

    def itervaluerefs(self):
        for wr in list(self.data.values()):
            if wr() is not None:
                yield wr

    def valuerefs(self):
        return list(self.data.values())

    def pop(self, key, *default):
        wr = self.data.pop(key, None)
        value = None if wr is None else wr()
        if value is not None:
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        wr = self.data.get(key)
        value = None if wr is None else wr()
        if value is None:
            self[key] = default
            return default
        return value

    def update(self, other=(), /, **kwargs):
        if not hasattr(other, 'keys'):
            other = dict(other)
        for key in other.keys():
            self.data[key] = self._ref(key, other[key])
        for key, value in kwargs.items():
            self.data[key] = self._ref(key, value)


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    __module__ = 'weakref'
    _weak_values = False

    def __init__(self, dict=None):
        self.data = {}
        self._on_death = _on_death(self, _forget_key)
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._on_death)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        for wr in list(self.data):
            key = wr()
            if key is not None:
                yield key

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keyrefs(self):
        return list(self.data)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._on_death), default)

    def update(self, other=None, /, **kwargs):
        for source in (other, kwargs):
            if source is None:
                continue
            if not hasattr(source, 'items'):
                source = dict(source)
            for key, value in source.items():
                self.data[ref(key, self._on_death)] = value
