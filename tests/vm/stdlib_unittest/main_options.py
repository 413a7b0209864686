# args: -v -b -k b -f T
# unittest.main with -v, -b (output shown only for the failing test), -k and a name.
import io
import re
import unittest


class T(unittest.TestCase):
    def test_a(self):
        print("a is filtered out by -k")

    def test_b1(self):
        print("b1 prints, passes: not shown")

    def test_b2(self):
        print("b2 prints, fails: shown")
        self.fail("b2")

    def test_b3(self):
        pass


class Other(unittest.TestCase):
    def test_b(self):
        pass


# the report goes to a StringIO so that its timing can be masked
stream = io.StringIO()
program = unittest.main(testRunner=unittest.TextTestRunner(stream=stream, verbosity=2),
                        exit=False)
print(re.sub(r"in [0-9.]+s", "in X.XXXs", stream.getvalue()))
print("verbosity", program.verbosity, "buffer", program.buffer, "failfast", program.failfast,
      "patterns", program.testNamePatterns, "names", program.testNames)
print(program.result.testsRun, program.result.wasSuccessful())
