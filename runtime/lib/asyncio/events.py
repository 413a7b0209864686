"""Event loop: handles, the selector-less loop, and the current-loop registry."""

import collections
import contextvars
import heapq
import os
import sys
import time

import _asyncio

from . import exceptions
from .log import logger
from .selector_events import _SelectorMixin

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'BaseEventLoop',
           'get_event_loop', 'set_event_loop', 'new_event_loop',
           'get_running_loop', '_get_running_loop', 'get_event_loop_policy',
           'set_event_loop_policy', 'AbstractEventLoopPolicy',
           'DefaultEventLoopPolicy')

# The longest a single wait may block; long sleeps are split into such waits.
_MAX_WAIT = 24 * 3600


def _call_text(args, kwargs):
    """'(a, b, k=v)' with each value shortened by reprlib, as asyncio's reprs show calls."""
    import reprlib
    parts = [reprlib.repr(a) for a in args or ()]
    parts += [f'{k}={reprlib.repr(v)}' for k, v in (kwargs or {}).items()]
    return '(' + ', '.join(parts) + ')'


def _callback_source(func):
    """(filename, first line) of the Python function behind func, or None."""
    import functools
    import inspect
    func = inspect.unwrap(func)
    if inspect.isfunction(func):
        return func.__code__.co_filename, func.__code__.co_firstlineno
    if isinstance(func, (functools.partial, functools.partialmethod)):
        return _callback_source(func.func)
    return None


def _callback_name(callback, args=()):
    """A callback and its arguments described for reprs and error messages:
    'name(args) at file:line'; a partial shows its own arguments, then the call's."""
    import functools
    func, kwargs, suffix = callback, None, ''
    while isinstance(func, functools.partial):
        suffix = _call_text(args, kwargs) + suffix
        func, args, kwargs = func.func, func.args, func.keywords
    name = (getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
            or repr(func))
    text = name + _call_text(args, kwargs) + suffix
    source = _callback_source(callback)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


# Handle (loop.call_soon's result) is C, in _asyncio; its repr and the report of a
# callback that raised are these helpers.
def _handle_repr_info(handle):
    info = [type(handle).__name__]
    if handle._cancelled:
        info.append('cancelled')
    if handle._callback is not None:
        info.append(_callback_name(handle._callback, handle._args))
    return info


def _handle_repr(handle):
    return '<{}>'.format(' '.join(handle._repr_info()))


def _handle_report(handle, exc):
    """Hands the exception the callback raised to the loop's exception handler."""
    handle._loop.call_exception_handler({
        'message': f'Exception in callback {_callback_name(handle._callback, handle._args)}',
        'exception': exc,
        'handle': handle,
    })


Handle = _asyncio.Handle


class TimerHandle(Handle):
    """A Handle due at a loop time; ordered by that time in the timer heap."""

    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled and
                    self._when == other._when)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractEventLoop:
    """The event loop interface; BaseEventLoop is the implementation."""

    def run_forever(self):
        raise NotImplementedError

    def run_until_complete(self, future):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError

    def is_running(self):
        raise NotImplementedError

    def is_closed(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError


class BaseEventLoop(_SelectorMixin, AbstractEventLoop):
    """A loop running ready callbacks FIFO and timers by due time.

    Once something asked for I/O readiness (add_reader, sock_*, streams) the loop
    waits in a selector (selector_events); until then it waits for timers and polls
    for callbacks added from other threads."""

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._thread_id = None
        self._exception_handler = None
        self._debug = False
        self._clock_resolution = time.get_clock_info('monotonic').resolution \
            if hasattr(time, 'get_clock_info') else 1e-09
        self._default_executor = None
        self._executor_shutdown_called = False
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._task_factory = None
        self.slow_callback_duration = 0.1

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- creating futures and tasks
    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._name_task(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running
    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._thread_id = _thread_ident()
        old_hooks = _install_asyncgen_hooks(self)
        self._running = True
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            self._thread_id = None
            _set_running_loop(None)
            _restore_asyncgen_hooks(old_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_stop_loop_when_done)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()     # the caller sees it: don't log it
            raise
        finally:
            future.remove_done_callback(_stop_loop_when_done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        self._close_selector()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def time(self):
        return time.monotonic()

    # -- scheduling callbacks
    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        self._write_to_self()
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args,
                            context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _check_callback(self, callback, method):
        if (coroutines.iscoroutine(callback) or
                coroutines.iscoroutinefunction(callback)):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(
                f'a callable object was expected by {method}(), '
                f'got {callback!r}')

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _wait(self, timeout):
        """Block until `timeout` passes (None: until something is ready)."""
        if self._selector is not None:
            self._select(timeout)
            return
        if timeout is None:
            if not self._scheduled:
                # Nothing can ever become ready without I/O support.
                time.sleep(0.001)
            return
        if timeout > 0:
            # Wait on the wake-up socket, not in time.sleep: call_soon_threadsafe from
            # another thread must cut a long timer wait short. A handle queued before
            # the socket existed sent no wake-up byte, hence the check of _ready.
            self._ensure_selector()
            self._select(0 if self._ready else timeout)

    def _run_once(self):
        scheduled = self._scheduled
        # Drop cancelled timers: all of them when they are many, else the head.
        if len(scheduled) > 100 and self._timer_cancelled_count * 2 > len(scheduled):
            live = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    live.append(handle)
            heapq.heapify(live)
            self._scheduled = scheduled = live
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                heapq.heappop(scheduled)._scheduled = False

        ready = self._ready
        if ready or self._stopping:
            if self._selector is not None:     # else a zero wait does nothing
                self._wait(0)
        elif scheduled:
            self._wait(min(max(0, scheduled[0]._when - self.time()), _MAX_WAIT))
        else:
            self._wait(None)

        if scheduled:
            end_time = self.time() + self._clock_resolution
            while scheduled:
                handle = scheduled[0]
                if handle._when >= end_time:
                    break
                heapq.heappop(scheduled)
                handle._scheduled = False
                ready.append(handle)

        _asyncio._run_ready(ready)

    # -- executors
    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            if executor is None:
                if self._executor_shutdown_called:
                    raise RuntimeError('Executor shutdown has been called')
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is None:
            return
        self._default_executor = None
        executor.shutdown(wait=True)

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in closing],
                                     return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    def _asyncgen_firstiter_hook(self, agen):
        if not self._asyncgens_shutdown_called:
            self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(tasks.ensure_future, agen.aclose())

    # -- errors
    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        if exception is not None:
            exc_info = (type(exception), exception, exception.__traceback__)
        else:
            exc_info = False
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler',
                             exc_info=True)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler while '
                             'handling an unexpected error in custom '
                             'exception handler', exc_info=True)


# Futures and tasks (C) schedule their callbacks without a Python call when the loop's
# call_soon is this one.
_asyncio._stock_call_soon = BaseEventLoop.call_soon


def _stop_loop_when_done(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return      # run_forever() re-raises it: the loop stops anyway
    fut.get_loop().stop()


def _thread_ident():
    try:
        import threading
    except ImportError:
        return None
    return threading.get_ident()


def _install_asyncgen_hooks(loop):
    get_hooks = getattr(sys, 'get_asyncgen_hooks', None)
    if get_hooks is None:
        return None
    old = get_hooks()
    sys.set_asyncgen_hooks(firstiter=loop._asyncgen_firstiter_hook,
                           finalizer=loop._asyncgen_finalizer_hook)
    return old


def _restore_asyncgen_hooks(old):
    if old is not None:
        sys.set_asyncgen_hooks(*old)


# -- the running loop and the policy

class _RunningLoop:
    loop = None
    pid = None


_running_loop = _RunningLoop()


def _get_running_loop():
    loop = _running_loop.loop
    if loop is not None and _running_loop.pid == os.getpid():
        return loop
    return None


def _set_running_loop(loop):
    _running_loop.pid = os.getpid()
    _running_loop.loop = loop


def get_running_loop():
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


class AbstractEventLoopPolicy:
    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One current loop, created on demand by get_event_loop()."""

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError('There is no current event loop in thread '
                               "'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop "
                            f"or None, not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return BaseEventLoop()


class _PolicyHolder:
    policy = None


_policy = _PolicyHolder()


def get_event_loop_policy():
    if _policy.policy is None:
        _policy.policy = DefaultEventLoopPolicy()
    return _policy.policy


def set_event_loop_policy(policy):
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy "
                        f"or None, not '{type(policy).__name__}'")
    _policy.policy = policy


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


_get_event_loop = get_event_loop


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


# Imported last: these modules import this one (the loop's hot paths use them).
from . import coroutines, futures, tasks    # noqa: E402
