"""asyncio queues (FIFO, priority, LIFO), written for Spry from the 3.11 docs.

Blocked producers and consumers each wait on a future of their own, kept in
arrival order in `_putters` / `_getters` (names visible in str() output).
A waiter that is woken but then cancelled passes its wake-up on to the next
one, so no item or free slot is ever left unclaimed.
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
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)

    # Storage hooks: subclasses choose the order items come out in.
    def _init(self, maxsize):
        self._queue = collections.deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
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
        if self._unfinished_tasks:
            text += f' tasks={self._unfinished_tasks}'
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
        return 0 < self._maxsize <= self.qsize()

    async def put(self, item):
        while self.full():
            waiter = self._get_loop().create_future()
            self._putters.append(waiter)
            try:
                await waiter
            except:
                waiter.cancel()
                try:
                    self._putters.remove(waiter)
                except ValueError:
                    pass    # already popped by the wake-up we are abandoning
                if not self.full() and not waiter.cancelled():
                    _wake_first(self._putters)
                raise
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        _wake_first(self._getters)

    async def get(self):
        while self.empty():
            waiter = self._get_loop().create_future()
            self._getters.append(waiter)
            try:
                await waiter
            except:
                waiter.cancel()
                try:
                    self._getters.remove(waiter)
                except ValueError:
                    pass
                if not self.empty() and not waiter.cancelled():
                    _wake_first(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_first(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Smallest item first (a binary heap)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Most recently added item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
