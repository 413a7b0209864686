"""Futures, the Executor interface, wait() and as_completed()."""

import collections
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}


class Error(Exception):
    """Base class for all future-related exceptions."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    pass


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""


class _Waiter:
    """Collects the futures that finish while wait()/as_completed() watch them."""

    def __init__(self, return_when):
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished = []
        self.return_when = return_when
        self.pending = 0

    def add(self, future, failed):
        with self.lock:
            self.finished.append(future)
            self.pending -= 1
            if (self.return_when in (FIRST_COMPLETED, _AS_COMPLETED)
                    or (self.return_when == FIRST_EXCEPTION and failed)
                    or self.pending <= 0):
                self.event.set()


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import sys
                print('exception calling callback for %r' % self, file=sys.stderr)
                sys.excepthook(*sys.exc_info())

    def __repr__(self):
        with self._condition:
            where = '<%s at %#x state=%s' % (self.__class__.__name__, id(self),
                                            _STATE_TO_DESCRIPTION_MAP[self._state])
            if self._state == FINISHED:
                if self._exception:
                    return '%s raised %s>' % (where, self._exception.__class__.__name__)
                return '%s returned %s>' % (where, self._result.__class__.__name__)
            return where + '>'

    def cancel(self):
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            import sys
            print('exception calling callback for %r' % self, file=sys.stderr)
            sys.excepthook(*sys.exc_info())

    def _wait_done(self, timeout):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state != FINISHED:
                self._condition.wait(timeout)
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state != FINISHED:
                    raise TimeoutError()

    def result(self, timeout=None):
        try:
            self._wait_done(timeout)
            return self.__get_result()
        finally:
            self = None

    def exception(self, timeout=None):
        self._wait_done(timeout)
        return self._exception

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add(self, False)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add(self, exception is not None)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)

    __class_getitem__ = classmethod(types.GenericAlias)


def _watch(fs, return_when):
    """A waiter registered on every future of fs that is not done yet."""
    waiter = _Waiter(return_when)
    for f in fs:
        with f._condition:
            if f._state in (CANCELLED_AND_NOTIFIED, FINISHED):
                continue
            waiter.pending += 1
            f._waiters.append(waiter)
    return waiter


def _unwatch(fs, waiter):
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)


def _is_done(f):
    return f._state in (CANCELLED_AND_NOTIFIED, FINISHED)


def as_completed(fs, timeout=None):
    """Yields the futures of fs as they complete (finished or cancelled)."""
    end = None if timeout is None else timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = [f for f in fs if _is_done(f)]
        pending = fs - set(finished)
        waiter = _watch(pending, _AS_COMPLETED)
    try:
        yield from finished
        while pending:
            if end is None:
                wait_timeout = None
            else:
                wait_timeout = end - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                done = waiter.finished
                waiter.finished = []
                waiter.event.clear()
            if not done and end is not None and end - time.monotonic() < 0:
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            for f in done:
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        _unwatch(fs, waiter)


class _AcquireFutures:
    """Holds the conditions of several futures at once."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *args):
        for f in self.futures:
            f._condition.release()


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures of fs; returns (done, not_done) sets."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs if _is_done(f)}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(f._state == FINISHED and f._exception is not None for f in done):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _watch(not_done, return_when)
    waiter.event.wait(timeout)
    _unwatch(fs, waiter)
    with waiter.lock:
        done.update(waiter.finished)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Executor:
    """The interface of executors: submit(), map(), shutdown()."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        end = None if timeout is None else timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if end is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
