# Fixtures: setUp/tearDown order, cleanups, class and module fixtures and their failures.
import unittest
from _ut_helpers import run_and_show, load

log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class Ordered(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
        cls.addClassCleanup(log.append, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 1 " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 2 " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_b(self):
        log.append("test_b")

    def test_a(self):
        log.append("test_a")
        raise ValueError("in test_a")


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "cleanup after failed setUp")
        raise RuntimeError("setUp broke")

    def tearDown(self):
        log.append("never")

    def test_x(self):
        log.append("never either")


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError("no fixture")

    def test_y(self):
        log.append("not run")


class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("whole class")

    def test_z(self):
        pass


class BrokenCleanup(unittest.TestCase):
    def test_cleanup_raises(self):
        self.addCleanup(lambda: 1 / 0)


run_and_show(load(Ordered, BrokenSetUp, BrokenClass, SkippedClass, BrokenCleanup), verbosity=2)
for entry in log:
    print(entry)
