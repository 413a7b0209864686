# Two coefficients with the same exponent, one of 39 digits yet below 2**128: their sum
# passes 2**128, which the machine-word add path once wrapped around (a wrong result
# without Inexact).
from decimal import Decimal as D, localcontext, Inexact

big = 336726810819368412400000000000000000000      # 39 digits, below 2**128
for prec in (28, 38, 39, 40):
    with localcontext() as c:
        c.prec = prec
        for other in (49161529285523903114779326007791293454, big, 2 ** 128 - big - 1,
                      2 ** 128 - big):
            c.clear_flags()
            a, b = D(big).scaleb(25), D(other).scaleb(25)
            print(prec, a + b, -a - b, a - (-b), c.flags[Inexact])
