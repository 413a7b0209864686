# unittest.main: argv handling, -k, names, discovery, exit status.
import io
import os
import re
import sys
import unittest


class Sample(unittest.TestCase):
    def test_pass(self):
        pass

    def test_fail(self):
        self.assertIn(3, [1, 2])

    def test_keyword_match(self):
        pass


def main(argv, module="__main__"):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    try:
        prog = unittest.main(module=module, argv=argv, testRunner=runner, exit=False,
                             testLoader=unittest.TestLoader())
        print("exit=False result:", prog.result.testsRun, prog.result.wasSuccessful())
    except SystemExit as e:
        print("SystemExit", e.code)
    text = re.sub(r"in [0-9.]+s", "in X.XXXs", stream.getvalue())
    # Failed imports carry a traceback whose frames are the runtime's own.
    text = re.sub(r"Traceback \(most recent call last\):\n(  .*\n)+", "Traceback: ...\n", text)
    print(text)


main(["prog"])
main(["prog", "Sample.test_pass"])
main(["prog", "-k", "keyword"])
main(["prog", "-q", "Sample.test_pass", "Sample.test_keyword_match"])
here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)
main(["prog", "discover", "-s", "ut_discover", "-t", "ut_discover"], module=None)
main(["prog", "discover", "-s", "ut_discover", "-k", "select"], module=None)

# exit=True: SystemExit with 0/1, and the report goes to the runner's stream.
for argv in (["prog", "Sample.test_pass"], ["prog", "Sample.test_fail"]):
    try:
        unittest.main(argv=argv, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
    except SystemExit as e:
        print(argv[1], "-> SystemExit", e.code)

# Loader errors by name.
loader = unittest.TestLoader()
suite = loader.loadTestsFromName("Sample.test_missing", sys.modules[__name__])
print(suite.countTestCases(), [str(t) for t in suite])
print(loader.errors[0].splitlines()[0])
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError:", e)
print(loader.getTestCaseNames(Sample))
print(unittest.TestSuite([Sample("test_pass")]))
print(repr(Sample("test_pass")), Sample("test_pass").id())
try:
    Sample("nope")
except ValueError as e:
    print("ValueError:", e)
