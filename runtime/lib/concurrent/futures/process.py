"""ProcessPoolExecutor's names. Spry has no multiprocessing, so the pool cannot start:
creating one raises NotImplementedError; ThreadPoolExecutor is the working executor."""

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process ended abruptly (kept for code that catches it)."""


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        raise NotImplementedError(
            "ProcessPoolExecutor needs multiprocessing, which Spry does not provide; "
            "use ThreadPoolExecutor")
