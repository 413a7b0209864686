"""TestSuite: a composite of tests, and the class and module fixtures a run of
suites sets up and tears down around the tests."""

import sys

from . import case
from . import util

__unittest = True


def _is_single_test(test):
    """Suites are iterable; single tests are not."""
    try:
        iter(test)
    except TypeError:
        return True
    return False


class BaseTestSuite(object):
    """A list of tests (or suites) run one after the other; no fixtures."""

    # after a test has run its slot is cleared so that it can be freed
    _ut_drop_finished = True

    def __init__(self, tests=()):
        self._tests = []
        self._ut_dropped_count = 0
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return list(other) == list(self)
        return NotImplemented

    def __repr__(self):
        return "<%s tests=%s>" % (util.strclass(type(self)), list(self))

    def countTestCases(self):
        return self._ut_dropped_count + sum(
            member.countTestCases() for member in self if member)

    def addTest(self, test):
        if isinstance(test, type) and issubclass(test, (TestSuite, case.TestCase)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        if callable(test):
            self._tests.append(test)
        else:
            raise TypeError("{} is not callable".format(repr(test)))

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for member in tests:
            self.addTest(member)

    def _ut_drop(self, index):
        if not self._ut_drop_finished:
            return
        try:
            test = self._tests[index]
        except TypeError:
            return
        if hasattr(test, 'countTestCases'):
            self._ut_dropped_count += test.countTestCases()
        self._tests[index] = None

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            self._ut_drop(index)
        return result

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        """Run the tests without collecting results."""
        for member in self:
            member.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpClass/tearDownClass and setUpModule/
    tearDownModule when the run moves from one class or module to the next."""

    def run(self, result, debug=False):
        fixtures = getattr(result, '_ut_fixtures', None)
        outermost = fixtures is None
        if outermost:
            fixtures = result._ut_fixtures = _FixtureTracker(result, debug)
        try:
            for index, test in enumerate(self):
                if result.shouldStop:
                    break
                if _is_single_test(test):
                    fixtures.enter_class(test.__class__)
                    if fixtures.blocked(test.__class__):
                        continue
                    if debug:
                        test.debug()
                    else:
                        test(result)
                elif debug and isinstance(test, TestSuite):
                    test.run(result, True)
                else:
                    test(result)
                self._ut_drop(index)
            if outermost:
                fixtures.enter_class(None)
        finally:
            if outermost:
                result._ut_fixtures = None
        return result

    def debug(self):
        """Run the tests and fixtures, letting every exception propagate."""
        self.run(_DebugResult(), True)


class _DebugResult(object):
    """The result a debug run goes through: it never stops and records nothing."""
    shouldStop = False
    _ut_fixtures = None


class _FixtureError(object):
    """Takes a test's place in a result when a class or module fixture fails;
    the description reads like "setUpClass (module.Class)"."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def __str__(self):
        return self.description

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    id = __str__

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0

    def run(self, result):
        return None

    __call__ = run


class _FixtureTracker:
    """The class and module the run is in, and which of their fixtures failed.

    A failed setUpModule blocks every test of that module, a failed setUpClass every
    test of that class; neither gets its tearDown counterpart."""

    def __init__(self, result, debug):
        self.result = result
        self.debug = debug
        self.current_class = None
        self.module_failed = False
        self.failed_classes = set()

    def blocked(self, cls):
        return self.module_failed or cls in self.failed_classes

    def enter_class(self, cls):
        """Move the run to cls (None: the end of the run)."""
        previous = self.current_class
        if cls == previous:
            return
        old_module = getattr(previous, '__module__', None) if previous is not None else None
        new_module = cls.__module__ if cls is not None else None
        if previous is not None:
            self._finish_class(previous)
        if new_module != old_module:
            if previous is not None:
                self._finish_module(old_module)
            if cls is not None:
                self._start_module(new_module)
        self.current_class = cls
        if cls is not None:
            self._start_class(cls)

    # -- capture of output (buffer mode) while fixtures run --

    def _capturing(self, action):
        begin = getattr(self.result, '_ut_begin_capture', None)
        if begin is not None:
            begin()
        try:
            action()
        finally:
            end = getattr(self.result, '_ut_end_capture', None)
            if end is not None:
                end()

    def _report(self, exc, method, owner, exc_info=None):
        holder = _FixtureError('%s (%s)' % (method, owner))
        add_skip = getattr(self.result, 'addSkip', None)
        if add_skip is not None and isinstance(exc, case.SkipTest):
            add_skip(holder, str(exc))
        else:
            self.result.addError(holder, exc_info or sys.exc_info())

    def _call_fixture(self, action, method, owner):
        """Run a class or module fixture, reporting its exception (re-raised in debug
        mode); whether it succeeded."""
        try:
            action()
        except Exception as exc:
            if self.debug:
                raise
            self._report(exc, method, owner)
            return False
        return True

    def _run_class_cleanups(self, cls, method):
        run_cleanups = getattr(cls, 'doClassCleanups', None)
        if run_cleanups is None:
            return
        run_cleanups()
        for exc_info in getattr(cls, 'tearDown_exceptions', ()):
            if self.debug:
                raise exc_info[1]
            self._report(exc_info[1], method, util.strclass(cls), exc_info)

    def _start_class(self, cls):
        self.failed_classes.discard(cls)
        if self.module_failed or getattr(cls, '__unittest_skip__', False):
            return
        set_up = getattr(cls, 'setUpClass', None)
        if set_up is None:
            return

        def run():
            if not self._call_fixture(set_up, 'setUpClass', util.strclass(cls)):
                self.failed_classes.add(cls)
            if cls in self.failed_classes:
                self._run_class_cleanups(cls, 'setUpClass')
        self._capturing(run)

    def _finish_class(self, cls):
        if (cls in self.failed_classes or self.module_failed
                or getattr(cls, '__unittest_skip__', False)):
            return
        tear_down = getattr(cls, 'tearDownClass', None)
        if tear_down is None and getattr(cls, 'doClassCleanups', None) is None:
            return

        def run():
            if tear_down is not None:
                self._call_fixture(tear_down, 'tearDownClass', util.strclass(cls))
            self._run_class_cleanups(cls, 'tearDownClass')
        self._capturing(run)

    def _start_module(self, name):
        self.module_failed = False
        module = sys.modules.get(name)
        set_up = getattr(module, 'setUpModule', None)
        if set_up is None:
            return

        def run():
            if not self._call_fixture(set_up, 'setUpModule', name):
                self.module_failed = True
            if self.module_failed:
                try:
                    case.doModuleCleanups()
                except Exception as exc:
                    self._report(exc, 'setUpModule', name)
        self._capturing(run)

    def _finish_module(self, name):
        if self.module_failed:
            return
        module = sys.modules.get(name)
        if module is None:
            return

        def run():
            tear_down = getattr(module, 'tearDownModule', None)
            for action in (tear_down, case.doModuleCleanups):
                if action is not None:
                    self._call_fixture(action, 'tearDownModule', name)
        self._capturing(run)
