"""collections: container types beyond the built-ins, written here from the library
reference. deque (and the counting loop behind Counter) are C, in _collections."""

import sys
import _collections_abc
from _collections import deque, _count_elements
from itertools import chain, repeat
from keyword import iskeyword
from _thread import get_ident
from abc import update_abstractmethods

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

_Mapping = _collections_abc.Mapping
_MutableMapping = _collections_abc.MutableMapping


def _guard_recursion(fill):
    """Decorator for a __repr__: an object met again while its own repr is being built
    (on the same thread) shows as `fill`."""
    def decorate(method):
        busy = set()

        def guarded(self):
            token = (id(self), get_ident())
            if token in busy:
                return fill
            busy.add(token)
            try:
                return method(self)
            finally:
                busy.discard(token)
        guarded.__name__ = method.__name__
        guarded.__qualname__ = method.__qualname__
        guarded.__doc__ = method.__doc__
        return guarded
    return decorate


# ---- namedtuple ------------------------------------------------------------------------

def _field_problem(name):
    """Why name cannot be a field (or type) name, or None if it can."""
    if type(name) is not str:
        return TypeError('Type names and field names must be strings')
    if not name.isidentifier():
        return ValueError('Type names and field names must be valid identifiers: %r' % (name,))
    if iskeyword(name):
        return ValueError('Type names and field names cannot be a keyword: %r' % (name,))
    return None


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = [str(name) for name in field_names]
    typename = sys.intern(str(typename))

    if rename:
        used = set()
        for index, name in enumerate(fields):
            if (_field_problem(name) is not None or name.startswith('_')
                    or name in used):
                fields[index] = '_%d' % index
            used.add(name)
    for name in [typename, *fields]:
        problem = _field_problem(name)
        if problem is not None:
            raise problem
    used = set()
    for name in fields:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in used:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        used.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))

    fields = tuple(fields)
    count = len(fields)
    signature = ', '.join(fields)
    cls_body = _namedtuple_code(typename, fields)
    new = cls_body['__new__'].__func__     # a class body makes __new__ a staticmethod
    new.__defaults__ = defaults or None
    new.__doc__ = 'Create new instance of %s(%s)' % (typename, signature)
    tuple_new = tuple.__new__
    shown = '(' + ', '.join('%s=%%r' % name for name in fields) + ')'

    @classmethod
    def _make(cls, iterable):
        made = tuple_new(cls, iterable)
        if len(made) != count:
            raise TypeError('Expected %d arguments, got %d' % (count, len(made)))
        return made

    def _replace(self, /, **changes):
        values = [changes.pop(name, old) for name, old in zip(fields, self)]
        if changes:
            raise ValueError('Got unexpected field names: %r' % (list(changes),))
        return self._make(values)

    def __repr__(self):
        return self.__class__.__name__ + shown % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': '%s(%s)' % (typename, signature),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': new,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for method in (_make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = '%s.%s' % (typename, method.__name__)
    for index, name in enumerate(fields):
        namespace[name] = property(cls_body['_get%d' % index],
                                   doc='Alias for field number %d' % index)
    made = type(typename, (tuple,), namespace)

    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        made.__module__ = module
    return made


def _namedtuple_code(typename, fields):
    """Compile __new__ (with one parameter per field, so calls bind arguments natively)
    and one getter per field, as a class body so their qualified names read
    `<typename>.__new__` in error messages."""
    args = ', '.join(fields)
    packed = '(%s%s)' % (args, ',' if len(fields) == 1 else '')
    lines = ['class %s:' % typename,
             '    def __new__(_cls, %s):' % args if fields else '    def __new__(_cls):',
             '        return _tuple_new(_cls, %s)' % packed]
    for index in range(len(fields)):
        lines.append('    def _get%d(self):' % index)
        lines.append('        return self[%d]' % index)
    scope = {'_tuple_new': tuple.__new__, '__name__': 'namedtuple_%s' % typename}
    exec('\n'.join(lines), scope)
    return dict(vars(scope[typename]))


def _unhashable_as(qualified_name):
    """A __hash__ refusing like a C type named qualified_name (whose error messages
    carry the module), so these dict subclasses match the C ones in CPython."""
    def __hash__(self):
        cls = type(self)
        full = '%s.%s' % (cls.__module__, cls.__qualname__)
        raise TypeError("unhashable type: '%s'" % (full if full == qualified_name else cls.__name__))
    return __hash__


# ---- OrderedDict -----------------------------------------------------------------------

def _ordered_view(abc_view, shown_as, dict_view):
    """An OrderedDict view class: the collections.abc view, iterating (forwards and
    backwards) through the dict's own C view so loops pay no per-item Python call."""
    class View(abc_view):
        def __iter__(self):
            return iter(dict_view(self._mapping))

        def __reversed__(self):
            return reversed(dict_view(self._mapping))

        def __repr__(self):
            return '%s(%r)' % (shown_as, list(self))
    View.__name__ = View.__qualname__ = shown_as
    return View


_ODKeys = _ordered_view(_collections_abc.KeysView, 'odict_keys', dict.keys)
_ODValues = _ordered_view(_collections_abc.ValuesView, 'odict_values', dict.values)
_ODItems = _ordered_view(_collections_abc.ItemsView, 'odict_items', dict.items)


class OrderedDict(dict):
    """A dict that remembers insertion order and can reorder it. Built-in dicts keep
    insertion order already, so entries live in the dict itself (every read, write and
    plain iteration is the dict's own); only moving an entry to the front and popping
    the first one do extra work."""

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        self.update(*args, **kwds)

    def update(self, *args, **kwds):
        if type(self).__setitem__ is dict.__setitem__:
            dict.update(self, *args, **kwds)
        else:
            _MutableMapping.update(self, *args, **kwds)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(dict.__iter__(self))
        return key, dict.pop(self, key)

    def keys(self):
        return _ODKeys(self)

    def values(self):
        return _ODValues(self)

    def items(self):
        return _ODItems(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        outcome = self.__eq__(other)
        return outcome if outcome is NotImplemented else not outcome

    __hash__ = _unhashable_as('collections.OrderedDict')

    @_guard_recursion('...')
    def __repr__(self):
        if not self:
            return '%s()' % (type(self).__name__,)
        return '%s(%r)' % (type(self).__name__, list(dict.items(self)))

    def __reduce__(self):
        state = vars(self) or None
        return (type(self), (), state, None, iter(dict.items(self)))

    def copy(self):
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


# ---- defaultdict -----------------------------------------------------------------------

class defaultdict(dict):
    """A dict that calls default_factory() to fill in missing keys on lookup."""

    __slots__ = ('default_factory',)
    __hash__ = _unhashable_as('collections.defaultdict')

    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwds)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = self[key] = factory()
        return value

    def __repr__(self):
        return '%s(%r, %s)' % (type(self).__name__, self.default_factory, dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return (type(self), args, None, None, iter(dict.items(self)))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self.default_factory, other)
        merged.update(self)
        return merged


# ---- Counter ---------------------------------------------------------------------------

def _by_count(item):
    return item[1]


class Counter(dict):
    """A dict of counts: missing elements count zero, and counters add, subtract, and
    take unions/intersections (results keep positive counts only)."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorting is stable, so equal counts keep first-seen order
        if n is None or n >= len(self):
            return sorted(self.items(), key=_by_count, reverse=True)
        from heapq import nlargest
        return nlargest(n, self.items(), key=_by_count)

    def elements(self):
        return chain.from_iterable(repeat(elem, count) for elem, count in self.items())

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def _tally(self, source, sign):
        if isinstance(source, _Mapping):
            if sign > 0 and not self:
                dict.update(self, source)
                return
            for elem, count in source.items():
                self[elem] = self.get(elem, 0) + sign * count
        elif sign > 0:
            _count_elements(self, source)
        else:
            for elem in source:
                self[elem] = self.get(elem, 0) - 1

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            self._tally(iterable, 1)
        if kwds:
            self._tally(kwds, 1)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            self._tally(iterable, -1)
        if kwds:
            self._tally(kwds, -1)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        # deleting a missing element is fine: its count is zero either way
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return '%s(%r)' % (type(self).__name__, shown)

    # -- comparisons treat missing elements as zero ------------------------------------------

    def _all_pairs(self, other, test):
        return all(test(self[e], other[e]) for source in (self, other) for e in source)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, lambda a, b: a == b)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, lambda a, b: a <= b)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, lambda a, b: a >= b)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # -- multiset arithmetic -------------------------------------------------------------------

    def _combine(self, other, pick):
        """A new Counter holding pick(mine, theirs) for every element of either side,
        kept only where positive; self's elements first, then other's new ones."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            value = pick(count, other[elem])
            if value > 0:
                result[elem] = value
        for elem, count in other.items():
            if elem not in self:
                value = pick(0, count)
                if value > 0:
                    result[elem] = value
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _drop_non_positive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._drop_non_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._drop_non_positive()

    def __ior__(self, other):
        for elem, count in other.items():
            if count > self[elem]:
                self[elem] = count
        return self._drop_non_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            theirs = other[elem]
            if theirs < count:
                self[elem] = theirs
        return self._drop_non_positive()


# ---- ChainMap --------------------------------------------------------------------------

class ChainMap(_MutableMapping):
    """Several mappings seen as one: lookups search them in order, changes go to the
    first one."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def _union(self):
        # keys in first-seen order counting from the last mapping, as dict-merging would
        merged = {}
        for mapping in reversed(self.maps):
            merged.update(dict.fromkeys(mapping))
        return merged

    def __len__(self):
        return len(self._union())

    def __iter__(self):
        return iter(self._union())

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_guard_recursion('...')
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return self.__class__(merged)


# ---- UserDict, UserList, UserString ----------------------------------------------------
# Each wraps a real container kept in .data. Most methods only pass through to .data, so
# they are made by small factories below rather than written out one by one.

def _plain(value, wrapper):
    return value.data if isinstance(value, wrapper) else value


def _pass_through(owner, names, unwrap=(), rewrap=False):
    """Give `owner` methods that call the same-named method of self.data. Positional
    arguments that are instances of a class in `unwrap` are replaced by their .data;
    if `rewrap`, the result is wrapped in the caller's class."""
    for name in names.split():
        def method(self, *args, _name=name, **kwds):
            if unwrap:
                args = [a.data if isinstance(a, unwrap) else a for a in args]
            result = getattr(self.data, _name)(*args, **kwds)
            return self.__class__(result) if rewrap else result
        method.__name__ = name
        method.__qualname__ = '%s.%s' % (owner.__name__, name)
        setattr(owner, name, method)
    # the abstract methods may have just been supplied
    update_abstractmethods(owner)


def _compare_through(owner, unwrap):
    """Rich comparisons of owner instances compare their .data (against other.data when
    the other side is wrapped too)."""
    tests = {'__eq__': lambda a, b: a == b, '__lt__': lambda a, b: a < b,
             '__le__': lambda a, b: a <= b, '__gt__': lambda a, b: a > b,
             '__ge__': lambda a, b: a >= b}
    for name, test in tests.items():
        def compare(self, other, _test=test):
            return _test(self.data, other.data if isinstance(other, unwrap) else other)
        compare.__name__ = name
        compare.__qualname__ = '%s.%s' % (owner.__name__, name)
        setattr(owner, name, compare)


def _copy_keeping_attributes(self, data):
    """A copy of self (same class, same instance attributes) whose .data is `data`."""
    cls = self.__class__
    clone = cls.__new__(cls)
    clone.__dict__.update(self.__dict__)
    clone.__dict__['data'] = data
    return clone


class UserDict(_MutableMapping):
    """A mapping wrapping a real dict in .data, meant for subclassing."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        # like dict, a subclass may define __missing__ for absent keys
        missing = getattr(type(self), '__missing__', None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def _merged(self, first, second):
        left, right = _plain(first, UserDict), _plain(second, UserDict)
        if not (isinstance(left, dict) and isinstance(right, dict)):
            return NotImplemented
        return self.__class__(left | right)

    def __or__(self, other):
        return self._merged(self, other)

    def __ror__(self, other):
        return self._merged(other, self)

    def __ior__(self, other):
        self.data |= _plain(other, UserDict)
        return self

    def __copy__(self):
        return _copy_keeping_attributes(self, self.__dict__['data'].copy())

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        # a subclass: copy its instance state, but refill the data through its own methods
        import copy
        kept = self.data
        self.data = {}
        try:
            clone = copy.copy(self)
        finally:
            self.data = kept
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


_pass_through(UserDict, '__len__ __setitem__ __delitem__ __iter__ __contains__ __repr__')


class UserList(_collections_abc.MutableSequence):
    """A list wrapper (the real list is .data), meant for subclassing."""

    __hash__ = None

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = initlist.data[:]
        else:
            self.data = list(initlist)

    def __getitem__(self, i):
        got = self.data[i]
        return self.__class__(got) if isinstance(i, slice) else got

    def _as_list(self, other):
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return self.__class__(self.data + self._as_list(other))

    def __radd__(self, other):
        return self.__class__(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _copy_keeping_attributes(self, self.__dict__['data'][:])

    def copy(self):
        return self.__class__(self)


_compare_through(UserList, UserList)
_pass_through(UserList, '__repr__ __contains__ __len__ __setitem__ __delitem__ append insert '
                        'pop remove clear count index reverse sort')
_pass_through(UserList, 'extend', unwrap=UserList)


class UserString(_collections_abc.Sequence):
    """A str wrapper (the real string is .data), meant for subclassing. String methods
    that produce a new string return the subclass; the others return plain values."""

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data
        self.data = seq if isinstance(seq, str) else str(seq)

    def __getnewargs__(self):
        return (self.data[:],)

    def __contains__(self, char):
        return _plain(char, UserString) in self.data

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if not isinstance(other, (str, UserString)):
            other = str(other)
        return self.__class__(self.data + _plain(other, UserString))

    def __radd__(self, other):
        return self.__class__((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    maketrans = str.maketrans


for _name, _convert in (('__str__', str), ('__int__', int), ('__float__', float),
                        ('__complex__', complex), ('__hash__', hash)):
    setattr(UserString, _name, lambda self, _convert=_convert: _convert(self.data))
    getattr(UserString, _name).__name__ = _name
del _name, _convert
_compare_through(UserString, UserString)
_pass_through(UserString, '__repr__ __len__')
_pass_through(UserString, 'capitalize casefold center expandtabs ljust lower lstrip '
                          'removeprefix removesuffix replace rjust rstrip strip swapcase title '
                          'translate upper zfill', unwrap=UserString, rewrap=True)
_pass_through(UserString, 'count encode endswith find format format_map index isalnum isalpha '
                          'isascii isdecimal isdigit isidentifier islower isnumeric isprintable '
                          'isspace istitle isupper join partition rfind rindex rpartition rsplit '
                          'split splitlines startswith', unwrap=UserString)
