"""TestResult: collects what happened to each test of a run."""

import io
import sys
import traceback
from functools import wraps

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    """Stop the run after this kind of outcome when the result is in failfast mode."""
    @wraps(method)
    def stopping(self, *args, **kwargs):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kwargs)
    return stopping


def _in_unittest(tb):
    """True for traceback entries of frames running unittest's own code (modules
    that set the global __unittest)."""
    return '__unittest' in tb.tb_frame.f_globals


def _strip_unittest_frames(tb, is_failure):
    """Drop the leading entries of unittest's own frames; for a failure, also cut
    the traceback where it enters unittest again (the assert method)."""
    while tb is not None and _in_unittest(tb):
        tb = tb.tb_next
    if is_failure:
        last_user = None
        entry = tb
        while entry is not None and not _in_unittest(entry):
            last_user, entry = entry, entry.tb_next
        if last_user is not None and entry is not None:
            last_user.tb_next = None
    return tb


class TestResult(object):
    """Counts the tests run and lists the failures, errors, skips and so on, each
    failure with its formatted traceback."""

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.testsRun = 0
        self.errors, self.failures, self.skipped = [], [], []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        self.shouldStop = self.failfast = False
        self.tb_locals = self.buffer = False
        # buffer mode: the (stdout, stderr) StringIOs, and the streams they replace
        self._ut_captured = None
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._ut_show_captured = False

    def printErrors(self):
        """Hook for results that print; nothing to do here."""

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._ut_show_captured = False
        self._ut_begin_capture()

    def stopTest(self, test):
        self._ut_end_capture()
        self._ut_show_captured = False

    # -- buffer mode: stdout and stderr go to StringIOs while a test runs and
    # are echoed only if the test did not pass --

    def _ut_begin_capture(self):
        if not self.buffer:
            return
        if self._ut_captured is None:
            self._ut_captured = (io.StringIO(), io.StringIO())
        sys.stdout, sys.stderr = self._ut_captured

    def _ut_end_capture(self):
        if not self.buffer:
            return
        out, err = self._ut_captured
        if self._ut_show_captured:
            for text, template, stream in ((out.getvalue(), STDOUT_LINE, self._original_stdout),
                                           (err.getvalue(), STDERR_LINE, self._original_stderr)):
                if text:
                    if not text.endswith('\n'):
                        text += '\n'
                    stream.write(template % text)
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for buf in (out, err):
            buf.seek(0)
            buf.truncate()

    # -- outcomes --

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._ut_format(err, test)))
        self._ut_show_captured = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._ut_format(err, test)))
        self._ut_show_captured = True

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        bucket = self.failures if issubclass(err[0], test.failureException) else self.errors
        bucket.append((subtest, self._ut_format(err, test)))
        self._ut_show_captured = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._ut_format(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        self.shouldStop = True

    def _ut_format(self, err, test):
        """The report of one exception: its traceback without unittest's frames,
        plus the test's captured output in buffer mode."""
        kind, value, tb = err
        failure_type = getattr(test, 'failureException', None)
        tb = _strip_unittest_frames(tb, kind is failure_type)
        # the exceptions chained to this one get the same treatment
        seen = {id(value)}
        pending = [value] if value is not None else []
        while pending:
            exc = pending.pop()
            for linked in (exc.__cause__, exc.__context__):
                if linked is not None and id(linked) not in seen:
                    seen.add(id(linked))
                    linked.__traceback__ = _strip_unittest_frames(
                        linked.__traceback__, type(linked) is failure_type)
                    pending.append(linked)
        report = traceback.TracebackException(kind, value, tb, capture_locals=self.tb_locals,
                                              compact=True)
        text = ''.join(report.format())
        if self.buffer and self._ut_captured is not None:
            for captured, template in zip((b.getvalue() for b in self._ut_captured),
                                          (STDOUT_LINE, STDERR_LINE)):
                if captured:
                    if not captured.endswith('\n'):
                        captured += '\n'
                    text += template % captured
        return text

    def __repr__(self):
        counts = (self.testsRun, len(self.errors), len(self.failures))
        return "<%s run=%i errors=%i failures=%i>" % ((util.strclass(type(self)),) + counts)
