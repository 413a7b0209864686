"""ThreadPoolExecutor: runs submitted callables on a pool of worker threads.

Written here from the documented behaviour of CPython 3.11's concurrent.futures."""

import itertools
import os
import queue
import threading
import weakref

from concurrent.futures import _base


class BrokenThreadPool(_base.BrokenExecutor):
    'Raised once a worker thread failed its initializer; the pool takes no more work.'


# Every live worker's inbox, so the exit hook can wake each one; the flag, once set under
# the lock, refuses new work for the rest of the process.
_pool_state_lock = threading.Lock()
_inboxes = weakref.WeakKeyDictionary()
_exiting = False


def _stop_all_workers():
    # Runs at interpreter exit (before non-daemon threads are joined): queued work
    # still runs, then every worker finds a stop marker and ends.
    global _exiting
    with _pool_state_lock:
        _exiting = True
    pending = list(_inboxes.items())
    for _, inbox in pending:
        inbox.put(None)
    for worker, _ in pending:
        worker.join()


threading._register_atexit(_stop_all_workers)


class _Job:
    # One submitted call and the Future that reports it.
    __slots__ = ('future', 'fn', 'args', 'kwargs')

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def execute(self):
        fut = self.future
        if not fut.set_running_or_notify_cancel():
            return  # cancelled while it waited in the queue
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            fut.set_exception(exc)
            fut = None  # the traceback would otherwise keep this frame alive
        else:
            fut.set_result(value)


def _serve(pool_ref, inbox, initializer, initargs):
    # A worker's life: run the initializer, then jobs until a stop marker arrives or the
    # executor is gone (collected or shut down).
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            import logging
            logging.getLogger('concurrent.futures').critical(
                'Exception in initializer:', exc_info=True)
            pool = pool_ref()
            if pool is not None:
                pool._mark_broken()
            return
    while True:
        job = inbox.get()
        if job is not None:
            job.execute()
            del job
            pool = pool_ref()
            if pool is not None:
                pool._idle_workers.release()  # free for the next submit
            del pool
            continue
        # A stop marker: pass it on so every sibling worker sees one too.
        pool = pool_ref()
        if _exiting or pool is None or pool._is_shut_down:
            if pool is not None:
                pool._is_shut_down = True
            inbox.put(None)
            return
        del pool


class ThreadPoolExecutor(_base.Executor):
    # Unnamed pools are numbered ThreadPoolExecutor-0, -1, ... in creation order.
    _pool_numbers = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        if max_workers is None:
            # I/O-bound work: a few more threads than cores, capped so big machines do
            # not start hundreds of threads.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix or (
            'ThreadPoolExecutor-%d' % self._pool_numbers())
        self._initializer = initializer
        self._initargs = initargs
        self._work_queue = queue.SimpleQueue()
        self._idle_workers = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._is_shut_down = False
        self._shutdown_lock = threading.Lock()

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _pool_state_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._is_shut_down:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            fut = _base.Future()
            self._work_queue.put(_Job(fut, fn, args, kwargs))
            self._add_worker_if_needed()
            return fut

    def _add_worker_if_needed(self):
        # An idle worker will pick the job up; otherwise grow up to max_workers.
        if self._idle_workers.acquire(timeout=0):
            return
        count = len(self._threads)
        if count >= self._max_workers:
            return
        inbox = self._work_queue

        def wake_on_collect(_, inbox=inbox):
            inbox.put(None)

        worker = threading.Thread(
            name='%s_%d' % (self._thread_name_prefix, count),
            target=_serve,
            args=(weakref.ref(self, wake_on_collect), inbox,
                  self._initializer, self._initargs))
        worker.start()
        self._threads.add(worker)
        _inboxes[worker] = inbox

    def _mark_broken(self):
        # Called by a worker whose initializer failed: every queued job fails too.
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    job = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if job is not None:
                    job.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._is_shut_down = True
            if cancel_futures:
                # Jobs nobody has started yet are cancelled instead of run.
                while True:
                    try:
                        job = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if job is not None:
                        job.future.cancel()
            self._work_queue.put(None)  # wakes one worker, which wakes the next
        if wait:
            for worker in list(self._threads):
                worker.join()
