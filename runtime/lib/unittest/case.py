"""TestCase and FunctionTestCase, the skip decorators and module-level cleanups.

A test runs in parts (setUp, the test method, tearDown, each cleanup, each subTest);
a _PartRunner records how every part ended and reports it to the result."""

import contextlib
import difflib
import functools
import pprint
import re
import sys
import warnings
from collections import ChainMap, Counter

from . import result as _result_mod
from .util import (safe_repr, strclass, _common_shorten_repr,
                   _count_diff_all_purpose, _count_diff_hashable)

__unittest = True

_NO_MESSAGE = object()     # subTest() called without a message


class SkipTest(Exception):
    """Raised to skip the current test; the argument is the reason."""


class _StopSubTests(Exception):
    """Ends a test early after a subtest failure under failfast."""


class _UnexpectedSuccess(Exception):
    """Stands in as the failure of an expected failure that passed, for results
    that know nothing of unexpected successes."""


# ---- module-level cleanups ------------------------------------------------------

_module_cleanup_stack = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanup_stack.append((function, args, kwargs))


def enterModuleContext(cm):
    return _enter_and_register(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups, newest first; re-raise the first that failed."""
    first_error = None
    while _module_cleanup_stack:
        function, args, kwargs = _module_cleanup_stack.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            if first_error is None:
                first_error = exc
    if first_error is not None:
        raise first_error


def _enter_and_register(cm, register):
    kind = type(cm)
    try:
        enter, exit_ = kind.__enter__, kind.__exit__
    except AttributeError:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    value = enter(cm)
    register(exit_, cm, None, None, None)
    return value


# ---- decorators -----------------------------------------------------------------

def skip(reason):
    """Skip the decorated test or class unconditionally."""
    def mark(item):
        if not isinstance(item, type):
            original = item

            @functools.wraps(original)
            def item(*args, **kwargs):
                raise SkipTest(reason)
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if callable(reason) and not isinstance(reason, str):
        # used bare, as @skip
        target, reason = reason, ''
        return mark(target)
    return mark


def _unchanged(item):
    return item


def skipIf(condition, reason):
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ---- reporting helpers ----------------------------------------------------------

def _report_skip(result, test, reason):
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is None:
        warnings.warn("TestResult has no addSkip method, skips not reported",
                      RuntimeWarning, 2)
        result.addSuccess(test)
    else:
        add_skip(test, reason)


def _report_exception(result, test, exc_info):
    is_failure = issubclass(exc_info[0], test.failureException)
    (result.addFailure if is_failure else result.addError)(test, exc_info)


class _PartRunner:
    """Runs the parts of one test and remembers the outcome.

    ok: every part so far passed (or was skipped as a whole).
    expected_failure: the exc_info swallowed while a failure was expected."""

    def __init__(self, result=None):
        self.result = result
        self.ok = True
        self.expecting_failure = False
        self.expected_failure = None
        self.subtests_supported = hasattr(result, 'addSubTest')

    @contextlib.contextmanager
    def part(self, test, subtest=False):
        ok_before = self.ok
        self.ok = True
        try:
            yield
        except KeyboardInterrupt:
            raise
        except SkipTest as exc:
            self.ok = False
            _report_skip(self.result, test, str(exc))
        except _StopSubTests:
            pass
        except:
            info = sys.exc_info()
            if self.expecting_failure:
                self.expected_failure = info
            else:
                self.ok = False
                if subtest:
                    self.result.addSubTest(test.test_case, test, info)
                else:
                    _report_exception(self.result, test, info)
            info = None
        else:
            if subtest and self.ok:
                self.result.addSubTest(test.test_case, test, None)
        finally:
            self.ok = self.ok and ok_before


# ---- TestCase -------------------------------------------------------------------

class TestCase(object):
    """One test: an instance runs the method named at construction."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # strings longer than this are compared without a diff (difflib is quadratic)
    _ut_diff_limit = 2 ** 16
    _ut_class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        cls._ut_class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._testMethodDoc = 'No test'
        self._ut_parts = None
        self._ut_subtest = None
        self._ut_cleanups = []
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s"
                                 % (self.__class__, methodName)) from None
        else:
            self._testMethodDoc = method.__doc__
        self._ut_equality = {
            dict: 'assertDictEqual',
            list: 'assertListEqual',
            tuple: 'assertTupleEqual',
            set: 'assertSetEqual',
            frozenset: 'assertSetEqual',
            str: 'assertMultiLineEqual',
        }

    def addTypeEqualityFunc(self, typeobj, function):
        self._ut_equality[typeobj] = function

    # -- fixtures and cleanups --

    def addCleanup(self, function, /, *args, **kwargs):
        self._ut_cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        return _enter_and_register(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._ut_class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_and_register(cm, cls.addClassCleanup)

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def doCleanups(self):
        """Run the cleanups, newest first; False if one of them failed."""
        parts = self._ut_parts or _PartRunner()
        while self._ut_cleanups:
            function, args, kwargs = self._ut_cleanups.pop()
            with parts.part(self):
                self._ut_run_cleanup(function, args, kwargs)
        return parts.ok

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups; their exc_infos end up in tearDown_exceptions."""
        failures = cls.tearDown_exceptions = []
        pending = cls._ut_class_cleanups
        while pending:
            cleanup, args, kwargs = pending.pop()
            try:
                cleanup(*args, **kwargs)
            except Exception:
                failures.append(sys.exc_info())

    # -- hooks IsolatedAsyncioTestCase overrides --

    def _ut_run_setup(self):
        self.setUp()

    def _ut_run_method(self, method):
        if method() is not None:
            warnings.warn('It is deprecated to return a value that is not None '
                          f'from a test case ({method})', DeprecationWarning, 3)

    def _ut_run_teardown(self):
        self.tearDown()

    def _ut_run_cleanup(self, function, args, kwargs):
        function(*args, **kwargs)

    # -- identity --

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return _result_mod.TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split("\n")[0].strip()

    def id(self):
        return strclass(type(self)) + "." + self._testMethodName

    def __str__(self):
        return "%s (%s)" % (self._testMethodName, self.id())

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(type(self)), self._testMethodName)

    def __eq__(self, other):
        if type(other) is type(self):
            return other._testMethodName == self._testMethodName
        return NotImplemented

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    # -- running --

    @contextlib.contextmanager
    def subTest(self, msg=_NO_MESSAGE, **params):
        """Run the body as a subtest: a failure is reported with msg and params and
        the test goes on."""
        parts = self._ut_parts
        if parts is None or not parts.subtests_supported:
            yield
            return
        enclosing = self._ut_subtest
        merged = (_ParamChain(params) if enclosing is None
                  else enclosing.params.new_child(params))
        self._ut_subtest = _SubTest(self, msg, merged)
        try:
            with parts.part(self._ut_subtest, subtest=True):
                yield
            if not parts.ok:
                if parts.result is not None and parts.result.failfast:
                    raise _StopSubTests
            elif parts.expected_failure:
                # the failure that was expected happened: no need to go on
                raise _StopSubTests
        finally:
            self._ut_subtest = enclosing

    def _ut_skip_reason(self, method):
        """The reason to skip this test (the class's before the method's), or None."""
        holders = (self.__class__, method)
        if not any(getattr(h, '__unittest_skip__', False) for h in holders):
            return None
        return next((r for r in (getattr(h, '__unittest_skip_why__', '') for h in holders)
                     if r), '')

    def run(self, result=None):
        own_result = result is None
        if own_result:
            result = self.defaultTestResult()
            start = getattr(result, 'startTestRun', None)
            if start is not None:
                start()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            why = self._ut_skip_reason(method)
            if why is not None:
                _report_skip(result, self, why)
                return result
            expecting = (getattr(self, '__unittest_expecting_failure__', False)
                         or getattr(method, '__unittest_expecting_failure__', False))
            parts = self._ut_parts = _PartRunner(result)
            try:
                with parts.part(self):
                    self._ut_run_setup()
                if parts.ok:
                    parts.expecting_failure = expecting
                    with parts.part(self):
                        self._ut_run_method(method)
                    parts.expecting_failure = False
                    with parts.part(self):
                        self._ut_run_teardown()
                self.doCleanups()
                if parts.ok:
                    if not expecting:
                        result.addSuccess(self)
                    elif parts.expected_failure:
                        self._ut_report_expected_failure(result, parts.expected_failure)
                    else:
                        self._ut_report_unexpected_success(result)
                return result
            finally:
                # drop the frames an exc_info would keep alive
                parts.expected_failure = None
                parts = self._ut_parts = None
        finally:
            result.stopTest(self)
            if own_result:
                stop = getattr(result, 'stopTestRun', None)
                if stop is not None:
                    stop()

    def _ut_report_expected_failure(self, result, exc_info):
        try:
            report = result.addExpectedFailure
        except AttributeError:
            warnings.warn("TestResult has no addExpectedFailure method, "
                          "reporting as passes", RuntimeWarning)
            result.addSuccess(self)
        else:
            report(self, exc_info)

    def _ut_report_unexpected_success(self, result):
        try:
            report = result.addUnexpectedSuccess
        except AttributeError:
            warnings.warn("TestResult has no addUnexpectedSuccess method, "
                          "reporting as failure", RuntimeWarning)
            try:
                raise _UnexpectedSuccess from None
            except _UnexpectedSuccess:
                result.addFailure(self, sys.exc_info())
        else:
            report(self)

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        """Run the test without a result, letting its exceptions propagate."""
        method = getattr(self, self._testMethodName)
        why = self._ut_skip_reason(method)
        if why is not None:
            raise SkipTest(why)
        self._ut_run_setup()
        self._ut_run_method(method)
        self._ut_run_teardown()
        while self._ut_cleanups:
            function, args, kwargs = self._ut_cleanups.pop()
            self._ut_run_cleanup(function, args, kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    # -- message building --

    def _formatMessage(self, msg, standardMsg):
        """The failure text: the user's msg after the standard one (longMessage),
        or instead of it."""
        if self.longMessage and msg is not None:
            try:
                return '%s : %s' % (standardMsg, msg)
            except UnicodeDecodeError:
                return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))
        if self.longMessage:
            return standardMsg
        return msg or standardMsg

    def _ut_with_diff(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + ('\nDiff is %s characters long. '
                          'Set self.maxDiff to None to see it.' % len(diff))

    def _ut_fail(self, msg, standard):
        raise self.failureException(self._formatMessage(msg, standard))

    # -- boolean and identity assertions --

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._ut_fail(msg, "%s is not true" % safe_repr(expr))

    def assertFalse(self, expr, msg=None):
        if expr:
            self._ut_fail(msg, "%s is not false" % safe_repr(expr))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._ut_fail(msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._ut_fail(msg, 'unexpectedly identical: %s' % safe_repr(expr1))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._ut_fail(msg, '%s is not None' % safe_repr(obj))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._ut_fail(msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._ut_fail(msg, '%s is not an instance of %r' % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._ut_fail(msg, '%s is an instance of %r' % (safe_repr(obj), cls))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._ut_fail(msg, '%s not found in %s' % (safe_repr(member),
                                                       safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._ut_fail(msg, '%s unexpectedly found in %s' % (safe_repr(member),
                                                                safe_repr(container)))

    # -- ordering --

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._ut_fail(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._ut_fail(msg, '%s not less than or equal to %s'
                          % (safe_repr(a), safe_repr(b)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._ut_fail(msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._ut_fail(msg, '%s not greater than or equal to %s'
                          % (safe_repr(a), safe_repr(b)))

    # -- equality --

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            checker = self._ut_equality.get(type(first))
            if checker is not None:
                return getattr(self, checker) if isinstance(checker, str) else checker
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._ut_fail(msg, '%s != %s' % _common_shorten_repr(first, second))

    def assertEqual(self, first, second, msg=None):
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._ut_fail(msg, '%s == %s' % (safe_repr(first), safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            standard = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        else:
            places = 7 if places is None else places
            if round(gap, places) == 0:
                return
            standard = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(gap))
        self._ut_fail(msg, standard)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is not None:
            if not first == second and gap > delta:
                return
            standard = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        else:
            places = 7 if places is None else places
            if not first == second and round(gap, places) != 0:
                return
            standard = '%s == %s within %r places' % (safe_repr(first),
                                                      safe_repr(second), places)
        self._ut_fail(msg, standard)

    @staticmethod
    def _ut_pretty_diff(first, second):
        return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                              pprint.pformat(second).splitlines()))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is None:
            kind = "sequence"
        else:
            kind = seq_type.__name__
            for which, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s'
                                                % (which, kind, safe_repr(seq)))
        report = self._ut_sequence_difference(seq1, seq2, kind, seq_type)
        if report is None:
            return
        report = self._ut_with_diff(report, self._ut_pretty_diff(seq1, seq2))
        self.fail(self._formatMessage(msg, report))

    def _ut_sequence_difference(self, seq1, seq2, kind, seq_type):
        """The first part of assertSequenceEqual's message, or None if equal."""
        lengths = []
        for which, seq in (('First', seq1), ('Second', seq2)):
            try:
                lengths.append(len(seq))
            except (TypeError, NotImplementedError):
                return '%s %s has no length.    Non-sequence?' % (which, kind)
        len1, len2 = lengths
        if seq1 == seq2:
            return None
        text = '%ss differ: %s != %s\n' % ((kind.capitalize(),)
                                           + _common_shorten_repr(seq1, seq2))
        for i in range(min(len1, len2)):
            items = []
            for which, seq in (('first', seq1), ('second', seq2)):
                try:
                    items.append(seq[i])
                except (TypeError, IndexError, NotImplementedError):
                    return text + '\nUnable to index element %d of %s %s\n' % (i, which, kind)
            if items[0] != items[1]:
                text += ('\nFirst differing element %d:\n%s\n%s\n'
                         % ((i,) + _common_shorten_repr(*items)))
                break
        else:
            if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                # equal element by element; only the container types differ
                return None
        if len1 == len2:
            return text
        longer, which, extra = ((seq1, 'First', len1 - len2) if len1 > len2
                                else (seq2, 'Second', len2 - len1))
        shorter_len = min(len1, len2)
        text += '\n%s %s contains %d additional elements.\n' % (which, kind, extra)
        try:
            text += 'First extra element %d:\n%s\n' % (shorter_len,
                                                       safe_repr(longer[shorter_len]))
        except (TypeError, IndexError, NotImplementedError):
            text += 'Unable to index element %d of %s %s\n' % (
                shorter_len, which.lower(), kind)
        return text

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        only = []
        for which, a, b in (('first', set1, set2), ('second', set2, set1)):
            try:
                only.append(a.difference(b))
            except TypeError as e:
                self.fail('invalid type when attempting set difference: %s' % e)
            except AttributeError as e:
                self.fail('%s argument does not support set difference: %s' % (which, e))
        if not (only[0] or only[1]):
            return
        lines = []
        for heading, items in (('Items in the first set but not the second:', only[0]),
                               ('Items in the second set but not the first:', only[1])):
            if items:
                lines.append(heading)
                lines.extend(repr(item) for item in items)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            standard = '%s != %s' % _common_shorten_repr(d1, d2)
            standard = self._ut_with_diff(standard, self._ut_pretty_diff(d1, d2))
            self.fail(self._formatMessage(msg, standard))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        warnings.warn('assertDictContainsSubset is deprecated', DeprecationWarning)
        missing, mismatched = [], []
        for key, value in subset.items():
            if key not in dictionary:
                missing.append(safe_repr(key))
            elif value != dictionary[key]:
                mismatched.append('%s, expected: %s, actual: %s' % (
                    safe_repr(key), safe_repr(value), safe_repr(dictionary[key])))
        if not (missing or mismatched):
            return
        pieces = []
        if missing:
            pieces.append('Missing: %s' % ','.join(missing))
        if mismatched:
            pieces.append('Mismatched values: %s' % ','.join(mismatched))
        self.fail(self._formatMessage(msg, '; '.join(pieces)))

    def assertCountEqual(self, first, second, msg=None):
        first_items, second_items = list(first), list(second)
        try:
            if Counter(first_items) == Counter(second_items):
                return
        except TypeError:
            differences = _count_diff_all_purpose(first_items, second_items)
        else:
            differences = _count_diff_hashable(first_items, second_items)
        if not differences:
            return
        lines = '\n'.join('First has %d, Second has %d:  %r' % d for d in differences)
        standard = self._ut_with_diff('Element counts were not equal:\n', lines)
        self.fail(self._formatMessage(msg, standard))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        standard = '%s != %s' % _common_shorten_repr(first, second)
        if len(first) <= self._ut_diff_limit and len(second) <= self._ut_diff_limit:
            first_lines = first.splitlines(keepends=True)
            if len(first_lines) == 1 and first.strip('\r\n') == first:
                # one line without an ending: diff both sides as single lines
                first_lines, second_lines = [first + '\n'], [second + '\n']
            else:
                second_lines = second.splitlines(keepends=True)
            diff = '\n' + ''.join(difflib.ndiff(first_lines, second_lines))
            standard = self._ut_with_diff(standard, diff)
        self.fail(self._formatMessage(msg, standard))

    # -- regular expressions --

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._ut_fail(msg, "Regex didn't match: %r not found in %r"
                          % (expected_regex.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            self._ut_fail(msg, 'Regex matched: %r matches %r in %r'
                          % (found.group(0), unexpected_regex.pattern, text))

    # -- exceptions, warnings, logs --

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _RaisesCheck(self, expected_exception).handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        return _RaisesCheck(self, expected_exception, expected_regex).handle(
            'assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _WarnsCheck(self, expected_warning).handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        return _WarnsCheck(self, expected_warning, expected_regex).handle(
            'assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        from ._log import LogCapture
        return LogCapture(self, logger, level, expect_none=False)

    def assertNoLogs(self, logger=None, level=None):
        from ._log import LogCapture
        return LogCapture(self, logger, level, expect_none=True)


def _deprecated_alias(name, target):
    def alias(self, *args, **kwargs):
        warnings.warn('Please use {0} instead.'.format(target.__name__),
                      DeprecationWarning, 2)
        return target(self, *args, **kwargs)
    alias.__name__ = alias.__qualname__ = name
    return alias


for _names, _target in (
        (('failUnlessEqual', 'assertEquals'), TestCase.assertEqual),
        (('failIfEqual', 'assertNotEquals'), TestCase.assertNotEqual),
        (('failUnlessAlmostEqual', 'assertAlmostEquals'), TestCase.assertAlmostEqual),
        (('failIfAlmostEqual', 'assertNotAlmostEquals'), TestCase.assertNotAlmostEqual),
        (('failUnless', 'assert_'), TestCase.assertTrue),
        (('failUnlessRaises',), TestCase.assertRaises),
        (('failIf',), TestCase.assertFalse),
        (('assertRaisesRegexp',), TestCase.assertRaisesRegex),
        (('assertRegexpMatches',), TestCase.assertRegex),
        (('assertNotRegexpMatches',), TestCase.assertNotRegex)):
    for _name in _names:
        setattr(TestCase, _name, _deprecated_alias(_name, _target))
del _names, _target, _name


class _ExpectationContext:
    """What assertRaises and assertWarns share: the type check, the message
    handling, and running a callable inside the context when one is given."""

    def __init__(self, test_case, expected, expected_regex=None):
        self.test_case = test_case
        self.expected = expected
        if expected_regex is not None:
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def _valid_type(self, candidate):
        return isinstance(candidate, type) and issubclass(candidate, self.base_class)

    def handle(self, method_name, args, kwargs):
        try:
            kinds = self.expected if isinstance(self.expected, tuple) else (self.expected,)
            if not all(self._valid_type(k) for k in kinds):
                raise TypeError('%s() arg 1 must be %s' % (method_name, self.type_phrase))
            if not args:
                self.msg = kwargs.pop('msg', None)
                if kwargs:
                    raise TypeError('%r is an invalid keyword argument for this function'
                                    % (next(iter(kwargs)),))
                return self
            function, *args = args
            self.obj_name = getattr(function, '__name__', None) or str(function)
            with self:
                function(*args, **kwargs)
        finally:
            # a traceback held here would keep every frame of the test alive
            self = None

    def _expected_name(self):
        return getattr(self.expected, '__name__', None) or str(self.expected)

    def _missing(self, verb):
        text = '{} {}'.format(self._expected_name(), verb)
        if self.obj_name:
            text += ' by {}'.format(self.obj_name)
        self._raise_failure(text)

    def _raise_failure(self, standard):
        raise self.test_case.failureException(
            self.test_case._formatMessage(self.msg, standard))


class _RaisesCheck(_ExpectationContext):
    base_class = BaseException
    type_phrase = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self._missing('not raised')
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is not None and not self.expected_regex.search(str(exc_value)):
            self._raise_failure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(exc_value)))
        return True


class _WarnsCheck(_ExpectationContext):
    base_class = Warning
    type_phrase = 'a warning type or tuple of warning types'

    def __enter__(self):
        # forget warnings already shown once, or they would not fire again
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self._catcher = warnings.catch_warnings(record=True)
        self._caught = self._catcher.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return None
        first_of_type = None
        for record in self._caught:
            if not isinstance(record.message, self.expected):
                continue
            if first_of_type is None:
                first_of_type = record.message
            if (self.expected_regex is not None
                    and not self.expected_regex.search(str(record.message))):
                continue
            self.warning = record.message
            self.filename = record.filename
            self.lineno = record.lineno
            return None
        if first_of_type is not None:
            self._raise_failure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(first_of_type)))
        self._missing('not triggered')
        return None


class FunctionTestCase(TestCase):
    """Wraps a plain function (and optional setUp/tearDown functions) as a test."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc = testFunc
        self._ut_before, self._ut_after = setUp, tearDown
        self._description = description

    def _ut_fields(self):
        return (self._ut_before, self._ut_after, self._testFunc, self._description)

    def setUp(self):
        if self._ut_before is not None:
            self._ut_before()

    def runTest(self):
        self._testFunc()

    def tearDown(self):
        if self._ut_after is not None:
            self._ut_after()

    def id(self):
        return self._testFunc.__name__

    def shortDescription(self):
        if self._description is None:
            lines = (self._testFunc.__doc__ or '').split("\n")
            return lines[0].strip() or None
        return self._description

    def __str__(self):
        return "%s (%s)" % (strclass(type(self)), self.id())

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(type(self)), self._testFunc)

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return self._ut_fields() == other._ut_fields()
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._ut_fields())


class _ParamChain(ChainMap):
    """Nested subTest parameters; the innermost block's names come first."""

    def __iter__(self):
        seen = set()
        for layer in self.maps:
            for key in layer:
                if key not in seen:
                    seen.add(key)
                    yield key


class _SubTest(TestCase):
    """The stand-in a result receives for one subTest() block of a test."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case, self.params = test_case, params
        self.failureException = test_case.failureException
        self._ut_message = message

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _ut_description(self):
        words = []
        if self._ut_message is not _NO_MESSAGE:
            words.append("[{}]".format(self._ut_message))
        if self.params:
            words.append("({})".format(', '.join(
                "{}={!r}".format(key, value) for key, value in self.params.items())))
        return " ".join(words) or '(<subtest>)'

    def id(self):
        return "{} {}".format(self.test_case.id(), self._ut_description())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._ut_description())
