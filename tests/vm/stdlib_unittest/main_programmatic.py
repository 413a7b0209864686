# unittest.main called from code: defaultTest, -k globs and substrings, runner classes
# that accept fewer settings, options fixed by the caller.
import unittest, io, re, sys, types
class T(unittest.TestCase):
    def test_a(self): pass
    def test_b(self): pass
def go(**kw):
    s = io.StringIO()
    p = unittest.main(testRunner=unittest.TextTestRunner(stream=s, verbosity=2), exit=False, **kw)
    print(re.sub(r"in [0-9.]+s", "in X", s.getvalue()), p.testNames)
go(argv=['x'], defaultTest='T.test_a')
go(argv=['x'], defaultTest=['T.test_b', 'T.test_a'])
go(argv=['x', '-k', 'T.test_?'])
go(argv=['x', '-k', 'test_b', '-k', 'test_a'])
class R(unittest.TextTestRunner):
    def __init__(self, verbosity=1, failfast=False, buffer=False, warnings=None):
        super().__init__(stream=io.StringIO(), verbosity=verbosity)
        print("R made", verbosity, failfast, buffer, warnings)
p = unittest.main(argv=['x', '-v'], testRunner=R, exit=False)
print(p.result)
class R2(unittest.TextTestRunner):
    def __init__(self):
        super().__init__(stream=io.StringIO())
        print("R2 made")
p = unittest.main(argv=['x'], testRunner=R2, exit=False)
print(p.result.testsRun)
p = unittest.main(argv=['x'], testRunner=R2, exit=False, module='o8mod_missing' if False else '__main__', verbosity=0, failfast=True, buffer=True, catchbreak=False)
print(p.failfast, p.buffer, p.catchbreak)
try:
    unittest.main(argv=['x', '-f'], failfast=True, exit=False)
except SystemExit as e:
    print("exit", e.code)
