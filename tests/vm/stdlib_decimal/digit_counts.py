# Coefficients of 39 to 400 digits next to powers of ten: the digit count decides
# rounding, adjusted() and the exponent of a quotient, so each is checked where an
# estimate from the bit length would be off by one.
from decimal import Decimal as D, localcontext, Inexact, Rounded

with localcontext() as c:
    for k in (39, 40, 57, 58, 64, 77, 96, 97, 154, 155, 200, 308, 309, 400):
        for v in (10 ** k - 1, 10 ** k, 10 ** k + 1, 2 ** (k * 10 // 3), 5 * 10 ** (k - 1) - 1):
            d = D(v)
            c.prec = k
            c.clear_flags()
            p = +d
            q = d / 7
            s = d + D('0.5')
            print(k, len(str(v)), d.adjusted(), p.adjusted(), str(p)[-12:],
                  q.adjusted(), str(q)[:8], s.adjusted(), str(s)[-8:],
                  c.flags[Inexact], c.flags[Rounded])
