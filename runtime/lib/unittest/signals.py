"""Control-C handling for test runs (-c / catchbreak): the first SIGINT asks every
registered result to stop after the current test, the second interrupts."""

import signal
import weakref
from functools import wraps

__unittest = True

# results to stop on Control-C; weak, so that a finished run's result can go
_registered = weakref.WeakKeyDictionary()
# the one handler object, kept after removeHandler() so that installHandler() can
# put it back
_installed = []


class _StopRunHandler(object):
    def __init__(self, previous):
        self.previous = previous
        self.interrupted = False
        if previous == signal.SIG_DFL:
            self.fallback = signal.default_int_handler
        elif previous == signal.SIG_IGN:
            self.fallback = _ignore
        elif callable(previous):
            self.fallback = previous
        else:
            raise TypeError("expected SIGINT signal handler to be signal.SIG_IGN, "
                            "signal.SIG_DFL, or a callable object")

    def __call__(self, signum, frame):
        if signal.getsignal(signal.SIGINT) is not self or self.interrupted:
            # replaced by someone else meanwhile, or pressed a second time
            self.fallback(signum, frame)
            return
        self.interrupted = True
        for result in list(_registered):
            result.stop()


def _ignore(signum, frame):
    pass


def registerResult(result):
    _registered[result] = True


def removeResult(result):
    return _registered.pop(result, None) is not None


def installHandler():
    if not _installed:
        _installed.append(_StopRunHandler(signal.getsignal(signal.SIGINT)))
    signal.signal(signal.SIGINT, _installed[0])


def removeHandler(method=None):
    """Restore the SIGINT handler found at installHandler(); as a decorator, do so
    for the duration of each call of method."""
    if method is not None:
        @wraps(method)
        def without_handler(*args, **kwargs):
            current = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, current)
        return without_handler
    if _installed:
        signal.signal(signal.SIGINT, _installed[0].previous)
