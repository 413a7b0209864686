# timedelta: normalisation, float rounding, arithmetic, str/repr, limits.
from datetime import timedelta

for args in [(), (1,), (0, 1), (0, 0, 1), (-1,), (0, -1), (0, 0, -1),
             (1.5,), (0, 0.5), (0, 0, 0.5), (0, 0, 1.5), (0, 0, 2.5),
             (0, 0, -0.5), (0, 86401), (0, -86401)]:
    td = timedelta(*args)
    print(args, repr(td), str(td), td.days, td.seconds, td.microseconds)
print(repr(timedelta(weeks=1, days=-1, hours=25, minutes=61, seconds=-3,
                     milliseconds=1500, microseconds=-1)))
print(repr(timedelta(hours=1.25)), repr(timedelta(minutes=-0.1)), repr(timedelta(milliseconds=0.0004)))
a, b = timedelta(days=2, hours=3), timedelta(hours=5, microseconds=7)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a * 0.5, a * -1.1)
print(a / b, a // b, a % b, divmod(a, b), a / 4, a / 0.3, a // 7, -a // 7)
print(a.total_seconds(), timedelta(microseconds=1).total_seconds(), timedelta.max.total_seconds())
print(a > b, a == timedelta(hours=51), a != b, a == 5, bool(timedelta()), bool(b))
print(hash(a) == hash(timedelta(hours=51)), sorted([a, b, -a]))
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(str(timedelta.min), str(timedelta.max), str(timedelta(days=-1, microseconds=5)))
for f in [lambda: timedelta(days='1'), lambda: timedelta(seconds=[]),
          lambda: timedelta.max + timedelta.resolution,
          lambda: timedelta(days=1e9), lambda: a / 0, lambda: a // timedelta(0),
          lambda: a % timedelta(0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Sub(timedelta):
    pass
print(repr(Sub(1, 2)), type(Sub(1) + Sub(2)).__name__)
