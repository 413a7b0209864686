# Quotients of many-digit coefficients by one-word divisors (small, powers of two and five,
# near 2**63 and 2**64), rounded in every mode at several precisions, with their flags.
import random
from decimal import Context, Decimal, localcontext

rng = random.Random(11)
divisors = [1, 3, 7, 10, 25, 64, 125, 2 ** 32 + 1, 10 ** 18, 10 ** 19, 2 ** 63 - 25,
            2 ** 63, 2 ** 63 + 1, 2 ** 64 - 59, 2 ** 64 - 1, 5 ** 27, 2 ** 40 * 5 ** 10]
modes = ['ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_DOWN', 'ROUND_HALF_UP',
         'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN', 'ROUND_05UP']
for case in range(240):
    prec = rng.choice([9, 28, 40, 65, 100])
    nd = rng.choice([20, 39, 40, 60, 65, 77, 120])
    a = rng.randrange(10 ** (nd - 1), 10 ** nd)
    if rng.random() < 0.3:
        a -= a % 10 ** rng.randrange(1, nd // 2)
    d = rng.choice(divisors)
    if rng.random() < 0.3:
        a = a - a % d or d
    x = Decimal('%s%dE%d' % (rng.choice(['', '-']), a, rng.randrange(-80, 20)))
    y = Decimal('%dE%d' % (d, rng.randrange(-5, 5)))
    with localcontext(Context(prec=prec, rounding=rng.choice(modes), traps=[])) as c:
        q = x / y
        f = ','.join(sorted(k.__name__ for k, v in c.flags.items() if v))
        print(case, prec, c.rounding[6:], x, y, q, f)
