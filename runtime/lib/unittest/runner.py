"""TextTestRunner and the TextTestResult it prints progress and reports with."""

import sys
import time
import warnings

from . import result
from .case import _SubTest
from .signals import registerResult

__unittest = True


class _LineWriter(object):
    """A stream plus writeln()."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        # 'stream' itself is never forwarded: copy and pickle look it up before
        # __init__ has run
        if name in _NOT_FORWARDED:
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, text=None):
        self.write(text + '\n' if text else '\n')


_NOT_FORWARDED = frozenset(('stream', '__getstate__'))


class TextTestResult(result.TestResult):
    """Prints a dot (verbosity 1) or a line (verbosity 2) per test, and the
    failures with their tracebacks at the end."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.descriptions = descriptions
        self.dots, self.showAll = verbosity == 1, verbosity > 1
        self.stream = stream
        # True when the cursor is at the start of a line
        self._ut_at_line_start = True

    def getDescription(self, test):
        doc_line = test.shortDescription()
        if self.descriptions and doc_line:
            return '\n'.join((str(test), doc_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if not self.showAll:
            return
        out = self.stream
        out.write(self.getDescription(test) + " ... ")
        out.flush()
        self._ut_at_line_start = False

    def _ut_status(self, test, word, mark):
        """Report one outcome: the word on the test's line, or the mark as a dot."""
        out = self.stream
        if self.dots:
            out.write(mark)
        elif self.showAll:
            is_subtest = isinstance(test, _SubTest)
            if is_subtest or self._ut_at_line_start:
                # the test's own line is not the current one: start a new line
                head = '' if self._ut_at_line_start else '\n'
                indent = '  ' if is_subtest else ''
                out.write(head + indent + self.getDescription(test) + " ... ")
            out.writeln(word)
            self._ut_at_line_start = True
        else:
            return
        out.flush()

    def _ut_failure_kind(self, test, err):
        if issubclass(err[0], test.failureException):
            return "FAIL", 'F'
        return "ERROR", 'E'

    def addSubTest(self, test, subtest, err):
        if err is not None:
            self._ut_status(subtest, *self._ut_failure_kind(subtest, err))
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._ut_status(test, "ok", '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._ut_status(test, "ERROR", 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._ut_status(test, "FAIL", 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._ut_status(test, "skipped {0!r}".format(reason), 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._ut_status(test, "expected failure", 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._ut_status(test, "unexpected success", 'u')

    def printErrors(self):
        out = self.stream
        if self.showAll or self.dots:
            # end the line of dots (or the last status line)
            out.writeln()
            out.flush()
        for label, entries in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(label, entries)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if not surprises:
            return
        out.writeln(self.separator1)
        for one in surprises:
            out.writeln("UNEXPECTED SUCCESS: " + self.getDescription(one))
        out.flush()

    def printErrorList(self, flavour, errors):
        out = self.stream
        for test, report in errors:
            heading = "%s: %s" % (flavour, self.getDescription(test))
            for line in (self.separator1, heading, self.separator2, "%s" % report):
                out.writeln(line)
            out.flush()


class TextTestRunner(object):
    """Runs a test or suite and prints the result to a stream (stderr by default)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        if resultclass is not None:
            self.resultclass = resultclass
        self.verbosity, self.descriptions = verbosity, descriptions
        self.warnings = warnings
        self.tb_locals, self.buffer, self.failfast = tb_locals, buffer, failfast
        self.stream = _LineWriter(sys.stderr if stream is None else stream)

    def _makeResult(self):
        make = self.resultclass
        return make(self.stream, self.descriptions, self.verbosity)

    def _ut_warning_filters(self):
        if not self.warnings:
            return
        warnings.simplefilter(self.warnings)
        if self.warnings in ('default', 'always'):
            # the deprecated assert aliases warn once per module, not at every call
            warnings.filterwarnings('module', category=DeprecationWarning,
                                    message=r'Please use assert\w+ instead.')

    def run(self, test):
        outcome = self._makeResult()
        registerResult(outcome)
        outcome.failfast = self.failfast
        outcome.buffer = self.buffer
        outcome.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            self._ut_warning_filters()
            started = time.perf_counter()
            hook = getattr(outcome, 'startTestRun', None)
            if hook is not None:
                hook()
            try:
                test(outcome)
            finally:
                hook = getattr(outcome, 'stopTestRun', None)
                if hook is not None:
                    hook()
            elapsed = time.perf_counter() - started
        outcome.printErrors()
        self._ut_summary(outcome, elapsed)
        return outcome

    def _ut_summary(self, outcome, elapsed):
        write = self.stream
        if hasattr(outcome, 'separator2'):
            write.writeln(outcome.separator2)
        count = outcome.testsRun
        write.writeln("Ran %d test%s in %.3fs" % (count, "" if count == 1 else "s", elapsed))
        write.writeln()
        notes = []
        if outcome.wasSuccessful():
            write.write("OK")
        else:
            write.write("FAILED")
            for label, items in (("failures", outcome.failures), ("errors", outcome.errors)):
                if items:
                    notes.append("%s=%d" % (label, len(items)))
        try:
            extras = (("skipped", len(outcome.skipped)),
                      ("expected failures", len(outcome.expectedFailures)),
                      ("unexpected successes", len(outcome.unexpectedSuccesses)))
        except AttributeError:
            extras = ()
        notes.extend("%s=%d" % (label, n) for label, n in extras if n)
        if notes:
            write.writeln(" (%s)" % (", ".join(notes),))
        else:
            write.write("\n")
        write.flush()
