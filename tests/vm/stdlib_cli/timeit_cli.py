# timeit: generated source for each stmt/setup form, long options, -t/-c/-p,
# units and precision, failing statements, the unreliable-results warning.
import io
import sys
import timeit


class Ticks:
    """A timer that advances by a fixed step on every reading."""

    def __init__(self, step):
        self.now, self.step = 0.0, step

    def __call__(self):
        self.now += self.step
        return self.now


def fixed(step):
    return lambda timer: Ticks(step)


print(timeit.Timer('import sys').src)
print(timeit.Timer(lambda: 1, 'x = 1').src)
print(timeit.Timer('a = 1\nb = 2', 'c = 3\nd = 4').src)
print(timeit.Timer(len, len).src)
print(timeit.reindent('x\ny\n z', 3))
print(timeit.main(['-t', '-c', '-n', '1', '-r', '1', 'pass'], _wrap_timer=fixed(0.003)))
print(timeit.main(['-p', '-n', '3', '-r', '0', 'pass'], _wrap_timer=fixed(4e-7)))
print(timeit.main(['--number=2', '--repeat=1', '--setup=x=1', '--setup', 'y=2', '--verbose',
                   'x+y', 'x*y'], _wrap_timer=fixed(1.5e-5)))
for unit in ('nsec', 'usec', 'msec', 'sec'):
    print(timeit.main(['-u', unit, '-n', '10', '-r', '2', '-vvv'], _wrap_timer=fixed(0.0125)))
print(timeit.main(['-n', '1', '-r', '1'], _wrap_timer=fixed(5e-12)))
print(timeit.main(['--bogus']))
try:
    timeit.main(['-n', 'x'])
except ValueError as e:
    print('ValueError', e)
saved = sys.stderr
for statement in ['1/0', 'undefined_name']:
    sys.stderr = io.StringIO()
    status = timeit.main(['-n', '1', statement])
    captured, sys.stderr = sys.stderr.getvalue(), saved
    print(status, captured.splitlines()[-1], 'inner' in captured)
t = timeit.Timer('total += 1', 'total = 0', timer=Ticks(1.0))
print(t.timeit(0), t.repeat(0), t.repeat(2, 0))
print(timeit.timeit('len(x)', 'x = [1, 2]', number=3, timer=Ticks(2.0)),
      timeit.repeat('pass', repeat=3, number=2, timer=Ticks(0.5), globals={}))
