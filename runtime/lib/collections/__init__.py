"""Container datatypes: namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap.

Written for Spry from the documented behaviour of CPython 3.11's collections.
"""

import sys as _sys
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
import _collections_abc

_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
])


def _iskeyword(name):
    return name in _KEYWORDS

__all__ = ["ChainMap", "Counter", "OrderedDict", "defaultdict", "deque",
           "namedtuple"]


def _c_type_name(obj, base):
    # Types CPython implements in C are named "collections.<name>" in messages.
    if type(obj) is base:
        return "collections." + base.__name__
    return type(obj).__name__


# ---------------------------------------------------------------- namedtuple

def _make_getter(index, name):
    def getter(self):
        return self[index]
    getter.__name__ = name
    return property(getter, doc="Alias for field number %d" % index)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith("_") or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid "
                             "identifiers: %r" % (name,))
        if _iskeyword(name):
            raise ValueError("Type names and field names cannot be a "
                             "keyword: %r" % (name,))

    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: "
                             "%r" % (name,))
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ", ".join(field_names)
    if num_fields == 1:
        arg_list += ","
    repr_fmt = "(" + ", ".join("%s=%%r" % name for name in field_names) + ")"
    tuple_new = tuple.__new__

    namespace = {"_tuple_new": tuple_new, "__builtins__": {},
                 "__name__": "namedtuple_%s" % typename}
    code = "lambda _cls, %s: _tuple_new(_cls, (%s))" % (arg_list, arg_list)
    __new__ = eval(code, namespace)
    __new__.__name__ = "__new__"
    __new__.__qualname__ = typename + ".__new__"
    __new__.__doc__ = "Create new instance of %s(%s)" % (typename, arg_list)
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError("Expected %d arguments, got %d"
                            % (num_fields, len(result)))
        return result

    _make.__func__.__doc__ = ("Make a new %s object from a sequence "
                              "or iterable" % typename)

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError("Got unexpected field names: %r" % (list(kwds),))
        return result

    _replace.__doc__ = ("Return a new %s object replacing specified "
                        "fields with new values" % typename)

    def __repr__(self):
        "Return a nicely formatted representation string"
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        "Return a new dict which maps field names to their values."
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        "Return self as a plain tuple.  Used by copy and pickle."
        return tuple(self)

    for method in (__repr__, _asdict, __getnewargs__, _replace):
        method.__qualname__ = typename + "." + method.__name__
    _make.__func__.__qualname__ = typename + "._make"

    class_namespace = {
        "__doc__": "%s(%s)" % (typename, arg_list),
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _make_getter(index, name)

    result = type(typename, (tuple,), class_namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module
    return result


# ---------------------------------------------------------------- deque

class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ("_items", "_maxlen", "_state")

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._items = []
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = type(maxlen).__index__(maxlen) if not isinstance(maxlen, int) else maxlen
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        if self._items:
            self.clear()
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _trim_right(self):
        m = self._maxlen
        if m is not None and len(self._items) > m:
            del self._items[m:]

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        self._items.append(x)
        m = self._maxlen
        if m is not None and len(self._items) > m:
            del self._items[0]

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        self._items.insert(0, x)
        self._trim_right()

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._items.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._items.pop(0)

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        items = self._items
        size = len(items)
        if size <= 1:
            return
        n = n % size
        if n:
            self._state += 1
            items[:] = items[-n:] + items[:-n]

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._items.clear()

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """D.count(value) -- return number of occurrences of value"""
        n = 0
        state = self._state
        for x in list(self._items):
            if x is value or x == value:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, value, start=0, stop=None):
        """D.index(value, [start, [stop]]) -- return first index of value.
Raises ValueError if the value is not present."""
        items = self._items
        size = len(items)
        if stop is None or stop > size:
            stop = size
        if start < 0:
            start += size
            if start < 0:
                start = 0
        if stop < 0:
            stop += size
            if stop < 0:
                stop = 0
        state = self._state
        for i in range(start, stop):
            x = items[i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError("%r is not in deque" % (value,))

    def insert(self, index, value):
        """D.insert(index, object) -- insert object before index"""
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._state += 1
        self._items.insert(index, value)

    def remove(self, value):
        """D.remove(value) -- remove first occurrence of value."""
        items = self._items
        for i in range(len(items)):
            x = items[i]
            if x is value or x == value:
                self._state += 1
                del items[i]
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        """D.reverse() -- reverse *IN PLACE*"""
        self._state += 1
        self._items.reverse()

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def _check_index(self, index):
        if not isinstance(index, int):
            index = type(index).__index__(index) if hasattr(type(index), "__index__") else None
            if index is None:
                raise TypeError("sequence index must be integer, not 'slice'")
        size = len(self._items)
        if index < 0:
            index += size
        if index < 0 or index >= size:
            raise IndexError("deque index out of range")
        return index

    def __getitem__(self, index):
        if not hasattr(type(index), "__index__"):
            raise TypeError("sequence index must be integer, not '%s'"
                            % type(index).__name__)
        return self._items[self._check_index(index)]

    def __setitem__(self, index, value):
        if not hasattr(type(index), "__index__"):
            raise TypeError("sequence index must be integer, not '%s'"
                            % type(index).__name__)
        self._items[self._check_index(index)] = value

    def __delitem__(self, index):
        if not hasattr(type(index), "__index__"):
            raise TypeError("sequence index must be integer, not '%s'"
                            % type(index).__name__)
        self._state += 1
        del self._items[self._check_index(index)]

    def __contains__(self, value):
        for x in self._items:
            if x is value or x == value:
                return True
        return False

    def __iter__(self):
        items = self._items
        state = self._state
        size = len(items)
        i = 0
        while i < len(items):
            if state != self._state or size != len(items):
                raise RuntimeError("deque mutated during iteration")
            yield items[i]
            i += 1
        if state != self._state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        items = self._items
        state = self._state
        i = len(items) - 1
        while i >= 0:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield items[i]
            i -= 1

    def __repr__(self):
        name = type(self).__name__
        active = _repr_active()
        for obj in active:
            if obj is self:
                return "[...]"
        active.append(self)
        try:
            body = repr(self._items)
        finally:
            for i in range(len(active) - 1, -1, -1):
                if active[i] is self:
                    del active[i]
                    break
        if self._maxlen is not None:
            return "%s(%s, maxlen=%d)" % (name, body, self._maxlen)
        return "%s(%s)" % (name, body)

    def _cmp_items(self, other):
        if not isinstance(other, deque):
            return None
        return other._items

    def __eq__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items >= o

    def __hash__(self):
        raise TypeError("unhashable type: '%s'" % _c_type_name(self, deque))

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self._items)
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self

    def __reduce__(self):
        return (type(self), (list(self._items), self._maxlen))


# The C deque, where the runtime has it (the class above is the fallback).
try:
    from _collections import deque
except ImportError:
    pass


def _count_elements(mapping, iterable):
    """Tally the elements of iterable in mapping (the C version replaces this)."""
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


try:
    from _collections import _count_elements
except ImportError:
    pass


_repr_stack = []


def _repr_active():
    # Objects whose repr is in progress, to print recursive containers as [...].
    return _repr_stack


# ---------------------------------------------------------------- defaultdict

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = "None"
        elif factory is self:
            frepr = "..."
        else:
            frepr = repr(factory)
        return "%s(%s, %s)" % (type(self).__name__, frepr, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return (type(self), args, None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __hash__(self):
        raise TypeError("unhashable type: '%s'" % _c_type_name(self, defaultdict))


# ---------------------------------------------------------------- OrderedDict

class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            key = next(reversed(dict.keys(self)))
        else:
            key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

Raise KeyError if the element does not exist."""
        if key not in self:
            raise KeyError(key)
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
        else:
            items = [(k, v) for k, v in dict.items(self) if not (k is key or k == key)]
            value = dict.__getitem__(self, key)
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in items:
                dict.__setitem__(self, k, v)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return "%s()" % (name,)
        active = _repr_active()
        for obj in active:
            if obj is self:
                return "..."
        active.append(self)
        try:
            return "%s(%r)" % (name, list(self.items()))
        finally:
            for i in range(len(active) - 1, -1, -1):
                if active[i] is self:
                    del active[i]
                    break

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        raise TypeError("unhashable type: '%s'" % _c_type_name(self, OrderedDict))

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def setdefault(self, key, default=None):
        """Insert key with a value of default if key is not in the dictionary.

Return the value for key if key is in the dictionary, else default."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __reduce__(self):
        return (type(self), (), None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------- Counter

class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts."""
        items = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if hasattr(iterable, "keys") and hasattr(iterable, "__getitem__"):
                if self:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            if hasattr(iterable, "keys") and hasattr(iterable, "__getitem__"):
                for elem in iterable.keys():
                    self[elem] = self.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return "%s()" % name
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return "%s(%r)" % (name, d)

    def _all_keys_cmp(self, other, op):
        for c in (self, other):
            for e in c:
                if not op(self[e], other[e]):
                    return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_keys_cmp(other, _eq)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_keys_cmp(other, _le)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_keys_cmp(other, _ge)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        """Adds an empty counter, effectively stripping negative and zero counts"""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _second(pair):
    return pair[1]


def _eq(a, b):
    return a == b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b


# ---------------------------------------------------------------- ChainMap

_marker = object()


class ChainMap(_collections_abc.MutableMapping):
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        active = _repr_active()
        for obj in active:
            if obj is self:
                return "..."
        active.append(self)
        try:
            return "%s(%s)" % (self.__class__.__name__,
                               ", ".join(map(repr, self.maps)))
        finally:
            for i in range(len(active) - 1, -1, -1):
                if active[i] is self:
                    del active[i]
                    break

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def popitem(self):
        """Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        """Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0]."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def update(self, other=(), /, **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __eq__(self, other):
        if isinstance(other, (dict, ChainMap)):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __hash__ = None

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, ChainMap)):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, (dict, ChainMap)):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


_collections_abc.MutableSequence.register(deque)
