# Discovery: a package's load_tests takes over its directory, a module raising SkipTest
# on import becomes a skipped test, a failing load_tests becomes an error, -s and -t.
import io
import os
import re
import unittest

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "ut_disc2"))


def discover(*argv):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    loader = unittest.TestLoader()
    program = unittest.main(module=None, argv=["prog", "discover"] + list(argv),
                            testRunner=runner, testLoader=loader, exit=False)
    text = re.sub(r"in [0-9.]+s", "in X.XXXs", stream.getvalue())
    text = re.sub(r"Traceback \(most recent call last\):\n(  .*\n)+", "Traceback: ...\n", text)
    print(text)
    print("errors:", [e.splitlines()[0] for e in loader.errors])
    print(program.result.testsRun, program.result.wasSuccessful())


discover()
discover("-s", "plain")
discover("-p", "test_s*.py")
try:
    discover("-s", "no_such_dir")
except ImportError as e:
    print("ImportError:", str(e).replace(os.getcwd(), "<cwd>"))
