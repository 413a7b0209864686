# timedelta in C: normalisation, float rounding, overflow, arithmetic and its errors.
from datetime import timedelta as TD


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


# negative values normalise to days < 0 with seconds/microseconds >= 0
for v in (TD(seconds=-1), TD(microseconds=-1), TD(days=-1, seconds=86399),
          TD(hours=-25), TD(weeks=-1, microseconds=1), -TD(0, 1, 1)):
    print(repr(v), str(v), v.days, v.seconds, v.microseconds)

# floats: exact when possible, microseconds rounded half to even
for kw in ({'seconds': 1.5}, {'seconds': 0.0000005}, {'seconds': 0.0000015},
           {'microseconds': 0.5}, {'microseconds': 1.5}, {'microseconds': -0.5},
           {'milliseconds': 0.0005}, {'days': 0.1, 'seconds': 0.1},
           {'minutes': 1 / 3}, {'hours': -1.25, 'microseconds': 2.5},
           {'weeks': 1e-9}, {'seconds': 1e10 + 0.5}):
    print(kw, repr(TD(**kw)))
print(repr(TD(True, microseconds=10**19 // 10**10)))

# range and type errors
show(lambda: TD(days=999999999, hours=24))
show(lambda: TD(days=-1000000000))
show(lambda: TD(days=10**10))
show(lambda: TD(microseconds=10**40))
show(lambda: TD(seconds=float('nan')))
show(lambda: TD(minutes=float('-inf')))
show(lambda: TD(hours='1'))
show(lambda: TD(1, 2, 3, 4, 5, 6, 7, 8))
show(lambda: TD(days=1, fortnights=2))
show(lambda: TD.max + TD.resolution)
show(lambda: -TD.max)
show(lambda: TD.min - TD.resolution)

# arithmetic
a, b = TD(days=3, seconds=7, microseconds=11), TD(hours=5, microseconds=-3)
print(repr(a + b), repr(a - b), repr(b - a), repr(-a), repr(+a), repr(abs(-a)))
print(repr(a * 3), repr(3 * a), repr(a * -1.5), repr(0.1 * a), repr(a * 10**3 // 10**3))
print(repr(a / 7), repr(a / 0.25), repr(a // 7), repr(a // -7), a / b, a // b)
print(repr(a % b), divmod(a, b), divmod(-a, b), repr(TD(seconds=-7) % TD(seconds=3)))
print(repr(TD(microseconds=5) / 2), repr(TD(microseconds=7) / 2), repr(TD(microseconds=-5) / 2))
print(repr(TD(seconds=1) * 1e-7), repr(TD(seconds=1) * 2.5e-6), repr(TD(seconds=1) * 1.5e-6))
show(lambda: a / 0)
show(lambda: a // 0)
show(lambda: a / TD(0))
show(lambda: a // TD(0))
show(lambda: a % TD(0))
show(lambda: divmod(a, TD(0)))
show(lambda: a / 0.0)
show(lambda: a * float('nan'))
show(lambda: a * float('inf'))
show(lambda: a + 1)
show(lambda: a * 'x')
show(lambda: 1 - a)
show(lambda: a // 1.5)
show(lambda: TD.max * 2)
show(lambda: a * 10**30)

# comparisons, truth, hashing, total_seconds, pickling state
print(a < b, a > b, a == TD(3, 7, 11), a != TD(3, 7, 11), a == 3, a != 'x')
show(lambda: a < 3)
print(bool(TD(0)), bool(TD(microseconds=1)), bool(TD(-1)))
print(hash(TD(1, 2, 3)) == hash(TD(0, 86402, 3)), hash(TD(1)) == hash(TD(hours=24)))
print(TD(days=1, microseconds=1).total_seconds(), TD.max.total_seconds(), TD.min.total_seconds())
print(TD(microseconds=-1).total_seconds(), a.__reduce__())
print(repr(TD.min), repr(TD.max), repr(TD.resolution), sorted([a, b, -a]))
print(sum([TD(seconds=s * 1.5, milliseconds=s % 1000) for s in range(50)], TD()))
# floor division by ints too large for any total
print(repr(TD(1) // 10**40), repr(TD(-1) // 10**40), repr(TD(1) // -10**40), repr(TD(-1) // -10**40),
      repr(TD(0) // -10**40), repr(TD(seconds=1) * 10**0))
