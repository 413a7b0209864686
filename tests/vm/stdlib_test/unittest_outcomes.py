# Skips, expected failures, unexpected successes, subtests, failfast, buffer, verbosity 0/1.
import sys
import unittest
from _ut_helpers import run_and_show, load


class Outcomes(unittest.TestCase):
    @unittest.skip("not today")
    def test_skip(self):
        pass

    @unittest.skipIf(True, "condition held")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(False, "condition failed")
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                if i % 2:
                    self.assertEqual(i, 0)

    def test_subtest_msg_and_nesting(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                raise KeyError("nested")

    def test_subtest_no_params(self):
        with self.subTest():
            self.fail("plain")

    def test_ok(self):
        """First line of the doc.

        More lines."""


@unittest.skip("class skipped")
class SkippedWhole(unittest.TestCase):
    def test_a(self):
        pass


class Printing(unittest.TestCase):
    def test_prints_and_fails(self):
        print("captured out")
        print("captured err", file=sys.stderr)
        self.fail("with output")

    def test_prints_and_passes(self):
        print("not shown")


class FailFast(unittest.TestCase):
    def test_1(self):
        self.fail("first")

    def test_2(self):
        pass


run_and_show(load(Outcomes, SkippedWhole), verbosity=2)
run_and_show(load(Outcomes), verbosity=1)
run_and_show(load(Outcomes), verbosity=0)
sys.stderr = sys.stdout
run_and_show(load(Printing), verbosity=1, buffer=True)
run_and_show(load(FailFast), verbosity=2, failfast=True)
