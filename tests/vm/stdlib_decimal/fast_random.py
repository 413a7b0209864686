# Seeded random operands through decimal's fast paths (+ - * / quantize, unary, compare,
# str) under random contexts: precision, rounding, exponent limits and clamp; every
# result is printed with the flags it raised.
import random
from decimal import (Context, Decimal, localcontext, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
                     ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP,
                     DecimalException)

ROUNDINGS = [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN,
             ROUND_HALF_EVEN, ROUND_05UP]
import sys
rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 20261121)


def operand():
    kind = rng.random()
    if kind < 0.05:
        return Decimal(0) if rng.random() < 0.5 else Decimal('-0.000')
    nd = rng.choice([1, 2, 5, 9, 18, 19, 20, 28, 29, 38, 39, 40, 65])
    digits = str(rng.randrange(10 ** (nd - 1), 10 ** nd))
    if rng.random() < 0.2:
        digits = digits[:max(1, nd // 2)] + '0' * (nd - max(1, nd // 2))
    if rng.random() < 0.1:
        digits = '5' + '0' * (nd - 1)
    exp = rng.choice([0, 0, -2, -5, 3, -30, 25, rng.randrange(-60, 60)])
    sign = '-' if rng.random() < 0.4 else ''
    return Decimal('%s%sE%d' % (sign, digits, exp))


def flags(ctx):
    return ','.join(sorted(k.__name__ for k, v in ctx.flags.items() if v))


def run(label, fn, ctx):
    ctx.clear_flags()
    try:
        r = fn()
    except DecimalException as e:
        r = 'raised ' + type(e).__name__
    except ZeroDivisionError as e:
        r = 'raised ' + type(e).__name__
    print(label, r, flags(ctx))


for case in range(200):
    prec = rng.choice([1, 2, 3, 5, 9, 16, 18, 19, 20, 28, 38, 40, 65])
    small = rng.random() < 0.25
    emax = rng.choice([5, 20, 99]) if small else 999999
    ctx = Context(prec=prec, rounding=rng.choice(ROUNDINGS), Emin=-emax, Emax=emax,
                  clamp=rng.choice([0, 0, 1]), traps=[])
    a, b = operand(), operand()
    with localcontext(ctx) as c:
        print(case, c.prec, c.rounding, c.Emax, c.clamp, a, b)
        run(' +', lambda: a + b, c)
        run(' -', lambda: a - b, c)
        run(' *', lambda: a * b, c)
        run(' /', lambda: a / b, c)
        run(' int/', lambda: 7 / b, c)
        run(' neg', lambda: -a, c)
        run(' pos', lambda: +a, c)
        run(' abs', lambda: abs(b), c)
        run(' cmp', lambda: (a < b, a == b, a >= b), c)
        q = Decimal('1E%d' % rng.choice([-2, 0, 2, -10, a.adjusted() - prec + 1]))
        run(' quantize', lambda: a.quantize(q, rng.choice(ROUNDINGS)), c)
        run(' str', lambda: (str(a), repr(b)), c)
        # the same jobs through the context's methods (decimal.py's own paths)
        run(' ctx', lambda: (c.add(a, b), c.divide(a, b), c.quantize(a, q), c.minus(a), c.plus(a)), c)
