"""Synchronization primitives for coroutines: Lock, Event, Condition, Semaphore,
BoundedSemaphore and Barrier.

Written here from the documented behaviour of CPython 3.11's asyncio locks.  None of
them is thread-safe; each binds to the event loop that first waits on it."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')

import collections

from . import exceptions
from . import mixins


def _described(obj, details):
    # "<asyncio.locks.Lock object at 0x... [details]>"
    return f"{object.__repr__(obj)[:-1]} [{details}]>"


def _with_waiters(text, queue):
    return f"{text}, waiters:{len(queue)}" if queue else text


class _AsyncWith:
    # `async with primitive:` acquires on entry (binding nothing) and releases on exit.
    async def __aexit__(self, *exc_info):
        self.release()

    async def __aenter__(self):
        await self.acquire()


def _first_pending(queue):
    return next((fut for fut in queue if not fut.done()), None)


async def _queued_wait(queue, fut):
    # Waits on fut from the end of queue; fut leaves the queue however the wait ends.
    queue.append(fut)
    try:
        return await fut
    finally:
        queue.remove(fut)


async def _take_despite_cancel(acquire):
    # Acquires even if cancelled meanwhile; returns whether a cancellation arrived.
    interrupted = False
    while True:
        try:
            await acquire()
        except exceptions.CancelledError:
            interrupted = True
        else:
            return interrupted


def _any_live(queue):
    return bool(queue) and not all(fut.cancelled() for fut in queue)


class Lock(_AsyncWith, mixins._LoopBoundMixin):
    """A mutual exclusion lock for coroutines; waiters acquire it in arrival order."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return _described(self, _with_waiters(state, self._waiters))

    def locked(self):
        return self._locked

    async def acquire(self):
        """Waits until the lock is free, takes it and returns True."""
        # A newcomer may not overtake coroutines already queued.
        if self._locked or _any_live(self._waiters):
            if self._waiters is None:
                self._waiters = collections.deque()
            try:
                await _queued_wait(self._waiters, self._get_loop().create_future())
            except exceptions.CancelledError:
                # Perhaps woken, then cancelled before running: pass the turn on.
                if not self._locked:
                    self._wake_first()
                raise
        self._locked = True
        return True

    def release(self):
        """Frees the lock and wakes the longest-waiting coroutine, if any."""
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_first()

    def _wake_first(self):
        # Only the head of the queue is woken; it removes itself once it runs.
        if self._waiters:
            head = self._waiters[0]
            if not head.done():
                head.set_result(True)


class Event(mixins._LoopBoundMixin):
    """A flag coroutines can wait for."""

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        state = 'set' if self._value else 'unset'
        return _described(self, _with_waiters(state, self._waiters))

    def is_set(self):
        return self._value

    def set(self):
        """Sets the flag and wakes every waiter."""
        if self._value:
            return
        self._value = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        """Returns True once the flag is set (at once if it already is)."""
        if not self._value:
            await _queued_wait(self._waiters, self._get_loop().create_future())
        return True


class Condition(_AsyncWith, mixins._LoopBoundMixin):
    """Lets coroutines wait, with a lock released, until another one notifies them."""

    def __init__(self, lock=None):
        self._waiters = collections.deque()
        self._lock = Lock() if lock is None else lock
        # The condition is used exactly like its lock.
        self.acquire, self.release, self.locked = (
            self._lock.acquire, self._lock.release, self._lock.locked)

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked'
        return _described(self, _with_waiters(state, self._waiters))

    async def wait(self):
        """Releases the lock, waits for a notify, takes the lock back; returns True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await _queued_wait(self._waiters, self._get_loop().create_future())
        finally:
            # The lock is ours again before anything propagates; a cancellation that
            # came while retaking it is delivered afterwards.
            if await _take_despite_cancel(self.acquire):
                raise exceptions.CancelledError
        return True

    async def wait_for(self, predicate):
        """Waits until predicate() is true; returns its value."""
        outcome = predicate()
        while not outcome:
            await self.wait()
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wakes up to n waiting coroutines (the lock must be held)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        pending = (fut for fut in self._waiters if not fut.done())
        for _, fut in zip(range(n), pending):
            fut.set_result(False)

    def notify_all(self):
        """Wakes every waiting coroutine (the lock must be held)."""
        self.notify(len(self._waiters))


class Semaphore(_AsyncWith, mixins._LoopBoundMixin):
    """A counter acquire() decrements, waiting in arrival order while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        if self.locked():
            details = _with_waiters('locked', self._waiters)
        else:
            details = f'unlocked, value:{self._value}'
        return _described(self, details)

    def locked(self):
        """True when acquire() would wait (no units, or others already queued)."""
        return not self._value or _any_live(self._waiters)

    async def acquire(self):
        """Takes one unit, waiting for it if needed; returns True."""
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        # A waiter is woken with its unit already taken off _value (see _wake_next).
        ticket = self._get_loop().create_future()
        try:
            await _queued_wait(self._waiters, ticket)
        except exceptions.CancelledError:
            if ticket.done() and not ticket.cancelled():
                self.release()  # the unit reserved for us goes to the next in line
            raise
        if self._value > 0:
            self._wake_next()
        return True

    def release(self):
        """Gives back one unit, waking the longest-waiting coroutine."""
        self._value += 1
        self._wake_next()

    def _wake_next(self):
        # The woken waiter's unit is reserved now, so nobody can overtake it.
        if not self._waiters:
            return
        fut = _first_pending(self._waiters)
        if fut is not None:
            self._value -= 1
            fut.set_result(True)


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Barrier(mixins._LoopBoundMixin):
    """Blocks each coroutine calling wait() until `parties` of them have called it."""

    # The phases of a cycle, as shown by repr: arrivals while filling, departures while
    # draining (or resetting, after reset()), and broken after abort().
    _FILLING, _DRAINING, _RESETTING, _BROKEN = 'filling', 'draining', 'resetting', 'broken'

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._phase = self._FILLING
        self._inside = 0

    def __repr__(self):
        details = self._phase
        if not self.broken:
            details += f', waiters:{self.n_waiting}/{self.parties}'
        return _described(self, details)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        pass

    async def wait(self):
        """Waits for the other parties; returns this coroutine's arrival index."""
        async with self._cond:
            # Coroutines of the previous cycle leave before this one fills.
            await self._cond.wait_for(
                lambda: self._phase not in (self._DRAINING, self._RESETTING))
            if self._phase == self._BROKEN:
                raise exceptions.BrokenBarrierError("Barrier aborted")
            index = self._inside
            self._inside += 1
            try:
                if index + 1 == self._parties:
                    self._phase = self._DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._phase != self._FILLING)
                    if self._phase in (self._BROKEN, self._RESETTING):
                        raise exceptions.BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._inside -= 1
                if not self._inside and self._phase in (self._DRAINING, self._RESETTING):
                    self._phase = self._FILLING
                    self._cond.notify_all()

    async def reset(self):
        """Returns to the filling phase; coroutines waiting now get BrokenBarrierError."""
        async with self._cond:
            if not self._inside:
                self._phase = self._FILLING
            elif self._phase != self._RESETTING:
                self._phase = self._RESETTING
            self._cond.notify_all()

    async def abort(self):
        """Breaks the barrier: waiters, now and later, get BrokenBarrierError."""
        async with self._cond:
            self._phase = self._BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._inside if self._phase == self._FILLING else 0

    @property
    def broken(self):
        return self._phase == self._BROKEN
