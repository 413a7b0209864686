# Division by a coefficient of twos and fives (2, 4, 5, 8, 25, 100, 2**40, 5**20, ...)
# whose quotient is exact: at high precision (more digits than fit a machine word pair
# once scaled), with dividends that share some of those factors, exact quotients of
# prec + 1 digits (rounded), ideal exponents, subnormal and clamped results, every
# rounding mode; results and flags.
import random
from decimal import Context, Decimal, localcontext, DecimalException

ROUNDINGS = ['ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_DOWN', 'ROUND_HALF_UP',
             'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN', 'ROUND_05UP']
rng = random.Random(7)


def flags(ctx):
    return ','.join(sorted(k.__name__ for k, v in ctx.flags.items() if v))


for case in range(400):
    prec = rng.choice([1, 2, 5, 9, 19, 28, 38, 39, 40, 65, 100])
    emax = rng.choice([999999, 999999, 50, 120])
    ctx = Context(prec=prec, rounding=rng.choice(ROUNDINGS), Emin=-emax, Emax=emax,
                  clamp=rng.choice([0, 0, 1]), traps=[])
    i, j = rng.choice([(1, 0), (0, 1), (2, 2), (3, 0), (0, 2), (40, 0), (0, 20), (63, 0),
                       (0, 27), (5, 9), (rng.randrange(0, 30), rng.randrange(0, 12))])
    b = 2 ** i * 5 ** j
    kind = rng.random()
    if kind < 0.3:
        a = 2 ** rng.randrange(0, 100)
    elif kind < 0.5:
        a = 5 ** rng.randrange(0, 50) * rng.choice([1, 3, 7])
    elif kind < 0.6:
        a = 10 ** prec - rng.randrange(1, 3)
    elif kind < 0.7:
        a = b * rng.randrange(1, 10 ** rng.randrange(1, 30))
    else:
        a = rng.randrange(1, 10 ** rng.randrange(1, 40))
    ea = rng.choice([0, 0, -5, 7, -emax + 2, emax - 3, -emax - prec + 3])
    eb = rng.choice([0, 0, -3, 4])
    x = Decimal('%s%dE%d' % (rng.choice(['', '-']), a, ea))
    y = Decimal('%s%dE%d' % (rng.choice(['', '-']), b, eb))
    out = []
    with localcontext(ctx) as c:
        for f in (lambda: x / y, lambda: x / b, lambda: a / y):
            c.clear_flags()
            try:
                r = str(f())
            except DecimalException as e:
                r = type(e).__name__
            out.append(r + ' ' + flags(c))
    print(case, prec, c.rounding[6:], emax, c.clamp, x, y, '|', ' | '.join(out))
