# subTest descriptions, TestCase/FunctionTestCase identity, loader names and errors,
# suite argument checks.
import unittest, warnings, io
class T(unittest.TestCase):
    def test_a(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                self.fail("x")
        with self.subTest(c=3):
            with self.subTest("inner"):
                self.fail("x")
    def test_ret(self):
        return 5
r = unittest.TestResult()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    unittest.TestSuite([T('test_a'), T('test_ret')]).run(r)
print([str(x.message) for x in w])
for t, e in r.failures: print(str(t), t.id(), t.shortDescription(), dict(t.params))
class U(unittest.TestCase):
    def test_x(self): pass
print(T('test_a') == T('test_a'), T('test_a') != U('test_x'), hash(T('test_a'))==hash(T('test_a')))
print(unittest.FunctionTestCase(lambda: None), repr(unittest.FunctionTestCase(len, description="d")))
def f(): "doc line\n more"
ft = unittest.FunctionTestCase(f)
print(ft, ft.id(), ft.shortDescription())
print(unittest.TestCase().id(), str(unittest.TestCase()), unittest.TestCase().countTestCases())
print(unittest.TestSuite().countTestCases())
try: T().run()
except Exception as e: print(type(e), e)
print(T('test_a').run())
import sys
print(unittest.TestLoader().loadTestsFromName('T.test_a', sys.modules['__main__']))
l=unittest.TestLoader()
try: l.loadTestsFromModule(sys, 1, 2)
except TypeError as e: print(e)
try: l.loadTestsFromModule(sys, foo=1)
except TypeError as e: print(e)
def g(): return 1
try: l.loadTestsFromName('g', sys.modules['__main__'])
except Exception as e: print(repr(e).replace(hex(id(g)), 'X'))
x=5
try: l.loadTestsFromName('x', sys.modules['__main__'])
except Exception as e: print(repr(e))
print(l.loadTestsFromNames(['T'], sys.modules['__main__']))
r=l.loadTestsFromName('nosuchmod_q.x'); print(r, l.errors[-1].splitlines()[0])
print(repr(unittest.TestResult()))
s = unittest.TestSuite()
for bad in (1, unittest.TestCase, 'ab'):
  try: s.addTest(bad) if bad!='ab' else s.addTests(bad)
  except TypeError as e: print(e)
