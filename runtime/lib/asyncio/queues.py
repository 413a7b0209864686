"""asyncio queues (FIFO, priority, LIFO), written for Spry from the 3.11 docs.

Blocked producers and consumers each wait on a future of their own (a
"ticket"), kept in arrival order in `_putters` / `_getters` (names visible in
str() output).  A waiter that is woken but then cancelled passes its wake-up
on to the next one, so no item or free slot is ever left unclaimed.
"""

import collections
import heapq
import types

from . import locks, mixins

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


class QueueEmpty(Exception):
    """get_nowait() found nothing to take."""


class QueueFull(Exception):
    """put_nowait() found no free slot."""


def _wake_first(waiters):
    # Skip futures whose waiters were cancelled meanwhile.
    while waiters:
        waiter = waiters.popleft()
        if not waiter.done():
            waiter.set_result(None)
            return


class Queue(mixins._LoopBoundMixin):

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = collections.deque()
        self._putters = collections.deque()
        self._unfinished = 0
        self._drained = locks.Event()
        self._drained.set()
        self._queue = self._make_store()

    # Storage strategy: subclasses decide which item comes out next.
    def _make_store(self):
        return collections.deque()

    def _store(self, item):
        self._queue.append(item)

    def _take(self):
        return self._queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)

    def _describe(self):
        text = f'maxsize={self._maxsize!r}'
        if self._queue:
            text += f' _queue={list(self._queue)!r}'
        if self._getters:
            text += f' _getters[{len(self._getters)}]'
        if self._putters:
            text += f' _putters[{len(self._putters)}]'
        if self._unfinished:
            text += f' tasks={self._unfinished}'
        return text

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._describe()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._describe()}>'

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= len(self._queue)

    @staticmethod
    def _leave_line(line, ticket, still_blocked):
        """A waiter is leaving abnormally (cancelled, usually)."""
        ticket.cancel()
        if ticket in line:
            line.remove(ticket)
        elif not ticket.cancelled() and not still_blocked():
            # It had already been woken (the ticket holds a result) but will
            # not use the slot or item: hand the wake-up to the next waiter.
            _wake_first(line)

    # put() and get() await their ticket directly (no helper coroutine):
    # these waits are on the hot path of producer/consumer pipelines.
    async def put(self, item):
        while self.full():
            ticket = self._get_loop().create_future()
            self._putters.append(ticket)
            try:
                await ticket
            except:
                self._leave_line(self._putters, ticket, self.full)
                raise
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._store(item)
        self._unfinished += 1
        self._drained.clear()
        _wake_first(self._getters)

    async def get(self):
        while self.empty():
            ticket = self._get_loop().create_future()
            self._getters.append(ticket)
            try:
                await ticket
            except:
                self._leave_line(self._getters, ticket, self.empty)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._take()
        _wake_first(self._putters)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished -= 1
        if self._unfinished == 0:
            self._drained.set()

    async def join(self):
        if self._unfinished > 0:
            await self._drained.wait()


class PriorityQueue(Queue):
    """Smallest item first (a binary heap)."""

    def _make_store(self):
        return []

    def _store(self, item):
        heapq.heappush(self._queue, item)

    def _take(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Most recently added item first."""

    def _make_store(self):
        return []

    def _take(self):
        return self._queue.pop()
