"""Queues that hand items between threads: FIFO, LIFO, priority and a simple unbounded one.

Written here from the documented behaviour of CPython 3.11's queue module."""

import threading
import types
from collections import deque
from heapq import heappush, heappop
from time import monotonic

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Raised by a non-blocking or timed get() when nothing arrives.'


class Full(Exception):
    'Raised by a non-blocking or timed put() when no room opens up.'


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait_until(cond, ready, block, timeout, failure):
    # Waits on cond (held by the caller) until ready() holds, or raises failure.
    if not block:
        if not ready():
            raise failure
        return
    if timeout is None:
        while not ready():
            cond.wait()
        return
    # An absolute deadline, so a spurious wake-up never stretches the total wait.
    _check_timeout(timeout)
    deadline = monotonic() + timeout
    while not ready():
        left = deadline - monotonic()
        if left <= 0.0:
            raise failure
        cond.wait(left)


# A FIFO queue shared between threads; maxsize <= 0 means unbounded.  The storage is
# touched only through the hooks _init/_qsize/_put/_get (called with the mutex held),
# which subclasses replace to change the order.
class Queue:
    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the storage and the task count; each condition names an event.
        lock = threading.Lock()
        self.mutex = lock
        self.not_empty, self.not_full, self.all_tasks_done = (
            threading.Condition(lock) for _ in range(3))
        self.unfinished_tasks = 0

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def _has_room(self):
        return self._qsize() < self.maxsize

    def _has_item(self):
        return self._qsize() > 0

    def put(self, item, block=True, timeout=None):
        with self.mutex:
            if self.maxsize > 0:
                _wait_until(self.not_full, self._has_room, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def put_nowait(self, item):
        self.put(item, False)

    def get(self, block=True, timeout=None):
        with self.mutex:
            _wait_until(self.not_empty, self._has_item, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
        return item

    def get_nowait(self):
        return self.get(False)

    # The three size queries are snapshots: other threads may change the answer at once.
    def qsize(self):
        with self.mutex:
            n = self._qsize()
        return n

    def empty(self):
        return self.qsize() == 0

    def full(self):
        bound = self.maxsize
        return bound > 0 and self.qsize() >= bound

    # Consumers call task_done() once per item they got; join() waits for the count of
    # unfinished items (raised by every put) to come back to zero.
    def task_done(self):
        with self.mutex:
            if self.unfinished_tasks <= 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks -= 1
            if not self.unfinished_tasks:
                self.all_tasks_done.notify_all()

    def join(self):
        with self.mutex:
            while self.unfinished_tasks > 0:
                self.all_tasks_done.wait()


# Hands out the smallest item first (a heap; items must be comparable).
class PriorityQueue(Queue):
    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)

    def _init(self, maxsize):
        self.queue = []


# Hands out the most recently added item first.
class LifoQueue(Queue):
    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()

    def _init(self, maxsize):
        self.queue = []


# An unbounded FIFO without task tracking.  Items live in a deque (append and popleft are
# atomic) and a semaphore counts them, so put() never waits for anything.
class SimpleQueue:
    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self):
        self._items = deque()
        self._count = threading.Semaphore(0)

    def qsize(self):
        return len(self._items)

    def empty(self):
        return len(self._items) == 0

    def put(self, item, block=True, timeout=None):
        # block and timeout exist only to match Queue.put's signature.
        self._items.append(item)
        self._count.release()

    def put_nowait(self, item):
        self.put(item)

    def get(self, block=True, timeout=None):
        if not block:
            got = self._count.acquire(False)
        elif timeout is None:
            got = self._count.acquire()
        else:
            _check_timeout(timeout)
            got = self._count.acquire(timeout=timeout)
        if not got:
            raise Empty
        return self._items.popleft()

    def get_nowait(self):
        return self.get(False)
