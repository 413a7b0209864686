"""The container ABCs behind collections.abc (PEP 3119), with their mixin methods and the
registrations of the built-in types.

Written for Spry from the collections.abc documentation. The one-trick ABCs (Sized,
Iterable, ...) recognise a class structurally: it must define every listed method
somewhere in its MRO, and a method set to None there opts out.
"""

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(list[int])

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized',
           'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping',
           'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
           'Sequence', 'MutableSequence', 'ByteString']

# collections.abc is the public name of this module.
__name__ = 'collections.abc'


def _implements(C, names):
    """True if C's MRO defines every name (not as None), else NotImplemented."""
    mro = C.__mro__
    for name in names:
        for klass in mro:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _structural(*names):
    """A __subclasshook__ that recognises classes defining `names`, in the class that
    declares it only (its subclasses fall back to ordinary ABC rules)."""
    def hook(cls, C):
        if cls.__dict__.get('__subclasshook__') is declared:
            return _implements(C, names)
        return NotImplemented
    declared = classmethod(hook)
    return declared


def _same(a, b):
    return a is b or a == b


# ---- one-trick ABCs -------------------------------------------------------------------------

class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    __subclasshook__ = _structural('__hash__')


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        return iter(())

    __subclasshook__ = _structural('__await__')
    __class_getitem__ = classmethod(GenericAlias)


def _closing(self, throw, done, message):
    """close()/aclose() mixin logic: throw GeneratorExit in; it must come back out."""
    try:
        throw(GeneratorExit)
    except done:
        return
    raise RuntimeError(message)


def _raise_thrown(typ, val, tb):
    if val is None:
        val = typ() if isinstance(typ, type) else typ
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        _closing(self, self.throw, (GeneratorExit, StopIteration),
                 'coroutine ignored GeneratorExit')

    __subclasshook__ = _structural('__await__', 'send', 'throw', 'close')


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        raise NotImplementedError

    __subclasshook__ = _structural('__aiter__')
    __class_getitem__ = classmethod(GenericAlias)


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    __subclasshook__ = _structural('__anext__', '__aiter__')


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError('asynchronous generator ignored GeneratorExit')

    __subclasshook__ = _structural('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return iter(())

    __subclasshook__ = _structural('__iter__')
    __class_getitem__ = classmethod(GenericAlias)


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    __subclasshook__ = _structural('__iter__', '__next__')


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return iter(())

    __subclasshook__ = _structural('__reversed__', '__iter__')


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        _closing(self, self.throw, (GeneratorExit, StopIteration),
                 'generator ignored GeneratorExit')

    __subclasshook__ = _structural('__iter__', '__next__', 'send', 'throw', 'close')


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    __subclasshook__ = _structural('__len__')


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    __subclasshook__ = _structural('__contains__')
    __class_getitem__ = classmethod(GenericAlias)


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    __subclasshook__ = _structural('__len__', '__iter__', '__contains__')


def _is_param_spec_like(obj):
    """ParamSpec or Concatenate[...] from typing (only possible once typing is loaded)."""
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return isinstance(obj, typing.ParamSpec) or \
        getattr(obj, '__origin__', None) is typing.Concatenate


def _callable_alias(cls, params):
    if not (isinstance(params, tuple) and len(params) == 2):
        raise TypeError('Callable must be used as Callable[[arg, ...], result].')
    args, result = params
    if not (isinstance(args, (list, tuple)) or args is ... or _is_param_spec_like(args)):
        raise TypeError('Expected a list of types, an ellipsis, ParamSpec, or '
                        f'Concatenate. Got {args}')
    if isinstance(args, tuple):
        args = list(args)
    return GenericAlias(cls, (args, result))


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __subclasshook__ = _structural('__call__')
    __class_getitem__ = classmethod(_callable_alias)


# ---- sets -----------------------------------------------------------------------------------

def _contained(inner, outer, sizes_ok):
    """inner <= outer as sets, if their sizes pass sizes_ok; NotImplemented if either
    side is not a Set."""
    if not (isinstance(inner, Set) and isinstance(outer, Set)):
        return NotImplemented
    if not sizes_ok(len(inner), len(outer)):
        return False
    for element in inner:
        if element not in outer:
            return False
    return True


class Set(Collection):
    """A read-only set: comparisons and the set operators come from __contains__,
    __iter__ and __len__; results are built by _from_iterable()."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    # Comparisons are subset tests; a length check first settles most cases cheaply.
    def __le__(self, other):
        return _contained(self, other, lambda n, m: n <= m)

    def __lt__(self, other):
        return _contained(self, other, lambda n, m: n < m)

    def __eq__(self, other):
        return _contained(self, other, lambda n, m: n == m)

    def __ge__(self, other):
        return _contained(other, self, lambda n, m: n <= m)

    def __gt__(self, other):
        return _contained(other, self, lambda n, m: n < m)

    def isdisjoint(self, other):
        return not any(x in self for x in other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for x in other if x in self)

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for part in (self, other) for x in part)

    __ror__ = __or__

    def _as_set(self, other):
        """other as a Set (converted through _from_iterable), or None if not iterable."""
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        # equal to the hash of a frozenset with the same elements, as the docs ask
        return hash(frozenset(self))


class MutableSet(Set):
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        for value in self._as_set(it):
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# ---- mappings -------------------------------------------------------------------------------

class Mapping(Collection):
    """A read-only mapping: get, membership, views and equality from __getitem__."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def get(self, key, default=None):
        try:
            found = self[key]
        except KeyError:
            found = default
        return found

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    def values(self):
        return ValuesView(self)

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'

    def __len__(self):
        return len(self._mapping)

    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return _same(found, value)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(_same(v, value) for v in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_MISSING = object()


class MutableMapping(Mapping):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            pairs = ((key, other[key]) for key in other)
        elif hasattr(other, 'keys'):
            pairs = ((key, other[key]) for key in other.keys())
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ---- sequences ------------------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """A read-only sequence: iteration, membership, reversed, index and count from
    __getitem__ and __len__."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        while True:
            try:
                item = self[i]
            except IndexError:
                return
            yield item
            i += 1

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                item = self[i]
            except IndexError:
                break
            if _same(item, value):
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for item in self if _same(item, value))


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        last = len(self) - 1
        for i in range(len(self) // 2):
            self[i], self[last - i] = self[last - i], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)  # appending to what we iterate would never end
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---- registrations of the built-in types ----------------------------------------------------

async def _sample_coroutine():
    pass


async def _sample_async_generator():
    yield


def _sample_generator():
    yield


_coro = _sample_coroutine()
Coroutine.register(type(_coro))
_coro.close()
del _coro
AsyncGenerator.register(type(_sample_async_generator()))
Generator.register(type(_sample_generator()))

for _it in (iter(b''), iter(bytearray()), iter({}.keys()), iter({}.values()),
            iter({}.items()), iter([]), reversed([]), iter(range(0)),
            iter(range(1 << 100)), iter(set()), iter(''), iter(()), zip()):
    Iterator.register(type(_it))
del _it

Set.register(frozenset)
MutableSet.register(set)
Mapping.register(type(type.__dict__))
MutableMapping.register(dict)
KeysView.register(type({}.keys()))
ItemsView.register(type({}.items()))
ValuesView.register(type({}.values()))
for _seq in (tuple, str, range, memoryview):
    Sequence.register(_seq)
del _seq
ByteString.register(bytes)
ByteString.register(bytearray)
MutableSequence.register(list)
MutableSequence.register(bytearray)

del _sample_coroutine, _sample_async_generator, _sample_generator

# os.environ's class, when os came first (os registers it itself otherwise).
_os_environ_class = getattr(sys.modules.get('os'), '_Environ', None)
if _os_environ_class is not None:
    MutableMapping.register(_os_environ_class)
del _os_environ_class
