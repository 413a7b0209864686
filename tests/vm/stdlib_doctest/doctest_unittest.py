# doctest with unittest: DocTestSuite over a module (case ids, reprs, failure
# text, setUp/tearDown hooks, reporting flags), DocFileSuite and testfile over a
# text file next to this test, and testmod's master runner.
import doctest
import io
import sys
import types
import unittest

module = types.ModuleType('sample_mod')
module.__file__ = 'sample_mod.py'
exec('''
"""Module docs.

>>> 2 + 2
4
"""

def good():
    """
    >>> good()
    'fine'
    """
    return 'fine'

def bad():
    """
    >>> bad()
    'other'
    >>> 1 + 1
    2
    """
    return 'bad'

def undocumented():
    return None
''', module.__dict__)
sys.modules['sample_mod'] = module

suite = doctest.DocTestSuite(module)
print(type(suite).__name__, suite.countTestCases())
for case in suite:
    print(repr(case), '|', str(case), '|', case.id(), '|', case.shortDescription())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors))
failed_case, text = result.failures[0]
print(failed_case.id())
print(text[text.index('AssertionError'):])
print(suite.countTestCases(), [type(case).__name__ for case in suite], 'kept after the run')

calls = []
hooked = doctest.DocTestSuite(module, setUp=lambda t: calls.append(('up', t.name)),
                              tearDown=lambda t: calls.append(('down', t.name)),
                              optionflags=doctest.REPORT_NDIFF)
unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(hooked)
print(calls)
print(doctest.set_unittest_reportflags(doctest.REPORT_ONLY_FIRST_FAILURE))
print(doctest.set_unittest_reportflags(0))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print('ValueError:', e.args)

files = doctest.DocFileSuite('_doctest_sample.txt')
for case in files:
    print(repr(case).endswith('_doctest_sample.txt'), case.id())
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(files)
print(result.testsRun, len(result.failures))
failing = doctest.DocFileSuite('_doctest_sample.txt', globs={'len': lambda s: 0})
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(failing)
text = result.failures[0][1]
print(text[text.index('AssertionError'):])

print(doctest.testfile('_doctest_sample.txt'))
print(doctest.testfile('_doctest_sample.txt', verbose=True, name='named'))
print(doctest.testfile('_doctest_sample.txt', globs={'len': lambda s: 1}, report=False))
print(doctest.testmod(module))
print(doctest.testmod(module, verbose=True, report=False))
print(doctest.master.summarize(verbose=False))
try:
    doctest.testmod(42)
except TypeError as e:
    print('TypeError:', e)
try:
    doctest.testfile('/abs/path.txt')
except ValueError as e:
    print('ValueError:', e)
print(doctest.testsource(module, 'sample_mod.good'))
try:
    doctest.testsource(module, 'sample_mod.none')
except ValueError as e:
    print('ValueError:', e.args)
