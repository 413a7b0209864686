"""Names for the interpreter's built-in types, plus dynamic class creation helpers
(new_class, prepare_class, resolve_bases), DynamicClassAttribute and coroutine().

Written for Spry from the types documentation: each type is fetched from an object
that has it, so nothing here needs C support of its own.
"""

import sys

__all__ = [
    'FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
    'CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType',
    'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType',
    'MethodWrapperType', 'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
    'TracebackType', 'FrameType', 'GetSetDescriptorType', 'MemberDescriptorType',
    'new_class', 'resolve_bases', 'prepare_class', 'DynamicClassAttribute', 'coroutine',
    'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType', 'NotImplementedType',
]


def _sample_function():
    pass


def _sample_closure():
    captured = None

    def inner():
        return captured
    return inner.__closure__[0]


def _sample_generator():
    yield 1


async def _sample_coroutine():
    pass


async def _sample_async_generator():
    yield 1


class _Sample:
    __slots__ = ('slot',)  # a slot's descriptor is a member descriptor

    def method(self):
        pass


def _sample_traceback():
    try:
        raise TypeError
    except TypeError as exc:
        return exc.__traceback__


ModuleType = type(sys)
SimpleNamespace = type(sys.implementation)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
MappingProxyType = type(object.__dict__)
FunctionType = LambdaType = type(_sample_function)
CodeType = type(_sample_function.__code__)
CellType = type(_sample_closure())
MethodType = type(_Sample().method)
GeneratorType = type(_sample_generator())
AsyncGeneratorType = type(_sample_async_generator())

_coro = _sample_coroutine()
CoroutineType = type(_coro)
_coro.close()  # never awaited: closing it avoids the "never awaited" warning
del _coro

BuiltinFunctionType = BuiltinMethodType = type(sys.intern)
WrapperDescriptorType = type(object.__dict__['__repr__'])
MethodWrapperType = type((0.5).__add__)
MethodDescriptorType = type(list.append)
ClassMethodDescriptorType = type(bytes.__dict__['fromhex'])
GetSetDescriptorType = type(FunctionType.__dict__['__code__'])
MemberDescriptorType = type(_Sample.__dict__['slot'])
TracebackType = type(_sample_traceback())
FrameType = type(_sample_traceback().tb_frame)
GenericAlias = type(tuple[str])
UnionType = type(bytes | None)

del _sample_function, _sample_closure, _sample_generator, _sample_coroutine
del _sample_async_generator, _Sample, _sample_traceback


# ---- dynamic class creation -----------------------------------------------------------------

def resolve_bases(bases):
    """Replaces every base that defines __mro_entries__ by the classes it returns (PEP 560).
    Returns bases itself when nothing changed."""
    resolved = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            resolved.append(base)
            continue
        entries_of = getattr(base, '__mro_entries__', None)
        if entries_of is None:
            resolved.append(base)
            continue
        entries = entries_of(bases)
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        resolved.extend(entries)
        changed = True
    return tuple(resolved) if changed else bases


def _winning_metaclass(meta, bases):
    """The most derived of meta and the bases' metaclasses; all must lie on one line."""
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if issubclass(candidate, winner):
            winner = candidate
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Picks the metaclass and makes the class namespace, as a class statement would.
    Returns (metaclass, namespace, remaining keywords)."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _winning_metaclass(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class the way a class statement does; exec_body(ns) fills its namespace."""
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, resolved, namespace, **kwds)


# ---- DynamicClassAttribute ------------------------------------------------------------------

class DynamicClassAttribute:
    """A property on instances; on the class itself, lookup raises AttributeError so the
    metaclass's __getattr__ can answer instead (how Enum members get name/value)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        # Without an explicit doc the getter's docstring is used, and getter() may
        # replace it later.
        self.overwrite_doc = doc is None
        self.__doc__ = getattr(fget, '__doc__', None) if doc is None else doc
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            read = self.fget
            if read is None:
                raise AttributeError('unreadable attribute')
            return read(instance)
        if self.__isabstractmethod__:
            return self
        raise AttributeError()  # on the class: defer to the metaclass's __getattr__

    def __set__(self, instance, value):
        write = self.fset
        if write is None:
            raise AttributeError("can't set attribute")
        write(instance, value)

    def __delete__(self, instance):
        remove = self.fdel
        if remove is None:
            raise AttributeError("can't delete attribute")
        remove(instance)

    def _copy_with(self, fget, fset, fdel):
        doc = fget.__doc__ if self.overwrite_doc and fget is not None else self.__doc__
        made = type(self)(fget, fset, fdel, doc)
        made.overwrite_doc = self.overwrite_doc
        return made

    def getter(self, fget):
        return self._copy_with(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._copy_with(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy_with(self.fget, self.fset, fdel)


# ---- coroutine ------------------------------------------------------------------------------

_GENERATOR = 0x20
_COROUTINE = 0x80
_ITERABLE_COROUTINE = 0x100


class _AwaitableGenerator:
    """Presents a generator returned by a @coroutine-decorated non-generator function as
    an awaitable, keeping the generator's own interface."""

    def __init__(self, gen):
        self._gen = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()

    def __next__(self):
        return next(self._gen)

    def __iter__(self):
        return self._gen

    __await__ = __iter__

    @property
    def gi_code(self):
        return self._gen.gi_code

    @property
    def gi_frame(self):
        return self._gen.gi_frame

    @property
    def gi_running(self):
        return self._gen.gi_running

    @property
    def gi_yieldfrom(self):
        return self._gen.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running

    @property
    def cr_await(self):
        return self._gen.gi_yieldfrom


def coroutine(func):
    """Makes a generator function usable with await (a generator-based coroutine)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if type(func) is FunctionType and isinstance(code, CodeType):
        if code.co_flags & (_COROUTINE | _ITERABLE_COROUTINE):
            return func
        if code.co_flags & _GENERATOR:
            func.__code__ = code.replace(co_flags=code.co_flags | _ITERABLE_COROUTINE)
            return func

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType or (
                type(result) is GeneratorType and
                result.gi_code.co_flags & _ITERABLE_COROUTINE):
            return result
        if type(result) is GeneratorType:
            return _AwaitableGenerator(result)
        return result
    return wrapped
