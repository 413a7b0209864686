# traceback: exception groups (width/depth limits, chains inside groups), notes,
# SyntaxError carets, collapsed repeats, limits and StackSummary formatting.
import sys
import traceback


def show(exc, **kwargs):
    te = traceback.TracebackException.from_exception(exc, **kwargs)
    print(''.join(te.format()), end='')
    print('----')


show(ExceptionGroup('wide', [ValueError(i) for i in range(5)]), max_group_width=2)
show(ExceptionGroup('deep', [ExceptionGroup('mid', [ExceptionGroup('low', [KeyError(1)])]),
                             TypeError('last')]), max_group_depth=1)
show(ExceptionGroup('nest', [ExceptionGroup('in', [ValueError('a')]), OSError('tail')]))
try:
    try:
        raise ValueError('inner')
    except ValueError:
        raise ExceptionGroup('grp', [TypeError('t')])
except ExceptionGroup as g:
    show(g)

member = RuntimeError('member')
try:
    raise KeyError('why')
except KeyError as k:
    member.__cause__ = k
show(ExceptionGroup('chained', [member]))

for err in [SyntaxError('msg', ('f.py', 3, 5, '   abc def\n', 3, 8)),
            SyntaxError('msg', (None, None, None, None)),
            SyntaxError('msg', ('f.py', None, None, None)),
            SyntaxError('', ('f.py', 1, 2, 'x\ty z', 1, 0)),
            SyntaxError('m', ('f.py', 1, -1, 'xyz', 1, -1))]:
    print(traceback.format_exception_only(err))
e = ValueError('v')
e.__notes__ = 'ab'
print(traceback.format_exception_only(e))
e.__notes__ = [1, 'x\ny']
print(traceback.format_exception_only(e))
e.__notes__ = 5
print(traceback.format_exception_only(e))


class Odd(Exception):
    pass


Odd.__module__ = 'pkg.mod'
print(traceback.format_exception_only(Odd('x')), traceback.format_exception_only(Odd()))
rows = [('a.py', 1, 'f', 'x = 1')] * 6 + [('a.py', 2, 'f', None), ('b.py', 1, 'g', '  y  ')]
print(traceback.StackSummary.from_list(rows).format())
print(traceback.format_list([('c.py', 9, 'h', 'z')]))


def recurse(n):
    if n == 0:
        raise RecursionError('bottom')
    return recurse(n - 1)


try:
    recurse(5)
except RecursionError as exc:
    for limit in (None, 1, -2, 0):
        print(limit, [line.count('\n') for line in traceback.format_tb(exc.__traceback__, limit)])
    te = traceback.TracebackException.from_exception(exc, lookup_lines=False)
    print(te.stack[0].line, str(te), te.exc_type.__name__)
    traceback.clear_frames(exc.__traceback__)
print(traceback.format_exception(None), traceback.format_exception_only(None, None))
traceback.print_exception(KeyError('k'), file=sys.stdout)
