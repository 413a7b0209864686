# timeit with a fake timer (deterministic): Timer, repeat, autorange, the CLI.
import itertools
import timeit


class FakeTimer:
    """Each reading advances by step seconds."""
    def __init__(self, step):
        self.now = 0.0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now


counter = []
t = timeit.Timer('counter.append(1)', timer=FakeTimer(0.5), globals={'counter': counter})
print(t.timeit(10), len(counter), t.repeat(3, 4), len(counter))
print(timeit.timeit('x = 1 + 1', number=5, timer=FakeTimer(0.25)), timeit.repeat('pass', repeat=2, number=1, timer=FakeTimer(1.0)))
calls = []
t = timeit.Timer(lambda: calls.append(None), setup=lambda: calls.append('setup'), timer=FakeTimer(0.125))
print(t.timeit(3), calls)
class GrowingTimer(FakeTimer):
    """Each reading advances twice as far as the one before."""
    def __call__(self):
        self.step *= 2
        return super().__call__()


print(timeit.Timer(timer=FakeTimer(0.25)).autorange(), timeit.Timer(timer=GrowingTimer(0.001)).autorange(lambda n, s: print('  tried', n, s)))
print(timeit.Timer('y = x * 2', setup='x = 21\nz = 0').timeit(1000) >= 0.0)
print(timeit.default_number, timeit.default_repeat, timeit.default_timer.__name__)
for bad in [dict(stmt=5), dict(setup=5), dict(stmt='x = ('), dict(setup='return 1')]:
    try:
        timeit.Timer(**bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e.args[0])


def wrap(step):
    return lambda timer: FakeTimer(step)


print(timeit.main(['-n', '100', '-r', '3', 'pass'], _wrap_timer=wrap(0.001)))
print(timeit.main(['-s', 'a = 1', '-u', 'usec', '-n', '7', 'a + 1'], _wrap_timer=wrap(0.5)))
print(timeit.main(['-v', '-v', '-n', '1', '-r', '2'], _wrap_timer=wrap(2e-9)))
print(timeit.main(['-v'], _wrap_timer=lambda timer: GrowingTimer(0.001)))
print(timeit.main(['--unit', 'parsec']))
print(timeit.main(['-q']))
print(timeit.main(['-n', '1', '-r', '1', 'pass'], _wrap_timer=wrap(1.0)))
