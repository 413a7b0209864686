"""Threads and the synchronization objects built on _thread's locks.

Written here from the documented behaviour of CPython 3.11's threading module."""

import functools
import sys as _sys
import _thread
from collections import deque as _deque
from itertools import count as _count_from
from time import monotonic as _now

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'setprofile', 'settrace', 'local', 'stack_size', 'excepthook',
           'ExceptHookArgs', 'gettrace', 'getprofile', 'get_native_id']

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock
local = _thread._local
_allocate_lock = _thread.allocate_lock


def _deprecated(old, advice):
    import warnings
    warnings.warn(f'{old}() is deprecated, {advice}', DeprecationWarning, stacklevel=3)


def RLock(*args, **kwargs):
    """A reentrant lock: the owning thread may acquire it again; it must release it as
    many times as it acquired it."""
    return _thread.RLock(*args, **kwargs)


# ---- hooks installed in every thread started from here ----------------------------------

_trace_fn = None
_profile_fn = None


def settrace(func):
    """Installs func with sys.settrace() in every thread started afterwards."""
    global _trace_fn
    _trace_fn = func


def gettrace():
    return _trace_fn


def setprofile(func):
    """Installs func with sys.setprofile() in every thread started afterwards."""
    global _profile_fn
    _profile_fn = func


def getprofile():
    return _profile_fn


# ---- Condition ---------------------------------------------------------------------------

class Condition:
    """Lets threads sleep until another thread, holding the same lock, notifies them.

    Each sleeping thread blocks on a private lock of its own, queued in arrival order;
    notify() releases the oldest ones."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._sleepers = _deque()
        # An RLock can report ownership and drop every level of recursion at once; a
        # plain lock is probed and released once.
        if hasattr(lock, '_is_owned'):
            self._held_here = lock._is_owned
        if hasattr(lock, '_release_save'):
            self._drop = lock._release_save
            self._retake = lock._acquire_restore

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return f"<Condition({self._lock!r}, {len(self._sleepers)})>"

    def _held_here(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _drop(self):
        self._lock.release()

    def _retake(self, saved):
        self._lock.acquire()

    def wait(self, timeout=None):
        """Releases the lock, sleeps until notified or timed out, takes the lock back.
        Returns False only when the timeout expired."""
        if not self._held_here():
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _allocate_lock()
        gate.acquire()
        self._sleepers.append(gate)
        saved = self._drop()
        woken = False
        try:
            if timeout is None:
                woken = gate.acquire()
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._retake(saved)
            if not woken:
                try:
                    self._sleepers.remove(gate)
                except ValueError:
                    pass  # a notify() took it just as the wait timed out

    def wait_for(self, predicate, timeout=None):
        """Waits until predicate() is true (or the timeout expires); returns its last value."""
        deadline = None
        outcome = predicate()
        while not outcome:
            if timeout is None:
                self.wait()
            else:
                if deadline is None:
                    deadline = _now() + timeout
                left = deadline - _now()
                if left <= 0:
                    break
                self.wait(left)
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wakes up to n threads waiting on this condition (the lock must be held)."""
        if not self._held_here():
            raise RuntimeError("cannot notify on un-acquired lock")
        sleepers = self._sleepers
        while n > 0 and sleepers:
            sleepers.popleft().release()
            n -= 1

    def notify_all(self):
        """Wakes every thread waiting on this condition (the lock must be held)."""
        self.notify(len(self._sleepers))

    def notifyAll(self):
        _deprecated('notifyAll', 'use notify_all() instead')
        self.notify_all()


# ---- Semaphores, Event, Barrier ----------------------------------------------------------

class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero, and release() raises."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        kind = type(self)
        return (f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: "
                f"value={self._value}>")

    def _positive(self):
        return self._value > 0

    def acquire(self, blocking=True, timeout=None):
        """Takes one unit; returns False if none came free in time (or at once, when
        blocking is false)."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if not self._value:
                if not blocking:
                    return False
                if not self._cond.wait_for(self._positive, timeout):
                    return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Gives back n units, waking as many waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *exc_info):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never rise above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._limit = value

    def __repr__(self):
        kind = type(self)
        return (f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: "
                f"value={self._value}/{self._limit}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._limit:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        kind = type(self)
        state = 'set' if self._flag else 'unset'
        return f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: {state}>"

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet', 'use is_set() instead')
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Blocks until the flag is set; returns False only when the timeout expired."""
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


# A Barrier cycles through these phases: threads arrive while FILLING; the last one
# switches to DRAINING and everyone leaves; the last to leave opens the next cycle.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 'filling', 'draining', 'resetting', 'broken'


class Barrier:
    """Blocks each caller of wait() until `parties` threads have called it."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._phase = _FILLING
        self._inside = 0

    def __repr__(self):
        kind = type(self)
        head = f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}"
        if self._phase == _BROKEN:
            return f"{head}: broken>"
        return f"{head}: waiters={self.n_waiting}/{self._parties}>"

    def _not_emptying(self):
        return self._phase not in (_DRAINING, _RESETTING)

    def _tripped(self):
        return self._phase != _FILLING

    def wait(self, timeout=None):
        """Waits for the other parties; returns this thread's arrival index."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Threads of the previous cycle must all be gone before this one fills.
            self._cond.wait_for(self._not_emptying)
            if self._phase == _BROKEN:
                raise BrokenBarrierError
            index = self._inside
            self._inside += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return index
            finally:
                self._inside -= 1
                if not self._inside and self._phase in (_DRAINING, _RESETTING):
                    self._phase = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action is not None:
                self._action()
        except BaseException:
            self._break()
            raise
        self._phase = _DRAINING
        self._cond.notify_all()

    def _await_trip(self, timeout):
        if not self._cond.wait_for(self._tripped, timeout):
            self._break()
            raise BrokenBarrierError
        if self._phase in (_BROKEN, _RESETTING):
            raise BrokenBarrierError

    def _break(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    def reset(self):
        """Returns the barrier to its initial state; current waiters get BrokenBarrierError."""
        with self._cond:
            if not self._inside:
                self._phase = _FILLING
            elif self._phase in (_FILLING, _BROKEN):
                self._phase = _RESETTING
            self._cond.notify_all()

    def abort(self):
        """Breaks the barrier: current and future waiters get BrokenBarrierError."""
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._inside if self._phase == _FILLING else 0

    @property
    def broken(self):
        return self._phase == _BROKEN


# ---- the thread registry -----------------------------------------------------------------

_registry_lock = _allocate_lock()
_running = {}           # ident -> Thread, for threads that have begun to run
_starting = {}          # Thread -> Thread, between start() and the thread's first step
_thread_numbers = _count_from(1).__next__
_exit_calls = []        # _register_atexit() callbacks
_exiting = False


def _next_name(pattern='Thread-%d'):
    return pattern % _thread_numbers()


class _ExceptHookArgs(tuple):
    __module__ = '_thread'

    def __new__(cls, fields):
        fields = tuple(fields)
        if len(fields) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence "
                            f"({len(fields)}-sequence given)")
        return super().__new__(cls, fields)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, "
                "thread=%r)" % self)


ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Reports an exception that escaped a thread's run() on sys.stderr."""
    if args.exc_type is SystemExit:
        return  # a thread may end itself with sys.exit(), silently
    stream = _sys.stderr
    if stream is None and args.thread is not None:
        stream = args.thread._stderr_at_init  # the stream in place when it was made
    if stream is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    stream.write(f"Exception in thread {name}:\n")
    stream.flush()
    from traceback import print_exception
    print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stream)
    stream.flush()


__excepthook__ = excepthook


class Thread:
    """A thread of control: start() runs run() (by default, target(*args, **kwargs)) in a
    new OS thread."""

    _made = False  # set by __init__; guards subclasses that forget to call it

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        if name is None:
            name = _next_name()
            label = getattr(target, '__name__', None) if target is not None else None
            if label is not None:
                name += f" ({label})"
        self._name = str(name)
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemon = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._launched = Event()
        self._done = False
        self._done_lock = None  # released by the runtime once the OS thread has ended
        self._stderr_at_init = _sys.stderr
        self._made = True

    def __repr__(self):
        assert self._made, "Thread.__init__() was not called"
        if self._launched.is_set():
            state = 'started' if self.is_alive() else 'stopped'
        else:
            state = 'initial'
        if self._daemon:
            state += ' daemon'
        if self._ident is not None:
            state += f' {self._ident}'
        return f"<{type(self).__name__}({self._name}, {state})>"

    def start(self):
        """Starts the thread; may be called once."""
        if not self._made:
            raise RuntimeError("thread.__init__() not called")
        if self._launched.is_set():
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _starting[self] = self
        try:
            _thread.start_new_thread(self._thread_main, ())
        except Exception:
            with _registry_lock:
                _starting.pop(self, None)
            raise
        self._launched.wait()

    def run(self):
        """The thread's work: calls the target given to the constructor."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # The thread object may outlive the call by far: drop what it referenced.
            del self._target, self._args, self._kwargs

    def _thread_main(self):
        # The first and last Python code the new OS thread runs.
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            self._done_lock = _thread._set_sentinel()
            with _registry_lock:
                _running[self._ident] = self
                _starting.pop(self, None)
            self._launched.set()
            if _trace_fn is not None:
                _sys.settrace(_trace_fn)
            if _profile_fn is not None:
                _sys.setprofile(_profile_fn)
            try:
                self.run()
            except BaseException:
                self._report_uncaught()
        finally:
            with _registry_lock:
                _running.pop(get_ident(), None)

    def _report_uncaught(self):
        # Hands the exception to threading.excepthook (as set now); if that fails too,
        # sys.excepthook reports the hook's own error.
        info = _sys.exc_info()
        try:
            excepthook(ExceptHookArgs((*info, self)))
        except BaseException as hook_error:
            hook_error.__suppress_context__ = True  # the thread's own error was reported
            stream = _sys.stderr if _sys.stderr is not None else self._stderr_at_init
            if stream is not None:
                stream.write("Exception in threading.excepthook:\n")
                stream.flush()
            _sys.excepthook(type(hook_error), hook_error, hook_error.__traceback__)
        finally:
            info = None

    def _await_end(self, timeout):
        # Waits (timeout < 0: forever) for the OS thread to end; True once it has.
        if self._done:
            return True
        gate = self._done_lock
        if gate is None:
            return False
        if timeout == 0:
            ended = gate.acquire(False)
        else:
            ended = gate.acquire(True, timeout)
        if ended:
            gate.release()
            self._done = True
        return ended

    def join(self, timeout=None):
        """Waits until the thread ends, or until timeout seconds have passed (check
        is_alive() to tell which)."""
        if not self._made:
            raise RuntimeError("Thread.__init__() not called")
        if not self._launched.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        self._await_end(-1 if timeout is None else max(timeout, 0))

    def is_alive(self):
        """True from the moment start() returns until run() has finished."""
        assert self._made, "Thread.__init__() not called"
        if self._done or not self._launched.is_set():
            return False
        return not self._await_end(0)

    @property
    def name(self):
        assert self._made, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, value):
        assert self._made, "Thread.__init__() not called"
        self._name = str(value)

    @property
    def ident(self):
        assert self._made, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._made, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._made, "Thread.__init__() not called"
        return self._daemon

    @daemon.setter
    def daemon(self, value):
        if not self._made:
            raise RuntimeError("Thread.__init__() not called")
        if self._launched.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemon = value

    def isDaemon(self):
        _deprecated('isDaemon', 'get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon', 'set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName', 'get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName', 'set the name attribute instead')
        self.name = name


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds, unless cancel()led first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stops the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        if not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    # The thread that imported threading (the program's main thread).  It ends, as far
    # as is_alive() and join() can tell, when _shutdown() runs at exit.
    def __init__(self):
        super().__init__(name='MainThread', daemon=False)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._done_lock = _allocate_lock()
        self._done_lock.acquire()
        self._launched.set()
        _running[self._ident] = self


class _DummyThread(Thread):
    # Stands for a thread started outside this module (_thread, C code): always alive,
    # daemonic, and never joinable.
    def __init__(self):
        super().__init__(name=_next_name('Dummy-%d'), daemon=True)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._launched.set()
        with _registry_lock:
            _running[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


def current_thread():
    """The Thread object of the calling thread (a dummy one for foreign threads)."""
    try:
        return _running[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread', 'use current_thread() instead')
    return current_thread()


def main_thread():
    """The main thread's Thread object."""
    return _main


def _all_threads():
    with _registry_lock:
        return list(_running.values()) + list(_starting.values())


def enumerate():
    """Every Thread alive now (started and not yet finished), dummy threads included."""
    return _all_threads()


def active_count():
    """How many Thread objects are alive now."""
    with _registry_lock:
        return len(_running) + len(_starting)


def activeCount():
    _deprecated('activeCount', 'use active_count() instead')
    return active_count()


def _register_atexit(func, *args, **kwargs):
    # For concurrent.futures: calls that must run at exit before non-daemon threads are
    # joined (so pools can tell their workers to stop).
    if _exiting:
        raise RuntimeError("can't register atexit after shutdown")
    _exit_calls.append(functools.partial(func, *args, **kwargs))


def _shutdown():
    # Called by the runtime when the main program ends: run the exit calls (newest
    # first), let the main thread count as finished, then wait for every non-daemon
    # thread, including ones started meanwhile.
    global _exiting
    if _main._done:
        return
    _exiting = True
    for call in reversed(_exit_calls):
        call()
    if _main._ident == get_ident():
        _main._done_lock.release()
        _main._done = True
    me = current_thread()
    while True:
        waiting = [t for t in _all_threads()
                   if t is not me and not t._daemon and t is not _main]
        if not waiting:
            break
        for t in waiting:
            if t._launched.is_set():
                t._await_end(-1)
            else:
                t._launched.wait()


_main = _MainThread()
