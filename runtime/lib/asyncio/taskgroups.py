"""asyncio.TaskGroup (3.11), written for Spry from its documented behaviour.

The group tracks its live children.  The first child failure (anything but
cancellation) cancels the remaining children and, while the body is still
running, the parent task too; that cancellation is taken back with uncancel()
when the group exits.  Collected errors leave as one BaseExceptionGroup;
KeyboardInterrupt and SystemExit are re-raised on their own.
"""

from . import events, exceptions, tasks

__all__ = ('TaskGroup',)


def _must_propagate_alone(exc):
    return isinstance(exc, (KeyboardInterrupt, SystemExit))


class TaskGroup:

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent = None
        self._cancelled_parent = False
        self._children = set()
        self._errors = []
        self._fatal = None
        self._all_done = None   # future the exiting parent waits on

    def __repr__(self):
        parts = []
        if self._children:
            parts.append(f'tasks={len(self._children)}')
        if self._errors:
            parts.append(f'errors={len(self._errors)}')
        if self._aborting:
            parts.append('cancelling')
        elif self._entered:
            parts.append('entered')
        return '<TaskGroup' + ''.join(' ' + p for p in parts) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent = tasks.current_task(self._loop)
        if self._parent is None:
            raise RuntimeError(
                f"TaskGroup {self!r} cannot determine the parent task")
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _must_propagate_alone(exc) and self._fatal is None:
            self._fatal = exc

        # A CancelledError we did not cause came from outside: it must win
        # unless children failed.
        outside_cancel = None
        if et is exceptions.CancelledError and not self._cancelled_parent:
            outside_cancel = exc
        if et is not None and not self._aborting:
            self._cancel_children()

        while self._children:
            self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except exceptions.CancelledError as cancel:
                if not self._aborting:
                    outside_cancel = cancel
                    self._cancel_children()
            self._all_done = None

        if self._fatal is not None:
            raise self._fatal

        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)

        if self._cancelled_parent:
            self._parent.uncancel()
            self._cancelled_parent = False

        if outside_cancel is not None and not self._errors:
            raise outside_cancel

        if self._errors:
            errors = self._errors
            # Drop our references so tracebacks do not keep the group alive.
            self._errors = []
            try:
                raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors)
            finally:
                errors = None
        return None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._children:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = self._loop.create_task(coro, name=name, context=context)
        self._children.add(task)
        task.add_done_callback(self._child_finished)
        return task

    def _cancel_children(self):
        self._aborting = True
        for child in self._children:
            if not child.done():
                child.cancel()

    def _child_finished(self, task):
        self._children.discard(task)
        if self._all_done is not None and not self._children:
            if not self._all_done.done():
                self._all_done.set_result(True)

        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        self._errors.append(error)
        if _must_propagate_alone(error) and self._fatal is None:
            self._fatal = error

        if not self._aborting and not self._cancelled_parent:
            self._cancel_children()
            if not self._exiting:
                # Interrupt the body so the group can unwind promptly.
                self._cancelled_parent = True
                self._parent.cancel()
