# TextTestRunner reports: chained exceptions, trimmed assert frames, docstrings,
# tb_locals, class cleanups and tearDownClass errors, buffered fixture output.
import unittest, io, sys, warnings, re
def run(*classes, v=2, **kw):
    s = io.StringIO()
    suite = unittest.TestSuite(unittest.TestLoader().loadTestsFromTestCase(c) for c in classes)
    r = unittest.TextTestRunner(stream=s, verbosity=v, **kw).run(suite)
    print(re.sub(r"0x[0-9a-f]+", "0x...", re.sub(r"in [0-9.]+s", "in X", s.getvalue())))
    print(r)
def helper():
    raise KeyError('deep')
class T(unittest.TestCase):
    def test_a(self): pass
    def test_w(self): warnings.warn("w1", DeprecationWarning)
    @unittest.expectedFailure
    def test_u(self): pass
    def test_chain(self):
        try:
            helper()
        except KeyError as e:
            raise ValueError("outer") from e
    def test_ctx(self):
        try:
            self.assertEqual(1, 2)
        except AssertionError:
            raise TypeError("while failing")
    def test_fail_in_helper(self):
        def check(x):
            self.assertTrue(x, "not x")
        check(0)
    def test_locals(self):
        value = 42
        self.assertEqual(value, 43)
    def test_doc(self):
        """Docstring here."""
        self.fail()
class M(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(cls.bad_cleanup)
    @classmethod
    def bad_cleanup(cls):
        raise RuntimeError("class cleanup failed")
    @classmethod
    def tearDownClass(cls):
        raise ValueError("teardown class")
    def test_m(self):
        print("out of m")
run(T, M)
run(T, v=1)
run(T, M, v=0, tb_locals=True)
run(M, buffer=True)
