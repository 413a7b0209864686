"""A general-purpose event scheduler.

A scheduler runs actions at given times, as told by its time function,
waiting with its delay function.  Written for Spry from the documented
behaviour of CPython 3.11's sched: events are (time, priority, sequence,
action, argument, kwargs) named tuples kept in a heap, so equal times run
by priority, then in the order they were scheduled.
"""

import heapq
import threading
import time
from collections import namedtuple
from itertools import count
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = ('''Numeric type compatible with the return value of the
timefunc function passed to the constructor.''')
Event.priority.__doc__ = ('''Events scheduled for the same time will be executed
in the order of their priority.''')
Event.sequence.__doc__ = ('''A continually increasing sequence number that
    separates events if time and priority are equal.''')
Event.action.__doc__ = ('''Executing the event means executing
action(*argument, **kwargs)''')
Event.argument.__doc__ = ('''argument is a sequence holding the positional
arguments for the action.''')
Event.kwargs.__doc__ = ('''kwargs is a dictionary holding the keyword
arguments for the action.''')

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        """timefunc tells the time; delayfunc(seconds) waits."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedules action(*argument, **kwargs) at time (priority orders equal
        times); returns the event, which cancel() accepts.
        """
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator),
                          action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Like enterabs(), delay seconds from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes a scheduled event; ValueError if it is not queued."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Whether no event is queued."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Runs the events as they fall due, waiting in between, until none is
        left.  With blocking false, runs those due now and returns the delay
        until the next one (None when none is left).  An exception from an
        action or the delay function leaves the scheduler usable.
        """
        q = self._queue
        while True:
            with self._lock:
                if not q:
                    break
                event = q[0]
                now = self.timefunc()
                due = event.time <= now
                if due:
                    heapq.heappop(q)
            if not due:
                if not blocking:
                    return event.time - now
                self.delayfunc(event.time - now)
            else:
                event.action(*event.argument, **event.kwargs)
                self.delayfunc(0)   # let other threads run

    @property
    def queue(self):
        """The queued events, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
