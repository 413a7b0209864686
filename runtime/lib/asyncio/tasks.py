"""Tasks, and the ways to combine awaitables: gather, wait, wait_for, as_completed, shield."""

import collections
import collections.abc
import sys
import types

import _asyncio

from . import coroutines, events, exceptions, futures

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'run_coroutine_threadsafe', 'current_task', 'all_tasks',
           '_register_task', '_unregister_task', '_enter_task', '_leave_task')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_RETURN_WHEN_CHOICES = (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)

# The task type is C (runtime/modules/asyncio_task.c). Every task adds itself to the weak
# set _all_tasks, and while it runs a step it is _current_tasks[its loop]; both live in
# _asyncio so the C side reaches them without importing this module.
Task = _asyncio.Task
_all_tasks = _asyncio._all_tasks
_current_tasks = _asyncio._current_tasks


# -- the registry third-party loops and task types use -----------------------------------

def _register_task(task):
    _all_tasks.add(task)


def _unregister_task(task):
    _all_tasks.discard(task)


def _enter_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another task "
                           f"{running!r} is being executed.")
    _current_tasks[loop] = task


def _leave_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match the current task "
                           f"{running!r}.")
    del _current_tasks[loop]


def current_task(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    # Another thread's garbage collection can shrink the weak set while it is copied;
    # copying again is enough, the next attempt almost surely succeeds.
    for _attempt in range(1000):
        try:
            snapshot = list(_all_tasks)
        except RuntimeError:
            continue
        break
    else:
        snapshot = []
    return {task for task in snapshot
            if futures._get_loop(task) is loop and not task.done()}


# -- making tasks ---------------------------------------------------------------------------

def _name_task(task, name):
    """Gives a task made by a loop's factory the name its creator asked for."""
    if name is None:
        return
    try:
        rename = task.set_name
    except AttributeError:
        import warnings
        warnings.warn("Task.set_name() was added in Python 3.8, the method support will "
                      "be mandatory for third-party task implementations since 3.13.",
                      DeprecationWarning, stacklevel=3)
    else:
        rename(name)


def create_task(coro, *, name=None, context=None):
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _name_task(task, name)
    return task


def _is_awaitable(obj):
    if isinstance(obj, types.GeneratorType):
        return bool(obj.gi_code.co_flags & 0x100)     # CO_ITERABLE_COROUTINE
    return isinstance(obj, collections.abc.Awaitable)


async def _await_it(awaitable):
    # A coroutine around any awaitable, so a Task can drive it.
    return await awaitable


def _future_for(obj, loop):
    """obj itself if it is a future, else a task running it on loop (or the current loop)."""
    if futures.isfuture(obj):
        if loop is not None and loop is not futures._get_loop(obj):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return obj
    if not coroutines.iscoroutine(obj):
        if not _is_awaitable(obj):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        obj = _await_it(obj)
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(obj)


def ensure_future(coro_or_future, *, loop=None):
    return _future_for(coro_or_future, loop)


# -- sleeping -------------------------------------------------------------------------------

@types.coroutine
def _yield_once():
    # A bare yield: the task steps again on the loop's next round.
    yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _yield_once()
        return result
    loop = events.get_running_loop()
    alarm = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, alarm, result)
    try:
        return await alarm
    finally:
        timer.cancel()


# -- gather ---------------------------------------------------------------------------------

class _GatheringFuture(futures.Future):
    """What gather() returns: cancelling it cancels every awaitable it gathers."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._parts = children
        self._cancel_asked = False

    def cancel(self, msg=None):
        if self.done():
            return False
        any_cancelled = False
        for part in self._parts:
            if part.cancel(msg=msg):
                any_cancelled = True
        if any_cancelled:
            self._cancel_asked = True
        return any_cancelled


def _outcome(fut):
    """A finished future's result, or its exception, as gather(return_exceptions=True) lists it."""
    if fut.cancelled():
        msg = getattr(fut, '_cancel_message', None)
        return exceptions.CancelledError('' if msg is None else msg)
    exc = fut.exception()
    return fut.result() if exc is None else exc


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        empty = events.get_event_loop().create_future()
        empty.set_result([])
        return empty

    loop = None
    part_of = {}          # argument -> its future: an awaitable passed twice runs once
    parts = []
    for arg in coros_or_futures:
        part = part_of.get(arg)
        if part is None:
            part = _future_for(arg, loop)
            loop = futures._get_loop(part)
            if part is not arg:
                # A task made here is awaited only through the gathering future, so the
                # caller could not have kept it from being dropped while pending.
                part._log_destroy_pending = False
            part_of[arg] = part
        parts.append(part)

    outer = _GatheringFuture(parts, loop=loop)
    unfinished = len(part_of)

    def part_finished(part):
        nonlocal unfinished
        unfinished -= 1
        if outer.done():
            if not part.cancelled():
                part.exception()      # the outcome is decided: nobody else will look at it
            return
        if not return_exceptions:
            if part.cancelled():
                outer.set_exception(part._make_cancelled_error())
                return
            exc = part.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if unfinished:
            return
        if outer._cancel_asked:
            # Cancelling the outer future succeeded, even if a child swallowed it.
            outer.set_exception(part._make_cancelled_error())
        else:
            outer.set_result([_outcome(p) for p in parts])

    for part in part_of.values():
        part.add_done_callback(part_finished)
    return outer


# -- shield ---------------------------------------------------------------------------------

def shield(arg):
    inner = _future_for(arg, None)
    if inner.done():
        return inner
    outer = futures._get_loop(inner).create_future()

    def inner_finished(_):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()     # whoever cancelled the outer no longer wants it
            return
        if inner.cancelled():
            outer.cancel()
            return
        exc = inner.exception()
        if exc is None:
            outer.set_result(inner.result())
        else:
            outer.set_exception(exc)

    def outer_finished(_):
        if not inner.done():
            inner.remove_done_callback(inner_finished)

    inner.add_done_callback(inner_finished)
    outer.add_done_callback(outer_finished)
    return outer


# -- waiting --------------------------------------------------------------------------------

def _wake(waiter, *_ignored):
    if not waiter.done():
        waiter.set_result(None)


def _reject_single(fs, what):
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect {what} of futures, not {type(fs).__name__}')


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    _reject_single(fs, 'a list')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in _RETURN_WHEN_CHOICES:
        raise ValueError(f'Invalid return_when value: {return_when}')
    members = set(fs)
    if any(coroutines.iscoroutine(m) for m in members):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()

    woken = loop.create_future()
    left = len(members)

    def member_finished(member):
        nonlocal left
        left -= 1
        if woken.done():
            return
        if (left == 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not member.cancelled()
                    and member.exception() is not None)):
            woken.set_result(None)

    # Done callbacks of members already finished run on the next round, so wait() always
    # lets the loop turn once, as CPython's does.
    timer = None if timeout is None else loop.call_later(timeout, _wake, woken)
    for member in members:
        member.add_done_callback(member_finished)
    try:
        await woken
    finally:
        if timer is not None:
            timer.cancel()
        for member in members:
            member.remove_done_callback(member_finished)
    done = {m for m in members if m.done()}
    return done, members - done


async def _cancel_and_settle(fut, loop):
    """Cancels fut and returns once it is done (a task may take steps to unwind)."""
    settled = loop.create_future()
    fut.add_done_callback(settled_cb := lambda _: _wake(settled))
    try:
        fut.cancel()
        await settled
    finally:
        fut.remove_done_callback(settled_cb)


def _result_or_timeout(fut):
    try:
        return fut.result()
    except exceptions.CancelledError as cancelled:
        raise exceptions.TimeoutError() from cancelled


async def wait_for(fut, timeout):
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    fut = _future_for(fut, loop)

    if timeout <= 0:
        if not fut.done():
            await _cancel_and_settle(fut, loop)
        return _result_or_timeout(fut)

    woken = loop.create_future()
    timer = loop.call_later(timeout, _wake, woken)
    wake_on_done = lambda _: _wake(woken)
    fut.add_done_callback(wake_on_done)
    try:
        try:
            await woken
        except exceptions.CancelledError:
            # We were cancelled. If fut finished meanwhile its outcome wins; otherwise
            # it is cancelled too, and waited for, before the cancellation goes on.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(wake_on_done)
            await _cancel_and_settle(fut, loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(wake_on_done)
        # Out of time: fut must not run on after we return, so wait for its end.
        await _cancel_and_settle(fut, loop)
        return _result_or_timeout(fut)
    finally:
        timer.cancel()


def as_completed(fs, *, timeout=None):
    _reject_single(fs, 'an iterable')
    loop = events.get_event_loop()
    unfinished = {_future_for(f, loop) for f in set(fs)}
    arrivals = collections.deque()      # finished futures in order; None: out of time
    sleepers = collections.deque()      # futures of consumers waiting for an arrival
    timer = None

    def arrive(item):
        arrivals.append(item)
        while sleepers:
            sleeper = sleepers.popleft()
            if not sleeper.done():
                sleeper.set_result(None)
                return

    def member_finished(fut):
        if fut not in unfinished:
            return
        unfinished.discard(fut)
        arrive(fut)
        if not unfinished and timer is not None:
            timer.cancel()

    def out_of_time():
        for fut in unfinished:
            fut.remove_done_callback(member_finished)
            arrive(None)
        unfinished.clear()

    async def next_finished():
        while not arrivals:
            sleeper = loop.create_future()
            sleepers.append(sleeper)
            await sleeper
        fut = arrivals.popleft()
        if fut is None:
            raise exceptions.TimeoutError
        return fut.result()

    count = len(unfinished)
    for fut in unfinished:
        fut.add_done_callback(member_finished)
    if unfinished and timeout is not None:
        timer = loop.call_later(timeout, out_of_time)
    for _ in range(count):
        yield next_finished()


# -- from other threads ---------------------------------------------------------------------

def run_coroutine_threadsafe(coro, loop):
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    handle = concurrent.futures.Future()

    def mirror(task):
        # On the loop's thread: the task's outcome goes to the thread-side future.
        if task.cancelled():
            handle.cancel()
        if not handle.set_running_or_notify_cancel():
            return
        exc = task.exception()
        if exc is None:
            handle.set_result(task.result())
        else:
            handle.set_exception(exc)

    def cancel_from_thread(_):
        if handle.cancelled() and not loop.is_closed():
            loop.call_soon_threadsafe(task_box[0].cancel)

    task_box = []

    def start():
        try:
            task = _future_for(coro, loop)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if handle.set_running_or_notify_cancel():
                handle.set_exception(exc)
            raise
        task_box.append(task)
        task.add_done_callback(mirror)
        handle.add_done_callback(cancel_from_thread)

    loop.call_soon_threadsafe(start)
    return handle


# -- what the C Task asks of Python: its repr and its stack ----------------------------------

def _describe_coro(coro):
    name = (getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
            or f'<{type(coro).__name__} without __name__>')
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    if frame is not None:
        return f'{name}() running at {frame.f_code.co_filename}:{frame.f_lineno}'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if code is not None:
        return f'{name}() done, defined at {code.co_filename}:{code.co_firstlineno}'
    return f'{name}()'


def _repr_of_task(task):
    words = futures._future_repr_info(task)
    if task.cancelling() and not task.done():
        words[0] = 'cancelling'
    words.insert(1, f'name={task.get_name()!r}')
    words.insert(2, f'coro=<{_describe_coro(task.get_coro())}>')
    waiting_on = task._fut_waiter
    if waiting_on is not None:
        # after the state, name and coroutine; a pending task has no result to show
        words.insert(3, f'wait_for={waiting_on!r}')
    return '<{} {}>'.format(type(task).__name__, ' '.join(words))


def _frames_of_task(task, limit=None):
    coro = task.get_coro()
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    budget = sys.maxsize if limit is None else limit
    frames = []
    if frame is not None:
        # a live coroutine: its newest frames, listed oldest first
        while frame is not None and len(frames) < budget:
            frames.append(frame)
            frame = frame.f_back
        frames.reverse()
        return frames
    exc = task._exception
    tb = exc.__traceback__ if exc is not None else None
    # a task that failed: the oldest frames of its traceback
    while tb is not None and len(frames) < budget:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    return frames


def _print_task_frames(task, limit=None, file=None):
    import linecache
    import traceback
    out = sys.stderr if file is None else file
    frames = _frames_of_task(task, limit)
    exc = task._exception
    if not frames:
        print(f'No stack for {task!r}', file=out)
    else:
        kind = 'Traceback' if exc is not None else 'Stack'
        print(f'{kind} for {task!r} (most recent call last):', file=out)
        entries = []
        for frame in frames:
            code = frame.f_code
            linecache.checkcache(code.co_filename)
            line = linecache.getline(code.co_filename, frame.f_lineno, frame.f_globals)
            entries.append(traceback.FrameSummary(code.co_filename, frame.f_lineno,
                                                  code.co_name, line=line))
        traceback.print_list(entries, file=out)
    if exc is not None:
        for text in traceback.format_exception_only(exc):
            print(text, file=out, end='')
