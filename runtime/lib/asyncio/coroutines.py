"""Recognising coroutines and coroutine functions."""

import collections.abc
import functools
import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

_is_coroutine = object()
_CO_COROUTINE = 0x80


def iscoroutinefunction(func):
    """True for an `async def` function (or one marked by the old decorator)."""
    # only real partials are unwrapped: a mock has every attribute, `func` included
    while isinstance(func, functools.partial):
        func = func.func
    func = getattr(func, '__func__', func)                   # bound methods
    code = getattr(func, '__code__', None)
    if code is not None and code.co_flags & _CO_COROUTINE:
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine


# Generators count: the old generator-based coroutines (@types.coroutine) are generators.
_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType, collections.abc.Coroutine)


def iscoroutine(obj):
    """True for a coroutine object (a generator, or anything implementing the Coroutine ABC)."""
    return isinstance(obj, _COROUTINE_TYPES)
