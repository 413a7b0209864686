"""Runs a suite into a string and prints the report with the timing normalized."""
import io
import re
import unittest


def run_and_show(suite, verbosity=1, **kw):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw)
    result = runner.run(suite)
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", stream.getvalue())
    print(text, end="")
    print("result:", result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses), result.wasSuccessful())
    return result


def load(*classes):
    loader = unittest.TestLoader()
    return unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
