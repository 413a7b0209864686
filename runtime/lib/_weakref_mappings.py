"""weakref's WeakValueDictionary and WeakKeyDictionary (see weakref.py).

They derive from MutableMapping, as CPython's do, and importing _collections_abc (compiled
from source on first import) costs about 1.5 MB of peak memory: weakref imports this module
only when a program first uses one of them.
"""

from _collections_abc import MutableMapping
from _weakref import ref, _remove_dead_weakref
from weakref import KeyedRef


class _WeakMapping(MutableMapping):
    """What the two weak mappings share: both keep their entries in self.data and say in
    _live_pair which (key, value) an entry stands for while its referent lives."""

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        new = self._plain_type()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def _live_items(self):
        out = []
        for entry in list(self.data.items()):
            pair = self._live_pair(*entry)
            if pair is not None:
                out.append(pair)
        return out

    def items(self):
        return iter(self._live_items())

    def keys(self):
        return iter([k for k, v in self._live_items()])

    __iter__ = keys

    def values(self):
        return iter([v for k, v in self._live_items()])

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if hasattr(other, "items"):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, "items"):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __eq__(self, other):
        if hasattr(other, "items"):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __hash__ = None


class WeakValueDictionary(_WeakMapping):
    """Mapping whose values are held through weak references: an entry disappears when
    its value is no longer referenced elsewhere."""

    __module__ = "weakref"

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self), _atomic_removal=_remove_dead_weakref):
            self = selfref()
            if self is not None:
                _atomic_removal(self.data, wr.key)

        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def _live_pair(self, key, wr):
        value = wr()
        return None if value is None else (key, value)

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.items():
            new[deepcopy(key, memo)] = value
        return new

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def itervaluerefs(self):
        return iter(list(self.data.values()))

    def valuerefs(self):
        return list(self.data.values())

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            d[key] = KeyedRef(o, self._remove, key)

class WeakKeyDictionary(_WeakMapping):
    """Mapping whose keys are held through weak references: an entry disappears when its
    key is no longer referenced elsewhere."""

    __module__ = "weakref"

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def _live_pair(self, wr, value):
        key = wr()
        return None if key is None else (key, value)

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.items():
            new[key] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)


# copy() makes the plain mapping even for a subclass, as CPython's does
WeakValueDictionary._plain_type = WeakValueDictionary
WeakKeyDictionary._plain_type = WeakKeyDictionary
