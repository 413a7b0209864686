# Sums whose operands lie at far apart exponents (the smaller one reaching below the last
# digit the result can keep), rounded in several word-sized steps: both signs, digits at
# the rounding boundaries, every rounding mode, small exponent limits; results and flags.
import random
from decimal import Context, Decimal, localcontext, DecimalException

ROUNDINGS = ['ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_DOWN', 'ROUND_HALF_UP',
             'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN', 'ROUND_05UP']
rng = random.Random(5)


def digits(n):
    kind = rng.random()
    if kind < 0.15:
        return '5' + '0' * (n - 1)
    if kind < 0.25:
        return '4' + '9' * (n - 1)
    if kind < 0.35:
        return '1' + '0' * (n - 2) + '1' if n > 1 else '1'
    if kind < 0.45:
        return '9' * n
    if kind < 0.5:
        return str(rng.randrange(1, 10)) + '0' * (n - 1)
    return str(rng.randrange(10 ** (n - 1), 10 ** n))


def flags(ctx):
    return ','.join(sorted(k.__name__ for k, v in ctx.flags.items() if v))


for case in range(400):
    prec = rng.choice([1, 3, 9, 19, 28, 40, 65, 65, 100])
    emax = rng.choice([999999, 999999, 60, 120])
    ctx = Context(prec=prec, rounding=rng.choice(ROUNDINGS), Emin=-emax, Emax=emax,
                  clamp=rng.choice([0, 0, 1]), traps=[])
    nh = rng.choice([1, 2, prec, prec + 1, rng.randrange(1, 2 * prec + 3)])
    nl = rng.choice([1, 3, prec, prec + 2, rng.randrange(1, 2 * prec + 3)])
    eh = rng.choice([0, -prec, -70, 5, -emax + 3])
    gap = rng.choice([1, 2, 3, prec - 1, prec, prec + 1, prec + 2, prec + 3, nl, nl + prec,
                      rng.randrange(1, 3 * prec + 10)])
    hi = Decimal('%s%sE%d' % (rng.choice(['', '-']), digits(nh), eh))
    lo = Decimal('%s%sE%d' % (rng.choice(['', '-']), digits(nl), eh - gap))
    with localcontext(ctx) as c:
        out = []
        for f in (lambda: hi + lo, lambda: lo + hi, lambda: hi - lo, lambda: lo - hi):
            c.clear_flags()
            try:
                r = str(f())
            except DecimalException as e:
                r = type(e).__name__
            out.append(r + ' ' + flags(c))
        print(case, prec, c.rounding[6:], emax, c.clamp, hi, lo, '|', ' | '.join(out))
