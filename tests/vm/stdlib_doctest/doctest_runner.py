# doctest.DocTestRunner and DebugRunner: verbose and quiet reports, per-example
# options (SKIP, IGNORE_EXCEPTION_DETAIL), REPORT_ONLY_FIRST_FAILURE, FAIL_FAST,
# custom report hooks, tallies merged across runs, summarize() in both modes,
# globs clearing, and DocTestFinder over classes and __test__.
import doctest
import sys

parser = doctest.DocTestParser()
SOURCE = '''
>>> x = 6
>>> x * 7
42
>>> print('a'); print('b')
a
c
>>> raise ValueError('detail one')   # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
  ...
ValueError: detail two
>>> raise KeyError('k')
Traceback (most recent call last):
KeyError: 'k'
>>> undefined   # doctest: +SKIP
>>> print(1, end='')
1
>>> x
7
'''


def fresh(name='sample', filename='sample.txt', lineno=10):
    return parser.get_doctest(SOURCE, {'__name__': 'm'}, name, filename, lineno)


runner = doctest.DocTestRunner(verbose=True)
print(runner.run(fresh()))
runner = doctest.DocTestRunner(verbose=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
print(runner.run(fresh(filename=None)))
runner = doctest.DocTestRunner(verbose=False, optionflags=doctest.FAIL_FAST)
print(runner.run(fresh(lineno=None)))
print(runner.tries, runner.failures)
runner.run(parser.get_doctest('>>> 1\n1\n', {}, 'other', 'o.txt', 0))
runner.run(parser.get_doctest('no examples', {}, 'empty', 'e.txt', 0))
print(runner.summarize(verbose=True))
print(runner.summarize(verbose=False))
quiet = doctest.DocTestRunner(verbose=False)
quiet.run(parser.get_doctest('>>> 2\n2\n' * 12, {}, 'many', 'm.txt', 0))
print(quiet.summarize(True))
runner.merge(quiet)
print(runner.summarize(False))


class Collecting(doctest.DocTestRunner):
    def report_start(self, out, test, example):
        out('start %s\n' % example.source.strip())

    def report_success(self, out, test, example, got):
        out('success %r\n' % got)

    def report_failure(self, out, test, example, got):
        out('failure %r wanted %r\n' % (got, example.want))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out('exception %s\n' % exc_info[0].__name__)


lines = []
test = parser.get_doctest('>>> 1 + 1\n2\n>>> 3\n4\n>>> 1/0\n>>> y = 5\n', {}, 'c', 'c.txt', 0)
print(Collecting(verbose=False).run(test, out=lines.append, clear_globs=False))
print(''.join(lines), end='')
print(sorted(test.globs))
test = parser.get_doctest('>>> z = 1\n', {'keep': 1}, 'g', 'g.txt', 0)
doctest.DocTestRunner(verbose=False).run(test)
print(test.globs)

debug = doctest.DebugRunner(verbose=False)
for src in ('>>> q = 1\n>>> q + 1\n3\n', '>>> q = 2\n>>> 1/0\n'):
    test = parser.get_doctest(src, {}, 'dbg', 'd.txt', 0)
    try:
        debug.run(test)
    except doctest.DocTestFailure as failure:
        print('DocTestFailure', failure, repr(failure.got), failure.example.source, sorted(test.globs))
    except doctest.UnexpectedException as failure:
        print('UnexpectedException', failure, failure.exc_info[0].__name__, sorted(test.globs))



class Widget:
    """
    >>> Widget().size()
    3
    """

    def size(self):
        """
        >>> 1 + 2
        3
        """
        return 3

    @staticmethod
    def helper():
        """>>> Widget.helper()
        'h'
        """
        return 'h'

    @property
    def prop(self):
        """>>> Widget().prop
        'p'
        """
        return 'p'


__test__ = {'extra': '>>> 2 ** 10\n1024\n'}
module = sys.modules[__name__]
tests = doctest.DocTestFinder().find(module)
print([(t.name, t.lineno, len(t.examples)) for t in tests])
print([t.name for t in doctest.DocTestFinder(exclude_empty=False).find(module)][:4])
print([t.name for t in doctest.DocTestFinder(recurse=False).find(Widget)])
print(doctest.DocTestFinder().find(Widget.size, globs={'a': 1})[0].globs)
