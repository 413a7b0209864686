# Division of coefficients beyond 2**128 by one-word divisors: exact quotients land on
# the exponent nearest the ideal one (a ** k of twos and fives), inexact ones round with
# the context's mode; the flags each one raises.
from decimal import (Decimal, localcontext, Inexact, Rounded, ROUND_DOWN, ROUND_HALF_EVEN,
                     ROUND_05UP, ROUND_CEILING, ROUND_FLOOR)

def show(label, f):
    with localcontext() as c:
        c.prec = 65
        c.clear_flags()
        r = f()
        flags = [s.__name__ for s in (Inexact, Rounded) if c.flags[s]]
        print(label, r, r.as_tuple().exponent, flags)

with localcontext() as c:
    c.prec = 100
    big = Decimal(7) ** 60        # 51 digits
huge = Decimal(2 ** 300)          # 91 digits: rounded on entry to 65
for d in (1, 2, 4, 5, 8, 16, 25, 125, 2 ** 40, 5 ** 27, 10 ** 18, 3, 7, 49, 6, 15, 2 ** 63 + 1,
          2 ** 64 - 1, 10 ** 19 - 1, 57121, 640):
    show('big/%d' % d, lambda: big / d)
    show('-big/%d' % d, lambda: -big / Decimal(d))
    show('big*%d/%d' % (d, d), lambda: (big * d) / d)
    show('huge/%d' % d, lambda: +huge / d)
for e in range(-3, 4):
    x = Decimal((0, tuple(int(ch) for ch in str(5 ** 70)), e))
    show('5**70e%d/25' % e, lambda: x / 25)
    show('5**70e%d/2' % e, lambda: x / Decimal('0.2'))
    show('5**70e%d/1000' % e, lambda: x / Decimal('1E3'))
for mode in (ROUND_DOWN, ROUND_HALF_EVEN, ROUND_05UP, ROUND_CEILING, ROUND_FLOOR):
    with localcontext() as c:
        c.prec = 40
        c.rounding = mode
        print(mode, big / 3, -big / 3, big / 6, (big * 3 + 1) / 3)
with localcontext() as c:
    c.prec = 65
    c.traps[Inexact] = True
    print(big / 5, big / 1024)
    try:
        big / 3
    except Inexact as e:
        print('trapped', type(e).__name__)
    print(Decimal(0) / big, Decimal('-0.00') / 7, big / -1)
