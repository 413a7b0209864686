# Rounding that carries into a new digit (...999 rounded up to a power of ten) and
# rounding up to coefficients that end in many zero bits without being a power of ten,
# at precisions around the word sizes, through unary plus, addition, multiplication and
# division, with normal, subnormal and overflowing results; results and flags.
import random
from decimal import Context, Decimal, localcontext, DecimalException

ROUNDINGS = ['ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_DOWN', 'ROUND_HALF_UP',
             'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN', 'ROUND_05UP']
rng = random.Random(11)


def flags(ctx):
    return ','.join(sorted(k.__name__ for k, v in ctx.flags.items() if v))


def kept_part(kept):
    kind = rng.random()
    if kind < 0.4:
        return 10 ** kept - 1
    if kind < 0.7 and kept < 64:
        # q + 1 = 2**kept * m: many zero bits, not a power of ten
        lo, hi = -(-10 ** (kept - 1) // 2 ** kept), (10 ** kept - 1) // 2 ** kept
        if lo <= hi:
            return 2 ** kept * rng.randrange(max(lo, 1), hi + 1) - 1
    if kind < 0.85:
        return 10 ** (kept - 1)
    return rng.randrange(10 ** (kept - 1), 10 ** kept)


def tail(drop):
    kind = rng.random()
    if kind < 0.3:
        return 10 ** drop - 1
    if kind < 0.5:
        return 5 * 10 ** (drop - 1)
    if kind < 0.6:
        return 5 * 10 ** (drop - 1) + 1
    if kind < 0.7:
        return 1
    return rng.randrange(0, 10 ** drop)


def run(ctx, fs):
    out = []
    with localcontext(ctx) as c:
        for f in fs:
            c.clear_flags()
            try:
                r = str(f())
            except DecimalException as e:
                r = type(e).__name__
            out.append(r + ' ' + flags(c))
    return ' | '.join(out)


for case in range(300):
    prec = rng.choice([1, 2, 9, 19, 20, 21, 38, 39, 40, 63, 64, 65, 66, 100, 130])
    emax = rng.choice([999999, 999999, 70, 150])
    ctx = Context(prec=prec, rounding=rng.choice(ROUNDINGS), Emin=-emax, Emax=emax,
                  clamp=rng.choice([0, 0, 1]), traps=[])
    drop = rng.choice([1, 2, 3, 19, 20, 40, rng.randrange(1, 100)])
    coef = kept_part(prec) * 10 ** drop + tail(drop)
    exp = rng.choice([0, -prec - drop, emax - prec - drop + 1, emax - prec - drop,
                      -emax - drop, -emax - prec - drop + 1, -emax + 2])
    sign = rng.choice(['', '-'])
    x = Decimal('%s%dE%d' % (sign, coef, exp))
    # the same digits made by an operation
    y = Decimal('%s%dE%d' % (sign, coef * 3, exp))
    small = Decimal('1E%d' % (exp - 5))
    print(case, prec, ctx.rounding[6:], emax, ctx.clamp, drop, x, '|',
          run(ctx, [lambda: +x, lambda: -x, lambda: x + small, lambda: x - small,
                    lambda: y / 3, lambda: x * 1, lambda: x * Decimal('1.0')]))
