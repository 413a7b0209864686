"""asyncio.timeout(), asyncio.timeout_at() and asyncio.Timeout (3.11).

Written for Spry from the documented behaviour.  A Timeout cancels the task
that entered it when its deadline passes; on the way out it turns the
CancelledError it caused into TimeoutError, and leaves cancellations that
came from elsewhere alone.  Telling the two apart uses the task's
cancelling()/uncancel() counter: the count seen on entry is the baseline.
"""

from . import events, exceptions, tasks

__all__ = ('Timeout', 'timeout', 'timeout_at')

# Lifecycle labels, exactly as they appear in repr() and error messages.
_UNUSED = 'created'
_ARMED = 'active'
_FIRING = 'expiring'
_FIRED = 'expired'
_LEFT = 'finished'


class Timeout:
    __final__ = True    # not meant to be subclassed (typing.final's marker)

    def __init__(self, when):
        self._status = _UNUSED
        self._deadline = when
        self._timer = None
        self._owner = None
        self._baseline = 0

    def when(self):
        return self._deadline

    def reschedule(self, when):
        if self._status == _UNUSED:
            raise RuntimeError("Timeout has not been entered")
        if self._status != _ARMED:
            raise RuntimeError(
                f"Cannot change state of {self._status} Timeout")
        self._deadline = when
        self._disarm()
        if when is None:
            return
        loop = events.get_running_loop()
        if when <= loop.time():
            # Already overdue: fire on the next loop iteration.
            self._timer = loop.call_soon(self._fire)
        else:
            self._timer = loop.call_at(when, self._fire)

    def expired(self):
        return self._status in (_FIRING, _FIRED)

    def __repr__(self):
        shown = ""
        if self._status == _ARMED:
            deadline = self._deadline
            if deadline is not None:
                deadline = round(deadline, 3)
            shown = f" when={deadline}"
        return f"<Timeout [{self._status}]{shown}>"

    async def __aenter__(self):
        if self._status != _UNUSED:
            raise RuntimeError("Timeout has already been entered")
        task = tasks.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._owner = task
        self._baseline = task.cancelling()
        self._status = _ARMED
        self.reschedule(self._deadline)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._status in (_ARMED, _FIRING)
        self._disarm()
        if self._status != _FIRING:
            self._status = _LEFT
            return None
        self._status = _FIRED
        # Take back the cancel() we issued; if nobody else asked for a
        # cancellation meanwhile, the CancelledError is ours to convert.
        others_pending = self._owner.uncancel() > self._baseline
        if exc_type is exceptions.CancelledError and not others_pending:
            raise TimeoutError from exc_val
        return None

    def _disarm(self):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _fire(self):
        self._timer = None
        self._owner.cancel()
        self._status = _FIRING


def timeout(delay):
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)
