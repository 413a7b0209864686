"""ProcessPoolExecutor: not provided by Spry (see README)."""

from concurrent.futures import _base


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        raise NotImplementedError("ProcessPoolExecutor is not supported by Spry: "
                                  "use ThreadPoolExecutor or subprocess")
