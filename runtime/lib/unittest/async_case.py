"""IsolatedAsyncioTestCase: each test gets a fresh event loop (an asyncio.Runner)
and one contextvars context that setUp, the test and tearDown all share."""

import asyncio
import contextvars
import inspect
import warnings

from .case import TestCase

__unittest = True


class IsolatedAsyncioTestCase(TestCase):

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._ut_runner = None
        self._ut_context = contextvars.copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        # coroutine functions among the cleanups are awaited when they run
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        kind = type(cm)
        try:
            enter, exit_ = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not "
                            f"support the asynchronous context manager protocol") from None
        value = await enter(cm)
        self.addAsyncCleanup(exit_, cm, None, None, None)
        return value

    def _ut_call(self, function, *args, **kwargs):
        """Call function in the test's context; a coroutine function runs to its end
        on the test's loop."""
        if inspect.iscoroutinefunction(function):
            return self._ut_runner.run(function(*args, **kwargs), context=self._ut_context)
        return self._ut_context.run(function, *args, **kwargs)

    def _ut_run_setup(self):
        # create the loop first so that setUp can already find it
        self._ut_runner.get_loop()
        self._ut_context.run(self.setUp)
        self._ut_call(self.asyncSetUp)

    def _ut_run_method(self, method):
        if self._ut_call(method) is not None:
            warnings.warn('It is deprecated to return a value that is not None '
                          f'from a test case ({method})', DeprecationWarning, 4)

    def _ut_run_teardown(self):
        self._ut_call(self.asyncTearDown)
        self._ut_context.run(self.tearDown)

    def _ut_run_cleanup(self, function, args, kwargs):
        self._ut_call(function, *args, **kwargs)

    def _ut_with_runner(self, action):
        self._ut_runner = asyncio.Runner(debug=True)
        try:
            return action()
        finally:
            runner, self._ut_runner = self._ut_runner, None
            runner.close()

    def run(self, result=None):
        return self._ut_with_runner(lambda: super(IsolatedAsyncioTestCase, self).run(result))

    def debug(self):
        self._ut_with_runner(super().debug)

    def __del__(self):
        runner = getattr(self, '_ut_runner', None)
        if runner is not None:
            runner.close()
