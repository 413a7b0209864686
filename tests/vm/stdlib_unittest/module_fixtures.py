# Module fixtures (failing setUpModule, SkipTest in it, failing tearDownModule and module
# cleanups), skipped classes, debug() of suites and tests, failfast with subtests.
import unittest, io, re, sys
import ut_modfix.bad_mod, ut_modfix.skip_mod, ut_modfix.td_mod
def run(suite, v=2):
    s = io.StringIO()
    r = unittest.TextTestRunner(stream=s, verbosity=v).run(suite)
    print(re.sub(r"in [0-9.]+s", "in X", s.getvalue()))
    print(r, len(r.skipped))
L = unittest.TestLoader()
run(unittest.TestSuite([L.loadTestsFromModule(m) for m in (ut_modfix.bad_mod, ut_modfix.skip_mod, ut_modfix.td_mod)]))
run(L.loadTestsFromModule(ut_modfix.td_mod), v=1)
# suite debug raises
class X(unittest.TestCase):
    @classmethod
    def setUpClass(cls): raise ValueError("debug setUpClass")
    def test_x(self): pass
try:
    L.loadTestsFromTestCase(X).debug()
except ValueError as e:
    print("debug:", e)
class Y(unittest.TestCase):
    def test_y(self): self.assertEqual(1, 2)
    @unittest.skip("why")
    def test_z(self): pass
try: Y('test_y').debug()
except AssertionError as e: print("debug:", e)
try: Y('test_z').debug()
except unittest.SkipTest as e: print("skip:", e)
s = L.loadTestsFromTestCase(Y)
print(s.countTestCases()); r = unittest.TestResult(); s.run(r); print(s.countTestCases(), list(s), r, r.skipped[0][1])
# failfast and shouldStop
class F(unittest.TestCase):
    def test_1(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)
    def test_2(self): pass
run(unittest.TextTestRunner and L.loadTestsFromTestCase(F))
s = io.StringIO(); r = unittest.TextTestRunner(stream=s, failfast=True, verbosity=2).run(L.loadTestsFromTestCase(F)); print(re.sub(r"in [0-9.]+s", "in X", s.getvalue()))
