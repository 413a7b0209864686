# Every rounding mode at digit boundaries: dropping 1..45 digits (one- and two-word
# divisions and beyond) with the dropped part 0, 1, just under/at/over half and all
# nines, kept parts even, odd and multiples of 5; through quantize and through
# rounding to the precision, positive and negative.
from decimal import (Context, Decimal, localcontext, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
                     ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MODES = [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]
for drop in (1, 2, 18, 19, 20, 21, 37, 38, 39, 45):
    p = 10 ** drop
    half = p // 2
    for kept in (4, 15, 99999999999999999999):
        for rest in (0, 1, half - 1, half, half + 1, p - 1):
            c = kept * p + rest
            for sign in ('', '-'):
                d = Decimal(sign + str(c))
                q = [str(d.quantize(Decimal('1E%d' % drop), m)) for m in MODES]
                nd = len(str(kept))
                with localcontext(Context(prec=nd, traps=[])) as ctx:
                    r = []
                    for m in MODES:
                        ctx.rounding = m
                        r.append(str(+d))
                print(drop, kept, rest == half, sign or '+', ' '.join(q), '|', ' '.join(r))
