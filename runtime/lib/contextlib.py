"""contextlib: helpers for with-statement context managers, written here from the
library reference."""

import os
import sys
from abc import ABCMeta, abstractmethod
from functools import wraps

__all__ = sorted([
    'AbstractAsyncContextManager', 'AbstractContextManager', 'AsyncExitStack',
    'ContextDecorator', 'ExitStack', 'aclosing', 'asynccontextmanager', 'chdir', 'closing',
    'contextmanager', 'nullcontext', 'redirect_stderr', 'redirect_stdout', 'suppress'])

GenericAlias = type(list[int])
_FINISHED = object()


def _protocol_abc(name, enter, leave, make_methods):
    """One of the two abstract manager classes: a class counts as a virtual subclass
    when its MRO defines both protocol methods (None blocks)."""
    def check(abc, candidate):
        if abc is not manager_abc:
            return NotImplemented
        for method in (enter, leave):
            owner = next((k for k in candidate.__mro__ if method in k.__dict__), None)
            if owner is None or owner.__dict__[method] is None:
                return NotImplemented
        return True
    body = make_methods()
    body.update(__slots__=(), __subclasshook__=classmethod(check),
                __class_getitem__=classmethod(GenericAlias), __module__=__name__)
    manager_abc = ABCMeta(name, (), body)
    return manager_abc


def _sync_protocol():
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None
    return {'__enter__': __enter__, '__exit__': abstractmethod(__exit__)}


def _async_protocol():
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None
    return {'__aenter__': __aenter__, '__aexit__': abstractmethod(__aexit__)}


AbstractContextManager = _protocol_abc('AbstractContextManager', '__enter__', '__exit__',
                                       _sync_protocol)
AbstractAsyncContextManager = _protocol_abc('AbstractAsyncContextManager', '__aenter__',
                                            '__aexit__', _async_protocol)


# ---- decorators made from context managers ---------------------------------------------

class ContextDecorator:
    """Mixin: an instance used as a decorator runs each call of the function inside itself."""

    def _fresh(self):
        # the manager to use for one decorated call; one-shot managers make a new one
        return self

    def __call__(self, func):
        @wraps(func)
        def run_inside(*args, **kwds):
            with self._fresh():
                return func(*args, **kwds)
        return run_inside


class AsyncContextDecorator:
    """Mixin: like ContextDecorator, for coroutine functions and async managers."""

    def _fresh(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def run_inside(*args, **kwds):
            async with self._fresh():
                return await func(*args, **kwds)
        return run_inside


def _verdict(raised, value, traceback, finished, wrapped):
    """__exit__'s answer once `value` was thrown into the generator and `raised` came
    out: True/False, or None when `raised` is new and must propagate. `finished` is
    the exception a generator ends with; `wrapped` are the ones the interpreter turns
    into RuntimeError when they escape a generator."""
    if isinstance(raised, finished):
        # the generator caught the exception and ended: suppress it, unless what
        # ended it was the body's own exception coming back
        return raised is not value
    if raised is value:
        raised.__traceback__ = traceback
        return False
    if isinstance(raised, RuntimeError) and raised.__cause__ is value and isinstance(value, wrapped):
        value.__traceback__ = traceback
        return False
    return None


class _FromGenerator:
    """State shared by the sync and async generator-based managers: the generator
    function, its arguments (so a decorator can start it again), and the running one."""

    def __init__(self, func, args, kwds):
        self.func, self.args, self.kwds = func, args, kwds
        self.gen = func(*args, **kwds)
        own_doc = getattr(func, '__doc__', None)
        if own_doc is not None:
            self.__doc__ = own_doc

    def _fresh(self):
        return type(self)(self.func, self.args, self.kwds)


class _ManagerFromGenerator(_FromGenerator, AbstractContextManager, ContextDecorator):
    """What a @contextmanager function returns: runs the generator up to its yield on
    entry and resumes it (or throws the body's exception into it) on exit."""

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            if next(self.gen, _FINISHED) is not _FINISHED:
                raise RuntimeError("generator didn't stop")
            return False
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except BaseException as raised:
            verdict = _verdict(raised, value, traceback, StopIteration, StopIteration)
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncManagerFromGenerator(_FromGenerator, AbstractAsyncContextManager,
                                 AsyncContextDecorator):
    """What an @asynccontextmanager function returns (see _ManagerFromGenerator)."""

    async def __aenter__(self):
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except BaseException as raised:
            verdict = _verdict(raised, value, traceback, StopAsyncIteration,
                               (StopIteration, StopAsyncIteration))
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    @wraps(func)
    def make_manager(*args, **kwds):
        return _ManagerFromGenerator(func, args, kwds)
    return make_manager


def asynccontextmanager(func):
    @wraps(func)
    def make_manager(*args, **kwds):
        return _AsyncManagerFromGenerator(func, args, kwds)
    return make_manager


# ---- small managers --------------------------------------------------------------------

class closing(AbstractContextManager):
    """Hands out `thing` and calls its close() on the way out."""

    def __init__(self, thing):
        self.thing = thing

    def __exit__(self, exc_type, exc, tb):
        self.thing.close()

    def __enter__(self):
        return self.thing


class aclosing(AbstractAsyncContextManager):
    """Hands out `thing` and awaits its aclose() on the way out."""

    def __init__(self, thing):
        self.thing = thing

    async def __aexit__(self, exc_type, exc, tb):
        await self.thing.aclose()

    async def __aenter__(self):
        return self.thing


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Does nothing; hands out enter_result. Usable with `with` and `async with`."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __exit__(self, exc_type, exc, tb):
        return None

    async def __aexit__(self, exc_type, exc, tb):
        return None

    def __enter__(self):
        return self.enter_result

    async def __aenter__(self):
        return self.enter_result


class suppress(AbstractContextManager):
    """Swallows the listed exception types (and their subclasses) raised in the body."""

    def __init__(self, *exceptions):
        self.exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        # True tells the with statement the exception was handled
        return issubclass(exc_type, self.exceptions)


class _StreamSwap(AbstractContextManager):
    """Points one sys stream elsewhere; reentrant, each entry restores what it replaced."""
    stream_name = None

    def __init__(self, new_target):
        self.new_target = new_target
        self.replaced = []

    def __enter__(self):
        self.replaced.append(getattr(sys, self.stream_name))
        setattr(sys, self.stream_name, self.new_target)
        return self.new_target

    def __exit__(self, *exc_info):
        setattr(sys, self.stream_name, self.replaced.pop())


class redirect_stdout(_StreamSwap):
    stream_name = 'stdout'


class redirect_stderr(_StreamSwap):
    stream_name = 'stderr'


class chdir(AbstractContextManager):
    def __init__(self, path):
        self.path = path
        self.previous = []

    def __enter__(self):
        self.previous.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *exc_info):
        os.chdir(self.previous.pop())


# ---- exit stacks -----------------------------------------------------------------------

def _describe(cls):
    return "'%s.%s' object" % (cls.__module__, cls.__qualname__)


def _exit_of_callback(callback, args, kwds):
    def run_callback(exc_type, exc, tb):
        callback(*args, **kwds)
    run_callback.__wrapped__ = callback
    return run_callback


def _relink_context(raised, previous, outside):
    """`raised` came out of an exit callback while `previous` was the pending exception:
    make `previous` appear in raised's __context__ chain, in place of whatever the
    interpreter linked (the chain is cut where it reaches the exception that was already
    being handled around the with statement)."""
    link = raised
    while True:
        ctx = link.__context__
        if ctx is None or ctx is previous:
            return
        if ctx is outside:
            break
        link = ctx
    link.__context__ = previous


def _raise_keeping_context(exc):
    # raising from here would make the exception being handled its __context__
    ctx = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = ctx
        raise


class _Unwinding:
    """One run of a stack's exit callbacks: what the next callback is given, whether
    the original exception was suppressed, and what must propagate at the end."""

    def __init__(self, exc_details):
        self.details = exc_details
        self.had_exception = exc_details[0] is not None
        self.outside = sys.exc_info()[1]
        self.suppressed = False
        self.pending = None

    def returned(self, outcome):
        if outcome:
            self.suppressed = True
            self.pending = None
            self.details = (None, None, None)

    def raised(self, exc):
        _relink_context(exc, self.details[1], self.outside)
        self.pending = exc
        self.details = (type(exc), exc, exc.__traceback__)

    def finish(self):
        if self.pending is not None:
            _raise_keeping_context(self.pending)
        return self.had_exception and self.suppressed


class _StackBase:
    def __init__(self):
        self._exits = []       # (is_async, exit function), run last-in first-out

    def pop_all(self):
        other = type(self)()
        other._exits, self._exits = self._exits, []
        return other

    def push(self, exit):
        bound_exit = getattr(type(exit), '__exit__', None)
        if bound_exit is None:
            self._exits.append((False, exit))
        else:
            self._exits.append((False, bound_exit.__get__(exit, type(exit))))
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__enter__
            leave = cls.__exit__
        except AttributeError:
            raise TypeError("%s does not support the context manager protocol"
                            % _describe(cls)) from None
        result = enter(cm)
        self._exits.append((False, leave.__get__(cm, cls)))
        return result

    def callback(self, callback, /, *args, **kwds):
        self._exits.append((False, _exit_of_callback(callback, args, kwds)))
        return callback


class ExitStack(_StackBase, AbstractContextManager):
    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        unwind = _Unwinding(exc_details)
        while self._exits:
            is_async, exit = self._exits.pop()
            try:
                unwind.returned(exit(*unwind.details))
            except BaseException as raised:
                unwind.raised(raised)
        return unwind.finish()

    def close(self):
        self.__exit__(None, None, None)


class AsyncExitStack(_StackBase, AbstractAsyncContextManager):
    async def enter_async_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            leave = cls.__aexit__
        except AttributeError:
            raise TypeError("%s does not support the asynchronous context manager protocol"
                            % _describe(cls)) from None
        result = await enter(cm)
        self._exits.append((True, leave.__get__(cm, cls)))
        return result

    def push_async_exit(self, exit):
        bound_exit = getattr(type(exit), '__aexit__', None)
        if bound_exit is None:
            self._exits.append((True, exit))
        else:
            self._exits.append((True, bound_exit.__get__(exit, type(exit))))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        async def run_callback(exc_type, exc, tb):
            await callback(*args, **kwds)
        run_callback.__wrapped__ = callback
        self._exits.append((True, run_callback))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        unwind = _Unwinding(exc_details)
        while self._exits:
            is_async, exit = self._exits.pop()
            try:
                outcome = exit(*unwind.details)
                unwind.returned(await outcome if is_async else outcome)
            except BaseException as raised:
                unwind.raised(raised)
        return unwind.finish()
