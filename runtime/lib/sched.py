"""A general-purpose event scheduler: run actions at given times, in time then priority
order, using the clock and delay functions the caller provides."""

import heapq
import itertools
import threading
import time
from collections import namedtuple

__all__ = ['scheduler']

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = 'When the event is due, in the units of the scheduler\'s timefunc.'
Event.priority.__doc__ = 'Orders events due at the same time: lower runs first.'
Event.sequence.__doc__ = 'Order of scheduling; breaks ties between equal time and priority.'
Event.action.__doc__ = 'The callable run when the event is due.'
Event.argument.__doc__ = 'Positional arguments for action.'
Event.kwargs.__doc__ = 'Keyword arguments for action.'

_NO_KWARGS = object()  # a fresh dict per event, not one shared default


class scheduler:
    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """timefunc() gives the current time; delayfunc(t) waits t of its units, and
        delayfunc(0) is called after each action so other threads can run."""
        self._heap = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._next_sequence = itertools.count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action(*argument, **kwargs) at absolute time; return the event,
        which cancel() accepts."""
        event = Event(time, priority, next(self._next_sequence), action, argument,
                      {} if kwargs is _NO_KWARGS else kwargs)
        with self._lock:
            heapq.heappush(self._heap, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule the action delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove a scheduled event; ValueError if it is not in the queue."""
        with self._lock:
            self._heap.remove(event)
            heapq.heapify(self._heap)

    def empty(self):
        with self._lock:
            return not self._heap

    def run(self, blocking=True):
        """Run events as they fall due until none is left. With blocking false, run
        only those already due and return the delay until the next one (or None)."""
        while True:
            with self._lock:
                if not self._heap:
                    return None
                event = self._heap[0]
                wait = event.time - self.timefunc()
                if wait <= 0:
                    heapq.heappop(self._heap)
            if wait > 0:
                if not blocking:
                    return wait
                self.delayfunc(wait)
            else:
                event.action(*event.argument, **event.kwargs)
                self.delayfunc(0)

    @property
    def queue(self):
        """The scheduled events in the order they will run."""
        with self._lock:
            pending = list(self._heap)
        return sorted(pending)
