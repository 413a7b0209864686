# Rounding away 20 to 120 digits at once (unary plus, sums and products of long
# coefficients): exact halves, halves with a nonzero digit far below, and dropped parts
# that are all zeros, under every rounding mode, with their flags.
from decimal import Decimal, Context, Inexact, Rounded
import decimal

MODES = [getattr(decimal, n) for n in ('ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_DOWN',
                                       'ROUND_HALF_UP', 'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN',
                                       'ROUND_05UP')]

def flags(c):
    return ''.join(n[0] for n, s in (('Inexact', Inexact), ('Rounded', Rounded)) if c.flags[s])

kept = ['1234567890123456789012345', '1234567890123456789012340', '9999999999999999999999999',
        '1234567890123456789012346']
for drop in (20, 38, 39, 40, 57, 58, 76, 77, 95, 96, 120):
    tails = {'half': '5' + '0' * (drop - 1), 'half+': '5' + '0' * (drop - 2) + '1',
             'zeros': '0' * drop, 'low': '0' * (drop - 1) + '1', 'high': '9' * drop}
    for k in kept:
        for name, tail in sorted(tails.items()):
            x = Decimal(k + tail)
            row = []
            for mode in MODES:
                c = Context(prec=25, rounding=mode)
                r = c.plus(x)
                row.append('%s%s' % (str(r.as_tuple().digits[-1]) + str(r.as_tuple().exponent), flags(c)))
                c2 = Context(prec=25, rounding=mode)
                assert c2.minus(x.copy_negate()) == r and flags(c2) == flags(c), (drop, k, name, mode)
            print(drop, k[-3:], name, ' '.join(row))
c = Context(prec=30)
a = Decimal(3 ** 150)
b = Decimal(7 ** 20).scaleb(-50)
print(c.add(a, b), c.subtract(a, b), c.multiply(a, a), flags(c))
