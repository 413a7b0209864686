# unittest.mock, written for Spry from the library's documentation and the behaviour
# CPython 3.11 shows (reprs, messages).  Layout of this file:
#   sentinels and ANY; call objects (_Call, _CallList); the per-mock record (_Record);
#   NonCallableMock / Mock / MagicMock / AsyncMock / PropertyMock; autospec; patch;
#   mock_open; seal.
# Every mock keeps its bookkeeping in one _Record stored under a single instance
# attribute, so attribute lookups on the mock itself stay free for the user.

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
    'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
    'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal',
)

import builtins
import contextlib
import inspect
import io
import pprint
import sys
import types
from functools import wraps as _wraps_function

FILTER_DIR = True


class InvalidSpecError(Exception):
    """Raised when a spec cannot be used (it is a mock itself, say)."""


# ---------------------------------------------------------------------------
# Sentinels

class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.' + self.name

    def __reduce__(self):
        return 'sentinel.' + self.name


class _Sentinel:
    """sentinel.<anything> is a unique object with that name, made on first use."""

    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError(name)
        made = self._made
        if name not in made:
            made[name] = _SentinelObject(name)
        return made[name]

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_MISSING = sentinel.MISSING
_GONE = sentinel.DELETED   # a child that was deleted with `del mock.name`


class _ANY:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# ---------------------------------------------------------------------------
# Call objects.  A recorded call is a tuple: (args, kwargs) for call_args, or
# (name, args, kwargs) for mock_calls and for objects built from `call`.

def _signature_text(name, args, kwargs):
    pieces = [repr(a) for a in args]
    pieces.extend('%s=%r' % item for item in kwargs.items())
    return '%s(%s)' % (name, ', '.join(pieces))


class _Call(tuple):
    def __new__(cls, parts=((), {}), path='', parent=None, two=False, called=True):
        if two:
            value = (tuple(parts[0]), dict(parts[1]))
        else:
            value = (path, tuple(parts[0]), dict(parts[1]))
        return tuple.__new__(cls, value)

    def __init__(self, parts=((), {}), path='', parent=None, two=False, called=True):
        d = self.__dict__
        d['_path'] = path
        d['_parent'] = parent
        d['_two'] = two
        d['_called'] = called

    # -- the pieces, whichever form the tuple has
    @property
    def args(self):
        return tuple.__getitem__(self, -2)

    @property
    def kwargs(self):
        return tuple.__getitem__(self, -1)

    # -- building calls from `call`
    def __call__(self, *args, **kwargs):
        if self._called:
            path = self._path + '()'
            return _Call((args, kwargs), path, self)
        return _Call((args, kwargs), self._path, self._parent)

    def __getattr__(self, attr):
        if self._called:
            return _Call(path=self._path + '().' + attr, parent=self, called=False)
        path = self._path + '.' + attr if self._path else attr
        return _Call(path=path, parent=self._parent, called=False)

    def __setattr__(self, name, value):
        raise AttributeError(name)

    # `call.index(...)` and `call.count(...)` name a method, not tuple's helpers
    def index(self, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    def count(self, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def _text_name(self):
        path = self._path
        if not path:
            return 'call'
        if path.startswith('('):
            return 'call' + path
        return 'call.' + path

    def __repr__(self):
        if not self._called:
            # CPython shows `call.a` as plain 'a' (but `call().a` in full)
            path = self._path
            return path if path and not path.startswith('(') else self._text_name()
        if self._two:
            return _signature_text('call', *self)
        return _signature_text(self._text_name(), self.args, self.kwargs)

    def call_list(self):
        chain = []
        node = self
        while node is not None:
            if node._called:
                chain.append(node)
            node = node._parent
        return _CallList(reversed(chain))

    # -- comparison
    def _as_parts(self):
        name = None if self._two else self._path
        return name, self.args, self.kwargs

    def __eq__(self, other):
        if other is ANY:
            return True
        if not isinstance(other, tuple):
            return NotImplemented
        if isinstance(other, _Call):
            other_name, other_args, other_kwargs = other._as_parts()
        else:
            parsed = _parse_call_tuple(other)
            if parsed is None:
                return False
            other_name, other_args, other_kwargs = parsed
        name, args, kwargs = self._as_parts()
        # Only a call that carries a name insists on it.
        if name and other_name != name:
            return False
        if isinstance(other, _Call) and self._parent is not None \
                and other._parent is not None and self._parent != other._parent:
            return False
        return (args, kwargs) == (tuple(other_args), other_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = object.__hash__

    def __getnewargs__(self):
        return (tuple(self[-2:]),)


def _parse_call_tuple(value):
    """(name, args, kwargs) for a plain tuple compared with a call, else None."""
    size = len(value)
    if size == 0:
        return '', (), {}
    if size == 3:
        return value
    if size == 1:
        only = value[0]
        if isinstance(only, str):
            return only, (), {}
        if isinstance(only, tuple):
            return '', only, {}
        if isinstance(only, dict):
            return '', (), only
        return None
    if size == 2:
        first, second = value
        if isinstance(first, str):
            if isinstance(second, tuple):
                return first, second, {}
            return first, (), second
        return '', first, second
    return None


call = _Call(path='', called=False)


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        width = len(value)
        for start in range(len(self) - width + 1):
            if self[start:start + width] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


def _plain_call(args, kwargs):
    return _Call((args, kwargs), two=True)


# ---------------------------------------------------------------------------
# The bookkeeping record every mock carries.

_RECORD = '_mock_record'

_ASSERT_TYPOS = ('assert', 'assret', 'asert', 'aseert', 'assrt')


class _Record:
    __slots__ = (
        'parent', 'name', 'link_parent', 'link_name', 'children',
        'return_value', 'side_effect', 'wraps', 'sealed', 'unsafe',
        'spec_names', 'spec_class', 'spec_set', 'signature', 'check_calls',
        'async_names', 'autospec', 'delegate',
        'called', 'call_count', 'call_args', 'call_args_list', 'mock_calls',
        'method_calls', 'await_count', 'await_args', 'await_args_list',
    )

    def __init__(self):
        self.parent = None          # the mock this one is an attribute of (method_calls)
        self.name = None            # given name, or the attribute name under parent
        self.link_parent = None     # the mock this one hangs from, by attribute or ()
        self.link_name = ''         # that link: an attribute name, or '()'
        self.children = {}
        self.return_value = DEFAULT
        self.side_effect = None
        self.wraps = None
        self.sealed = False
        self.unsafe = False
        self.spec_names = None
        self.spec_class = None
        self.spec_set = False
        self.signature = None       # used to match calls in assertions
        self.check_calls = False    # autospec: calls must fit the signature
        self.async_names = ()
        self.autospec = None        # (spec object, spec_set, skip-self rule) for children
        self.delegate = None        # autospecced function holding the call statistics
        self.clear_calls()
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()

    def clear_calls(self):
        self.called = False
        self.call_count = 0
        self.call_args = None
        self.call_args_list = _CallList()
        self.mock_calls = _CallList()
        self.method_calls = _CallList()


def _record(mock):
    return object.__getattribute__(mock, '__dict__')[_RECORD]


def _is_mock(value):
    return isinstance(value, NonCallableMock)


def _full_name(mock):
    """'mock.method().chained': the root's name, then one step per link."""
    steps = []
    node = mock
    seen = set()
    while True:
        rec = _record(node)
        up = rec.link_parent
        if up is None or id(up) in seen:
            break
        seen.add(id(node))
        steps.append('()' if rec.link_name == '()' else '.' + rec.link_name)
        node = up
    return (_record(node).name or 'mock') + ''.join(reversed(steps))


def _own_name(mock):
    return _record(mock).name or 'mock'


def _adopt(owner, value, name):
    """Hang mock `value` from `owner` under `name` ('()' for the return value),
    unless it already belongs somewhere or has a name of its own."""
    if not _is_mock(value):
        return False
    rec = _record(value)
    if rec.name or rec.parent is not None or rec.link_parent is not None:
        return False
    node = owner
    while node is not None:
        if node is value:
            return False    # would make a loop
        node = _record(node).link_parent
    rec.link_parent = owner
    rec.link_name = name
    if name != '()':
        rec.parent = owner
        rec.name = name
    return True


def _stats(rec):
    return rec.delegate if rec.delegate is not None else rec


def _stat_property(field):
    def getter(self):
        return getattr(_stats(_record(self)), field)

    def setter(self, value):
        setattr(_stats(_record(self)), field, value)
    return property(getter, setter)


def _is_dunder(name):
    return len(name) > 4 and name.startswith('__') and name.endswith('__')


def _spec_signature(spec, as_instance=False, skip_first=False):
    """The signature calls to a mock of `spec` must fit, or None."""
    if isinstance(spec, type):
        if as_instance:
            target = getattr(spec, '__call__', None)
            if not isinstance(target, types.FunctionType):
                return None
            skip_first = True
        elif spec.__init__ is object.__init__ and spec.__new__ is object.__new__:
            return None
        else:
            target = spec
    elif callable(spec):
        target = spec
    else:
        return None
    try:
        sig = inspect.signature(target)
    except (TypeError, ValueError):
        return None
    if skip_first:
        params = list(sig.parameters.values())
        if params and params[0].kind in (params[0].POSITIONAL_ONLY,
                                         params[0].POSITIONAL_OR_KEYWORD):
            sig = sig.replace(parameters=params[1:])
    return sig


def _is_exception(value):
    return isinstance(value, BaseException) or (
        isinstance(value, type) and issubclass(value, BaseException))


def _as_effect(value):
    """side_effect keeps exceptions and callables; other iterables become iterators."""
    if value is None or _is_exception(value) or callable(value):
        return value
    try:
        return iter(value)
    except TypeError:
        return value


# ---------------------------------------------------------------------------
# Magic methods.  A MagicMock's own class holds one _MagicSlot per supported
# method; the slot hands out the child mock (made on first use, with the
# documented default behaviour) or the function the user assigned.

_PRESET_MAGICS = frozenset('''
    __lt__ __gt__ __le__ __ge__ __eq__ __ne__ __hash__ __str__ __sizeof__ __fspath__
    __getitem__ __setitem__ __delitem__ __len__ __iter__ __next__ __contains__
    __enter__ __exit__ __aenter__ __aexit__ __aiter__ __anext__
    __bool__ __int__ __float__ __complex__ __index__ __round__ __floor__ __trunc__ __ceil__
    __neg__ __pos__ __abs__ __invert__
    __add__ __sub__ __mul__ __matmul__ __truediv__ __floordiv__ __mod__ __divmod__
    __lshift__ __rshift__ __and__ __xor__ __or__ __pow__
    __radd__ __rsub__ __rmul__ __rmatmul__ __rtruediv__ __rfloordiv__ __rmod__
    __rdivmod__ __rlshift__ __rrshift__ __rand__ __rxor__ __ror__ __rpow__
    __iadd__ __isub__ __imul__ __imatmul__ __itruediv__ __ifloordiv__ __imod__
    __ilshift__ __irshift__ __iand__ __ixor__ __ior__ __ipow__
'''.split())

# settable on any mock, but a MagicMock does not set them up by itself
_SETTABLE_MAGICS = _PRESET_MAGICS | frozenset('''
    __get__ __set__ __delete__ __reversed__ __missing__ __reduce__ __reduce_ex__
    __getinitargs__ __getnewargs__ __getnewargs_ex__ __getstate__ __setstate__
    __getformat__ __repr__ __dir__ __subclasses__ __format__
'''.split())

_REFUSED_MAGICS = frozenset('''
    __getattr__ __setattr__ __init__ __new__ __prepare__ __instancecheck__
    __subclasscheck__ __del__
'''.split())

_ASYNC_MAGICS = frozenset(('__aenter__', '__aexit__', '__anext__'))

_FIXED_MAGIC_RESULTS = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
    '__aexit__': False,
}


class _MagicSlot:
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return _magic_member(obj, self.name)


_MAGIC_SLOTS = {name: _MagicSlot(name) for name in _SETTABLE_MAGICS}


def _magic_member(mock, name):
    rec = _record(mock)
    value = rec.children.get(name, _MISSING)
    if value is _GONE:
        raise AttributeError(name)
    if value is _MISSING:
        if rec.sealed:
            raise AttributeError(_full_name(mock) + '.' + name)
        # linked for mock_calls, but magic calls stay out of method_calls
        value = mock._get_child_mock(name=name, _new_name=name, _new_parent=mock)
        rec.children[name] = value
        _give_magic_default(mock, value, name)
        return value
    if _is_mock(value):
        return value

    def bound(*args, **kwargs):
        return value(mock, *args, **kwargs)
    return bound


class _AsyncIterator:
    def __init__(self, iterator):
        self._items = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self._items)
        except StopIteration:
            pass
        raise StopAsyncIteration


def _give_magic_default(mock, child, name):
    fixed = _FIXED_MAGIC_RESULTS.get(name, _MISSING)
    if fixed is not _MISSING:
        child.return_value = fixed
    elif name == '__hash__':
        child.return_value = object.__hash__(mock)
    elif name == '__str__':
        child.return_value = object.__str__(mock)
    elif name == '__sizeof__':
        child.return_value = object.__sizeof__(mock)
    elif name == '__fspath__':
        child.return_value = '%s/%s/%s' % (type(mock).__name__, _full_name(mock), id(mock))
    elif name in ('__eq__', '__ne__'):
        same = name == '__eq__'
        child_rec = _record(child)

        def compare(other):
            configured = _stats(child_rec).return_value
            if configured is not DEFAULT:
                return configured
            if mock is other:
                return same
            return NotImplemented
        child.side_effect = compare
    elif name in ('__iter__', '__aiter__'):
        child_rec = _record(child)
        wrap = _AsyncIterator if name == '__aiter__' else (lambda it: it)

        def iterate():
            configured = _stats(child_rec).return_value
            return wrap(iter([] if configured is DEFAULT else configured))
        child.side_effect = iterate


def _set_magic(mock, rec, name, value):
    if rec.spec_names is not None and name not in rec.spec_names:
        raise AttributeError('Mock object has no attribute %r' % name)
    if _is_mock(value):
        vrec = _record(value)
        if vrec.link_parent is None and not vrec.name and vrec.parent is None:
            vrec.link_parent = mock
            vrec.link_name = name
    rec.children[name] = value
    own = type(mock)
    if own.__dict__.get(name) is not _MAGIC_SLOTS[name]:
        setattr(own, name, _MAGIC_SLOTS[name])


def _fit_magics_to_spec(mock, rec):
    """A MagicMock offers only the magic methods its spec has."""
    own = type(mock)
    if not getattr(own, '_wants_magics', False):
        return
    for name in _PRESET_MAGICS:
        wanted = rec.spec_names is None or name in rec.spec_names
        present = own.__dict__.get(name) is _MAGIC_SLOTS[name]
        if wanted and not present:
            setattr(own, name, _MAGIC_SLOTS[name])
        elif present and not wanted:
            delattr(own, name)


# ---------------------------------------------------------------------------
# The mock classes

def _apply_spec(mock, spec, spec_set, as_instance=False, skip_first=False):
    if _is_mock(spec):
        raise InvalidSpecError('Cannot spec a Mock object. [object=%r]' % (spec,))
    rec = _record(mock)
    rec.spec_set = bool(spec_set)
    rec.autospec = None
    if spec is None:
        rec.spec_names = rec.spec_class = rec.signature = None
        rec.async_names = ()
    elif type(spec) in (list, tuple):
        rec.spec_names = frozenset(spec)
        rec.spec_class = rec.signature = None
        rec.async_names = ()
    else:
        rec.spec_class = spec if isinstance(spec, type) else type(spec)
        rec.spec_names = frozenset(dir(spec))
        rec.signature = _spec_signature(spec, as_instance, skip_first)
        rec.async_names = (spec,)   # checked lazily, one attribute at a time
    _fit_magics_to_spec(mock, rec)


def _spec_says_async(rec, name):
    if not rec.async_names:
        return False
    try:
        value = getattr(rec.async_names[0], name, None)
    except Exception:
        return False
    return inspect.iscoroutinefunction(value)


class NonCallableMock:
    """A mock object that records how it is used and cannot be called."""

    _wants_magics = False

    def __new__(cls, *args, **kwargs):
        # Each mock gets a class of its own: magic methods live on the class.
        namespace = {'__doc__': cls.__doc__}
        if cls._wants_magics:
            namespace.update((n, _MAGIC_SLOTS[n]) for n in _PRESET_MAGICS)
        own_class = type(cls.__name__, (cls,), namespace)
        mock = object.__new__(own_class)
        object.__getattribute__(mock, '__dict__')[_RECORD] = _Record()
        return mock

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _new_name='', _new_parent=None, unsafe=False, **kwargs):
        rec = _record(self)
        rec.parent = parent
        rec.name = name
        rec.link_parent = _new_parent
        rec.link_name = _new_name
        rec.wraps = wraps
        rec.unsafe = unsafe
        if spec_set is not None:
            spec, spec_set = spec_set, True
        if spec is not None:
            _apply_spec(self, spec, spec_set)
        if kwargs:
            self.configure_mock(**kwargs)

    # -- statistics (an autospecced function keeps them on itself)
    called = _stat_property('called')
    call_count = _stat_property('call_count')
    call_args = _stat_property('call_args')
    call_args_list = _stat_property('call_args_list')
    mock_calls = _stat_property('mock_calls')
    method_calls = _stat_property('method_calls')

    @property
    def return_value(self):
        rec = _record(self)
        holder = _stats(rec)
        value = holder.return_value
        if value is DEFAULT:
            if rec.sealed:
                raise AttributeError(_full_name(self) + '.return_value')
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            holder.return_value = value
        return value

    @return_value.setter
    def return_value(self, value):
        _stats(_record(self)).return_value = value
        _adopt(self, value, '()')

    @property
    def side_effect(self):
        return _stats(_record(self)).side_effect

    @side_effect.setter
    def side_effect(self, value):
        _stats(_record(self)).side_effect = _as_effect(value)

    @property
    def __class__(self):
        spec_class = _record(self).spec_class
        return type(self) if spec_class is None else spec_class

    @__class__.setter
    def __class__(self, value):
        _record(self).spec_class = value

    # -- configuration
    def configure_mock(self, **kwargs):
        for key in sorted(kwargs, key=lambda k: k.count('.')):
            *path, last = key.split('.')
            target = self
            for step in path:
                target = getattr(target, step)
            setattr(target, last, kwargs[key])

    def mock_add_spec(self, spec, spec_set=False):
        _apply_spec(self, spec, spec_set)

    def attach_mock(self, mock, attribute):
        inner = getattr(mock, 'mock', mock) if not _is_mock(mock) else mock
        rec = _record(inner)
        rec.parent = rec.link_parent = None
        rec.name = None
        rec.link_name = ''
        setattr(self, attribute, mock)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        if visited is None:
            visited = set()
        if id(self) in visited:
            return
        visited.add(id(self))
        rec = _record(self)
        holder = _stats(rec)
        for field in ('call_args_list', 'mock_calls', 'method_calls'):
            setattr(holder, field, _CallList())
        holder.called = False
        holder.call_count = 0
        holder.call_args = None
        rec.await_count = 0
        rec.await_args = None
        rec.await_args_list = _CallList()
        if return_value:
            holder.return_value = DEFAULT
        if side_effect:
            holder.side_effect = None
        for child in rec.children.values():
            if _is_mock(child):
                child.reset_mock(visited, return_value=return_value,
                                 side_effect=side_effect)
        ret = holder.return_value
        if _is_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def _get_child_mock(self, **kwargs):
        own = type(self).__mro__[1]
        name = kwargs.get('_new_name')
        if name in _ASYNC_MAGICS:
            return AsyncMock(**kwargs)
        if issubclass(own, AsyncMock):
            own = MagicMock if name in _SETTABLE_MAGICS else own
        elif name is not None and _spec_says_async(_record(self), name):
            return AsyncMock(**kwargs)
        elif issubclass(own, NonCallableMagicMock):
            own = MagicMock
        elif not issubclass(own, Mock):
            own = MagicMock if own._wants_magics else Mock
        return own(**kwargs)

    # -- attribute protocol
    def __getattr__(self, name):
        if name == _RECORD:
            raise AttributeError(name)
        rec = _record(self)
        if name == '__signature__' and rec.check_calls and rec.signature is not None:
            return rec.signature   # inspect.signature() of an autospec: what calls must fit
        names = rec.spec_names
        if names is not None:
            if name not in names or name in _SETTABLE_MAGICS:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_dunder(name):
            raise AttributeError(name)
        if not rec.unsafe and (names is None or name not in names) \
                and name.startswith(_ASSERT_TYPOS):
            raise AttributeError(
                '%r is not a valid assertion. Use a spec for the mock if %r is meant '
                'to be an attribute.' % (name, name))
        child = rec.children.get(name, _MISSING)
        if child is _GONE:
            raise AttributeError(name)
        if child is _MISSING:
            if rec.sealed:
                raise AttributeError(_full_name(self) + '.' + name)
            if rec.autospec is not None:
                child = _autospec_member(self, rec, name)
            else:
                wrapped = None if rec.wraps is None else getattr(rec.wraps, name)
                child = self._get_child_mock(parent=self, name=name, wraps=wrapped,
                                             _new_name=name, _new_parent=self)
            rec.children[name] = child
        return child

    def __setattr__(self, name, value):
        rec = _record(self)
        if name in ('return_value', 'side_effect', '__class__'):
            return object.__setattr__(self, name, value)
        instance_dict = object.__getattribute__(self, '__dict__')
        if rec.spec_set and rec.spec_names is not None and name not in rec.spec_names \
                and name not in instance_dict and not hasattr(type(self), name):
            raise AttributeError('Mock object has no attribute %r' % name)
        if name in _REFUSED_MAGICS:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _SETTABLE_MAGICS:
            return _set_magic(self, rec, name, value)
        if _adopt(self, value, name):
            rec.children[name] = value
            instance_dict.pop(name, None)
            return None
        if rec.sealed and name not in instance_dict and not hasattr(type(self), name) \
                and not _is_mock(rec.children.get(name)):
            raise AttributeError('Cannot set %s.%s' % (_full_name(self), name))
        if isinstance(getattr(type(self), name, None), property):
            return object.__setattr__(self, name, value)
        rec.children.pop(name, None)
        instance_dict[name] = value
        return None

    def __delattr__(self, name):
        rec = _record(self)
        own = type(self)
        instance_dict = object.__getattribute__(self, '__dict__')
        if name in _SETTABLE_MAGICS and name in own.__dict__:
            delattr(own, name)
            rec.children[name] = _GONE
            return
        if name in instance_dict:
            del instance_dict[name]
        elif rec.children.get(name) is _GONE:
            raise AttributeError(name)
        rec.children[name] = _GONE

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self)
        rec = _record(self)
        names = set(rec.spec_names or ())
        names.update(n for n in dir(type(self)) if not n.startswith('_'))
        names.update(n for n in object.__getattribute__(self, '__dict__')
                     if not n.startswith('_'))
        names.update(n for n, child in rec.children.items() if child is not _GONE)
        return sorted(names)

    def __repr__(self):
        rec = _record(self)
        name = _full_name(self)
        name_part = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_part = ''
        if rec.spec_class is not None:
            spec_part = ' %s=%r' % ('spec_set' if rec.spec_set else 'spec',
                                     rec.spec_class.__name__)
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec_part, id(self))

    # -- assertions
    def _signature_for(self, path):
        rec = _record(self)
        if path:
            for step in path.split('.'):
                if '(' in step:
                    return None
                child = rec.children.get(step)
                if not _is_mock(child):
                    return None
                rec = _record(child)
        return rec.signature

    def _comparable(self, kall):
        """The call with its arguments bound to the spec's signature, when there is one;
        the TypeError if they do not fit."""
        if not isinstance(kall, _Call):
            kall = _Call(_parse_call_tuple(kall)[1:], _parse_call_tuple(kall)[0])
        path = None if kall._two else kall._path
        sig = self._signature_for(path)
        if sig is None:
            return kall
        try:
            bound = sig.bind(*kall.args, **kall.kwargs)
        except TypeError as error:
            return error.with_traceback(None)
        if kall._two:
            return _Call((bound.args, bound.kwargs), two=True)
        return _Call((bound.args, bound.kwargs), kall._path, kall._parent)

    def _calls_note(self, label='Calls'):
        calls = self.mock_calls
        if not calls:
            return ''
        return '\n%s: %s.' % (label, calls)

    def assert_called_with(self, *args, **kwargs):
        actual_call = self.call_args
        wanted = _signature_text(_own_name(self), args, kwargs)
        if actual_call is None:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.'
                                 % wanted)
        expected = self._comparable(_plain_call(args, kwargs))
        if self._comparable(actual_call) != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s' % (
                wanted, _signature_text(_own_name(self), *actual_call))) from cause

    def assert_called_once_with(self, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s" % (
                _own_name(self), self.call_count, self._calls_note()))
        self.assert_called_with(*args, **kwargs)

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % _own_name(self))

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (_own_name(self), self.call_count, self._calls_note()))

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (_own_name(self), self.call_count, self._calls_note()))

    def _require_any(self, recorded, args, kwargs, what):
        expected = self._comparable(_plain_call(args, kwargs))
        cause = expected if isinstance(expected, Exception) else None
        seen = _CallList(self._comparable(c) for c in recorded)
        if cause is not None or expected not in seen:
            raise AssertionError('%s %s not found' % (
                _signature_text(_own_name(self), args, kwargs), what)) from cause

    def _comparable_lists(self, calls, recorded):
        """The expected calls and the recorded ones, made comparable, and the first
        expected call that did not fit the signature."""
        expected = [self._comparable(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        return expected, cause, _CallList(self._comparable(c) for c in recorded)

    def assert_any_call(self, *args, **kwargs):
        self._require_any(self.call_args_list, args, kwargs, 'call')

    def assert_has_calls(self, calls, any_order=False):
        expected, cause, recorded = self._comparable_lists(calls, self.mock_calls)
        if not any_order:
            if expected in recorded:
                return
            if cause is None:
                problem = 'Calls not found.'
            else:
                problem = 'Error processing expected calls.\nErrors: %s' % (
                    [e if isinstance(e, Exception) else None for e in expected],)
            raise AssertionError('%s\nExpected: %r%s' % (
                problem, _CallList(calls),
                self._calls_note('  Actual').rstrip('.'))) from cause
        missing = _not_found(expected, recorded)
        if missing:
            raise AssertionError('%r does not contain all of %r in its call list, found %r '
                                 'instead' % (_own_name(self), tuple(missing), recorded)) \
                from cause


def _not_found(expected, recorded):
    """The expected calls left over once each has taken one recorded call."""
    remaining = list(recorded)
    missing = []
    for kall in expected:
        try:
            remaining.remove(kall)
        except ValueError:
            missing.append(kall)
    return missing


def _note_call(mock, rec, args, kwargs):
    """Record a call on the mock, and on every mock it hangs from."""
    holder = _stats(rec)
    holder.called = True
    holder.call_count += 1
    plain = _plain_call(args, kwargs)
    holder.call_args = plain
    holder.call_args_list.append(plain)
    holder.mock_calls.append(_Call((args, kwargs), ''))

    seen = {id(mock)}
    # mock_calls: up every link, attribute or return value
    path = ''
    node_rec = rec
    while node_rec.link_parent is not None:
        up = node_rec.link_parent
        if id(up) in seen:
            break
        seen.add(id(up))
        path = _join_path(node_rec.link_name, path)
        _stats(_record(up)).mock_calls.append(_Call((args, kwargs), path))
        node_rec = _record(up)

    # method_calls: up attribute links only
    path = ''
    node_rec = rec
    seen = {id(mock)}
    while node_rec.parent is not None:
        up = node_rec.parent
        if id(up) in seen:
            break
        seen.add(id(up))
        path = node_rec.name if not path else node_rec.name + '.' + path
        _stats(_record(up)).method_calls.append(_Call((args, kwargs), path))
        node_rec = _record(up)


def _join_path(link, path):
    if not path:
        return link
    if path.startswith('('):
        return link + path
    return link + '.' + path


def _side_effect_result(effect, args, kwargs, exhausted):
    """The side effect's result (DEFAULT: use the return value); raises the
    exception it names, or `exhausted` when an iterable runs out."""
    if _is_exception(effect):
        raise effect
    if callable(effect):
        return effect(*args, **kwargs)
    try:
        result = next(effect)
    except StopIteration:
        if exhausted is StopIteration:
            raise
        raise exhausted from None
    if _is_exception(result):
        raise result
    return result


def _usual_result(mock, rec, args, kwargs):
    """Without a side effect: the configured return value, else what the wrapped
    object returns, else the default child mock."""
    if _stats(rec).return_value is not DEFAULT or rec.wraps is None:
        return mock.return_value
    return rec.wraps(*args, **kwargs)


def _outcome(mock, rec, args, kwargs):
    """What a call returns: the side effect's, the configured or wrapped value."""
    effect = _stats(rec).side_effect
    if effect is not None:
        result = _side_effect_result(effect, args, kwargs, StopIteration)
        if result is not DEFAULT:
            return result
    return _usual_result(mock, rec, args, kwargs)


class Mock(NonCallableMock):
    """A callable mock object."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _new_name='', _new_parent=None,
                 **kwargs):
        rec = _record(self)
        rec.return_value = return_value
        rec.side_effect = _as_effect(side_effect)
        super().__init__(spec, wraps, name, spec_set, parent, _new_name, _new_parent,
                         **kwargs)

    def __call__(self, *args, **kwargs):
        rec = _record(self)
        if rec.check_calls and rec.signature is not None:
            rec.signature.bind(*args, **kwargs)
        _note_call(self, rec, args, kwargs)
        return _outcome(self, rec, args, kwargs)


class NonCallableMagicMock(NonCallableMock):
    """A non-callable mock with the magic methods set up."""
    _wants_magics = True


class MagicMock(Mock):
    """A mock with the magic methods set up, with their documented defaults."""
    _wants_magics = True


class PropertyMock(Mock):
    """A mock meant to be a property (or other descriptor) on a class."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, value):
        self(value)


async def _coroutine_template(*args, **kwargs):
    pass


class AsyncMock(Mock):
    """A mock whose calls return awaitables; awaits are recorded too."""
    _wants_magics = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Looks like an `async def` to inspect.iscoroutinefunction().
        own = object.__getattribute__(self, '__dict__')
        own['__code__'] = _coroutine_template.__code__
        own['__name__'] = 'AsyncMock'
        own['__defaults__'] = ()
        own['__kwdefaults__'] = {}
        own['__annotations__'] = None

    await_count = property(lambda self: _record(self).await_count,
                           lambda self, v: setattr(_record(self), 'await_count', v))
    await_args = property(lambda self: _record(self).await_args,
                          lambda self, v: setattr(_record(self), 'await_args', v))
    await_args_list = property(lambda self: _record(self).await_args_list,
                               lambda self, v: setattr(_record(self), 'await_args_list', v))

    def __call__(self, *args, **kwargs):
        rec = _record(self)
        if rec.check_calls and rec.signature is not None:
            rec.signature.bind(*args, **kwargs)
        _note_call(self, rec, args, kwargs)
        return self._awaited(rec, args, kwargs)

    async def _awaited(self, rec, args, kwargs):
        plain = _plain_call(args, kwargs)
        rec.await_count += 1
        rec.await_args = plain
        rec.await_args_list.append(plain)
        effect = _stats(rec).side_effect
        if effect is not None:
            result = _side_effect_result(effect, args, kwargs, StopAsyncIteration)
            if inspect.isawaitable(result):
                result = await result
            if result is not DEFAULT:
                return result
        result = _usual_result(self, rec, args, kwargs)
        if rec.wraps is not None and inspect.isawaitable(result):
            result = await result
        return result

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError('Expected %s to have been awaited.' % _own_name(self))

    def assert_awaited_once(self):
        if self.await_count != 1:
            raise AssertionError('Expected %s to have been awaited once. Awaited %s times.'
                                 % (_own_name(self), self.await_count))

    def assert_awaited_with(self, *args, **kwargs):
        wanted = _signature_text(_own_name(self), args, kwargs)
        if self.await_args is None:
            raise AssertionError('Expected await: %s\nNot awaited' % wanted)
        expected = self._comparable(_plain_call(args, kwargs))
        if self._comparable(self.await_args) != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError('expected await not found.\nExpected: %s\n  Actual: %s' % (
                wanted, _signature_text(_own_name(self), *self.await_args))) from cause

    def assert_awaited_once_with(self, *args, **kwargs):
        self.assert_awaited_once()
        self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, *args, **kwargs):
        self._require_any(self.await_args_list, args, kwargs, 'await')

    def assert_has_awaits(self, calls, any_order=False):
        expected, cause, recorded = self._comparable_lists(calls, self.await_args_list)
        if not any_order:
            if expected not in recorded:
                raise AssertionError('Awaits not found.\nExpected: %r\nActual: %r' % (
                    _CallList(calls), self.await_args_list)) from cause
            return
        missing = _not_found(expected, recorded)
        if missing:
            raise AssertionError('%r not all found in await list' % (tuple(missing),)) \
                from cause

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError('Expected %s to not have been awaited. Awaited %s times.'
                                 % (_own_name(self), self.await_count))


# ---------------------------------------------------------------------------
# Autospec: mocks whose attributes and call signatures follow the spec object.
# Attributes are specced lazily, when first looked up.

def _callable_when_instance(klass):
    return isinstance(getattr(klass, '__call__', None), types.FunctionType)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    if _is_mock(spec):
        raise InvalidSpecError('Cannot autospec a Mock object. [object=%r]' % (spec,))
    if type(spec) in (list, tuple):
        spec = type(spec)
    is_class = isinstance(spec, type)
    if inspect.iscoroutinefunction(spec):
        klass = AsyncMock
    elif is_class and instance:
        klass = MagicMock if _callable_when_instance(spec) else NonCallableMagicMock
    elif callable(spec):
        klass = MagicMock
    else:
        klass = NonCallableMagicMock
    options = {'spec_set' if spec_set else 'spec': spec}
    options.update(kwargs)
    mock = klass(parent=_parent, name=_name, unsafe=unsafe, **options)
    rec = _record(mock)
    rec.signature = _spec_signature(spec, as_instance=is_class and instance)
    rec.check_calls = True
    rec.autospec = (spec, spec_set, unsafe)

    if is_class and not instance and 'return_value' not in kwargs:
        made = create_autospec(spec, spec_set, instance=True, unsafe=unsafe)
        made_rec = _record(made)
        made_rec.link_parent = mock
        made_rec.link_name = '()'
        _stats(rec).return_value = made
    if isinstance(spec, (types.FunctionType, types.MethodType)):
        return _function_front(spec, mock)
    return mock


def _autospec_member(owner, rec, name):
    spec, spec_set, unsafe = rec.autospec
    try:
        original = getattr(spec, name)
    except AttributeError:
        original = _MISSING
    if original is _MISSING or isinstance(original, property):
        # a property looked up on the class: what it returns is unknown
        return owner._get_child_mock(parent=owner, name=name, _new_name=name,
                                     _new_parent=owner)
    if isinstance(original, (types.FunctionType, types.MethodType)):
        klass = AsyncMock if inspect.iscoroutinefunction(original) else MagicMock
        options = {'spec_set' if spec_set else 'spec': original}
        child = klass(parent=owner, name=name, _new_name=name, _new_parent=owner,
                      unsafe=unsafe, **options)
        child_rec = _record(child)
        child_rec.signature = _spec_signature(original,
                                              skip_first=_takes_self(spec, name, original))
        child_rec.check_calls = True
        child_rec.autospec = (original, spec_set, unsafe)
        return child
    child = create_autospec(original, spec_set, unsafe=unsafe,
                            instance=isinstance(spec, type) is False and isinstance(original, type) is False)
    child_rec = _record(child)
    child_rec.parent = child_rec.link_parent = owner
    child_rec.name = child_rec.link_name = name
    return child


def _takes_self(spec, name, original):
    """Whether calls through a class or instance mock leave out `self`."""
    if not isinstance(original, types.FunctionType):
        return False
    if isinstance(spec, types.ModuleType):
        return False
    owner = spec if isinstance(spec, type) else type(spec)
    if not isinstance(spec, type) and name in getattr(spec, '__dict__', {}):
        return False
    for klass in owner.__mro__:
        if name in klass.__dict__:
            return not isinstance(klass.__dict__[name], staticmethod)
    return False


_FRONT_FIELDS = ('called', 'call_count', 'call_args', 'call_args_list', 'mock_calls',
                 'method_calls', 'return_value', 'side_effect')
_FRONT_METHODS = ('assert_called_with', 'assert_called_once_with', 'assert_has_calls',
                  'assert_any_call', 'assert_called', 'assert_called_once',
                  'assert_not_called', 'reset_mock')


def _function_front(spec, mock):
    """A real function in front of the mock of a function, so it binds as a method
    would; the mock keeps its call statistics on it."""
    def front(*args, **kwargs):
        return mock(*args, **kwargs)
    front.__name__ = front.__qualname__ = spec.__name__
    if isinstance(mock, AsyncMock):
        # the marker asyncio.iscoroutinefunction() looks for
        from asyncio.coroutines import _is_coroutine
        front._is_coroutine = _is_coroutine
    rec = _record(mock)
    front.__signature__ = rec.signature
    front.mock = mock
    mock.return_value      # made now, kept on the front from here on
    for field in _FRONT_FIELDS:
        setattr(front, field, getattr(rec, field))
    for method in _FRONT_METHODS:
        setattr(front, method, getattr(mock, method))
    rec.delegate = front
    return front


# ---------------------------------------------------------------------------
# patch

_active_patches = []


def _resolve_dotted(path):
    steps = path.split('.')
    found = __import__(steps[0])
    walked = steps[0]
    for step in steps[1:]:
        walked += '.' + step
        try:
            found = getattr(found, step)
        except AttributeError:
            __import__(walked)
            found = getattr(found, step)
    return found


def _is_started(patcher):
    return any(p is patcher for p in _active_patches)


class _PatchBase:
    """start/stop and decoration, shared by attribute and dict patchers."""

    def start(self):
        result = self.__enter__()
        _active_patches.append(self)
        return result

    def stop(self):
        for index in range(len(_active_patches) - 1, -1, -1):
            if _active_patches[index] is self:
                del _active_patches[index]
                return self.__exit__(None, None, None)
        return None

    def __call__(self, target):
        if isinstance(target, type):
            return self._decorate_class(target)
        return self._decorate_callable(target)

    def _decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            value = getattr(klass, attr)
            if callable(value):
                setattr(klass, attr, self.copy()(value))
        return klass


def _enter_all(stack, patchers, args, kwargs):
    """Enter every patcher; the arguments with the mocks they made added (the
    mocks patch.multiple made go in as keywords)."""
    extra = []
    kwargs = dict(kwargs)
    for patcher in patchers:
        made = stack.enter_context(patcher)
        if getattr(patcher, 'attribute_name', None) is not None:
            kwargs.update(made)
        elif getattr(patcher, 'new', None) is DEFAULT:
            extra.append(made)
    return args + tuple(extra), kwargs


def _decorate_with(patcher, func):
    # stacked decorators share one wrapper, so mocks arrive bottom decorator first
    if hasattr(func, 'patchings'):
        func.patchings.append(patcher)
        return func
    if inspect.iscoroutinefunction(func):
        @_wraps_function(func)
        async def patched(*args, **kwargs):
            with contextlib.ExitStack() as stack:
                args, kwargs = _enter_all(stack, patched.patchings, args, kwargs)
                return await func(*args, **kwargs)
    else:
        @_wraps_function(func)
        def patched(*args, **kwargs):
            with contextlib.ExitStack() as stack:
                args, kwargs = _enter_all(stack, patched.patchings, args, kwargs)
                return func(*args, **kwargs)
    patched.patchings = [patcher]
    return patched


class _patch(_PatchBase):
    attribute_name = None

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs, *, unsafe=False, target_text=None):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.unsafe = unsafe
        self.additional_patchers = []
        self._saved = None

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.autospec, self.new_callable, self.kwargs,
                      unsafe=self.unsafe)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin

    def _decorate_callable(self, func):
        return _decorate_with(self, func)

    def _original(self, target):
        name = self.attribute
        try:
            return target.__dict__[name], True
        except (AttributeError, KeyError):
            pass
        value = getattr(target, name, DEFAULT)
        if value is DEFAULT and not self.create and not (
                isinstance(target, types.ModuleType) and hasattr(builtins, name)):
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        return value, False

    def _replacement(self, target, original):
        if self.autospec not in (None, False):
            return self._autospecced(target)
        if self.new is not DEFAULT:
            if self.kwargs:
                raise TypeError("Can't pass kwargs to a mock we aren't creating")
            return self.new
        spec, spec_set = self.spec, self.spec_set
        live = getattr(target, self.attribute, DEFAULT)
        if spec is True:
            spec = live
        if spec_set is True:
            spec_set = live if spec is None or spec is False else spec
            spec = None
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        used_spec = spec if spec is not None else spec_set
        if used_spec is DEFAULT:
            raise TypeError("Can't use 'spec' with create=True")
        options = {}
        if spec is not None:
            options['spec'] = spec
        if spec_set is not None:
            options['spec_set'] = spec_set
        if self.new_callable is not None:
            factory = self.new_callable
        elif used_spec is not None:
            if type(used_spec) in (list, tuple):
                can_call = '__call__' in used_spec
            else:
                can_call = callable(used_spec)
            if inspect.iscoroutinefunction(used_spec):
                factory = AsyncMock
            else:
                factory = MagicMock if can_call else NonCallableMagicMock
        elif inspect.iscoroutinefunction(live):
            factory = AsyncMock
        else:
            factory = MagicMock
        if isinstance(factory, type) and issubclass(factory, NonCallableMock):
            options['name'] = self.attribute
        options.update(self.kwargs)
        made = factory(**options)
        if isinstance(used_spec, type) and _is_mock(made) \
                and 'return_value' not in self.kwargs:
            # patching a class with a spec: its instances follow the spec too
            options.pop('name', None)
            kind = MagicMock if _callable_when_instance(used_spec) else NonCallableMagicMock
            made.return_value = kind(_new_parent=made, _new_name='()', **options)
        return made

    def _autospecced(self, target):
        if self.new is not DEFAULT:
            raise TypeError("autospec creates the mock for you. Can't specify autospec "
                            "and new.")
        if self.spec is not None:
            raise TypeError("Can't specify spec and autospec")
        live = getattr(target, self.attribute, DEFAULT)
        if live is DEFAULT:
            raise TypeError("Can't use 'autospec' with create=True")
        spec = live if self.autospec is True else self.autospec
        if _is_mock(spec):
            shown = getattr(target, '__name__', target)
            raise InvalidSpecError(
                'Cannot autospec attr %r from target %r as it has already been mocked '
                'out. [target=%r, attr=%r]' % (self.attribute, shown, target, spec))
        return create_autospec(spec, spec_set=bool(self.spec_set), _name=self.attribute,
                               **self.kwargs)

    def __enter__(self):
        target = self.getter()
        original, local = self._original(target)
        made = self._replacement(target, original)
        self._saved = (target, original, local)
        setattr(target, self.attribute, made)
        if self.attribute_name is None:
            return made
        mocks = {}
        if self.new is DEFAULT:
            mocks[self.attribute_name] = made
        try:
            for other in self.additional_patchers:
                more = other.__enter__()
                if other.new is DEFAULT:
                    mocks.update(more)
        except BaseException:
            self.__exit__(*sys.exc_info())
            raise
        return mocks

    def __exit__(self, *exc_info):
        if self._saved is None:
            raise RuntimeError('stop called on unstarted patcher')
        target, original, local = self._saved
        self._saved = None
        if local and original is not DEFAULT:
            setattr(target, self.attribute, original)
        else:
            delattr(target, self.attribute)
            if original is not DEFAULT and not hasattr(target, self.attribute):
                setattr(target, self.attribute, original)
        for other in reversed(self.additional_patchers):
            if other._saved is not None:
                other.__exit__(*exc_info)
        return False


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError('%r must be the actual object to be patched, not a str' % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if type(target) is str:
        def getter():
            return _resolve_dotted(target)
    else:
        def getter():
            return target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    patchers = []
    for attribute, new in kwargs.items():
        patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                         new_callable, {})
        patcher.attribute_name = attribute
        patchers.append(patcher)
    first = patchers[0]
    first.additional_patchers = patchers[1:]
    return first


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace `target` ('package.module.attribute') for the duration of a
    with block, a decorated function or class, or between start() and stop()."""
    try:
        where, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))

    def getter():
        return _resolve_dotted(where)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


class _patch_dict(_PatchBase):
    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._before = None

    def copy(self):
        return _patch_dict(self.in_dict, self.values, self.clear)

    def _decorate_callable(self, func):
        if inspect.iscoroutinefunction(func):
            @_wraps_function(func)
            async def patched(*args, **kwargs):
                with self:
                    return await func(*args, **kwargs)
        else:
            @_wraps_function(func)
            def patched(*args, **kwargs):
                with self:
                    return func(*args, **kwargs)
        return patched

    def __enter__(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve_dotted(self.in_dict)
        target = self.in_dict
        try:
            self._before = target.copy()
        except AttributeError:
            self._before = {key: target[key] for key in target}
        if self.clear:
            _empty(target)
        try:
            target.update(self.values)
        except AttributeError:
            for key in self.values:
                target[key] = self.values[key]
        return target

    def __exit__(self, *exc_info):
        if self._before is None:
            return False
        target, before = self.in_dict, self._before
        self._before = None
        _empty(target)
        try:
            target.update(before)
        except AttributeError:
            for key in before:
                target[key] = before[key]
        return False


def _empty(mapping):
    try:
        mapping.clear()
    except AttributeError:
        for key in list(mapping):
            del mapping[key]


def _stop_all():
    while _active_patches:
        _active_patches[-1].stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _stop_all
patch.TEST_PREFIX = 'test'


# ---------------------------------------------------------------------------
# mock_open and seal

_file_names = []


def _file_spec():
    if not _file_names:
        _file_names.extend(sorted(set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO))))
    return _file_names


def mock_open(mock=None, read_data=''):
    """A mock standing in for open(): its handle reads from `read_data`, afresh
    on every call."""
    if mock is None:
        mock = MagicMock(name='open')
    handle = MagicMock(spec=_file_spec())
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    source = []

    def fresh_stream(*args, **kwargs):
        stream = io.BytesIO(read_data) if isinstance(read_data, bytes) \
            else io.StringIO(read_data)
        source[:] = [stream]
        return DEFAULT

    def reader(method):
        def read(*args, **kwargs):
            configured = getattr(handle, method).return_value
            if configured is not None:
                return configured
            return getattr(source[0], method)(*args, **kwargs)
        return read

    def lines():
        while True:
            line = source[0].readline()
            if not line:
                return
            yield line

    def next_line():
        line = source[0].readline()
        if not line:
            raise StopIteration
        return line

    fresh_stream()
    handle.read.side_effect = reader('read')
    handle.readline.side_effect = reader('readline')
    handle.readlines.side_effect = reader('readlines')
    handle.__iter__.side_effect = lines
    handle.__next__.side_effect = next_line
    mock.side_effect = fresh_stream
    mock.return_value = handle
    return mock


def seal(mock):
    """After seal(), looking up or calling for a new child raises AttributeError."""
    rec = _record(getattr(mock, 'mock', mock) if not _is_mock(mock) else mock)
    rec.sealed = True
    owner = mock if _is_mock(mock) else mock.mock
    for child in list(rec.children.values()) + [_stats(rec).return_value]:
        if _is_mock(child) and _record(child).link_parent is owner:
            seal(child)
