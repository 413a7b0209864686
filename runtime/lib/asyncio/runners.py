"""asyncio.run() and asyncio.Runner, written for Spry from the 3.11 documentation.

A Runner owns one event loop and one contextvars.Context, created lazily on
first use and torn down by close(); asyncio.run() is a one-shot Runner.
"""

import contextvars
import signal
import threading

from . import coroutines, events, exceptions, tasks

__all__ = ('Runner', 'run')

# The three lifetimes of a Runner; a closed runner never comes back.
_FRESH, _READY, _DONE = 'created', 'initialized', 'closed'


def _finish_leftover_tasks(loop):
    """Cancel whatever the main coroutine left running and wait for it.

    Tasks that end with an exception other than cancellation are reported
    through the loop's exception handler, as the documentation promises.
    """
    leftovers = tasks.all_tasks(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(tasks.gather(*leftovers, return_exceptions=True))
    for task in leftovers:
        if task.cancelled():
            continue
        error = task.exception()
        if error is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': error,
                'task': task,
            })


class Runner:

    def __init__(self, *, debug=None, loop_factory=None):
        self._phase = _FRESH
        self._debug = debug
        self._factory = loop_factory
        self._loop = None
        self._ctx = None
        self._owns_policy_loop = False
        self._interrupts = 0

    def __enter__(self):
        self._ensure_loop()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def close(self):
        if self._phase != _READY:
            return
        loop = self._loop
        try:
            _finish_leftover_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._owns_policy_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._phase = _DONE

    def get_loop(self):
        self._ensure_loop()
        return self._loop

    def run(self, coro, *, context=None):
        if not coroutines.iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        if events._get_running_loop() is not None:
            raise RuntimeError(
                "Runner.run() cannot be called from a running event loop")
        self._ensure_loop()
        if context is None:
            context = self._ctx
        main = self._loop.create_task(coro, context=context)

        # Ctrl-C while the loop runs should cancel the main task (so its
        # cleanup code runs) instead of tearing through the loop; only when
        # Python's default SIGINT handler is in place, and only in the main
        # thread, where signal handlers can be set at all.
        previous_handler = None
        if (threading.current_thread() is threading.main_thread()
                and signal.getsignal(signal.SIGINT) is signal.default_int_handler):
            previous_handler = signal.default_int_handler
            try:
                signal.signal(signal.SIGINT,
                              lambda signum, frame: self._interrupt(main))
            except ValueError:
                # e.g. an embedding that forbids signal handlers here.
                previous_handler = None

        self._interrupts = 0
        try:
            return self._loop.run_until_complete(main)
        except exceptions.CancelledError:
            if self._interrupts > 0 and main.uncancel() == 0:
                raise KeyboardInterrupt()
            raise
        finally:
            if (previous_handler is not None
                    and signal.getsignal(signal.SIGINT) is not previous_handler):
                signal.signal(signal.SIGINT, previous_handler)

    def _interrupt(self, main):
        self._interrupts += 1
        # A second Ctrl-C (or one arriving after the task finished) is a
        # plain KeyboardInterrupt, so a stuck program can still be stopped.
        if self._interrupts == 1 and not main.done():
            main.cancel()
            # Wake the loop in case it is blocked waiting for I/O.
            self._loop.call_soon_threadsafe(lambda: None)
            return
        raise KeyboardInterrupt()

    def _ensure_loop(self):
        if self._phase == _DONE:
            raise RuntimeError("Runner is closed")
        if self._phase == _READY:
            return
        if self._factory is None:
            self._loop = events.new_event_loop()
            if not self._owns_policy_loop:
                # Code that calls get_event_loop() inside should see this loop.
                events.set_event_loop(self._loop)
                self._owns_policy_loop = True
        else:
            self._loop = self._factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._ctx = contextvars.copy_context()
        self._phase = _READY


def run(main, *, debug=None):
    if events._get_running_loop() is not None:
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)
