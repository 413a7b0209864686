# -x, +x and abs(x) for coefficients beyond 2**128 at the edges of the context (exactly
# prec digits, one more, near Emax and Emin, clamp), zeros under ROUND_FLOOR, and
# comparisons of values whose digit counts sit on a power of ten.
from decimal import (Decimal, Context, localcontext, Inexact, Rounded, Subnormal, Clamped,
                     Overflow, Underflow, ROUND_FLOOR, ROUND_HALF_EVEN)

SIGNALS = (Inexact, Rounded, Subnormal, Clamped, Overflow, Underflow)

def unary(label, x, **ctx):
    with localcontext(Context(**ctx)) as c:
        for name, f in (('-', lambda: -x), ('+', lambda: +x), ('abs', lambda: abs(x))):
            c.clear_flags()
            try:
                r = f()
                flags = [s.__name__ for s in SIGNALS if c.flags[s]]
                print(label, name, r, flags)
            except ArithmeticError as e:
                print(label, name, type(e).__name__)

digits50 = Decimal(10 ** 50 - 1)
p10 = Decimal(10 ** 50)
for prec in (49, 50, 51):
    unary('9s/%d' % prec, digits50, prec=prec)
    unary('1e50/%d' % prec, p10, prec=prec)
    unary('-1e50/%d' % prec, -Decimal(10 ** 50), prec=prec)
x = Decimal(3 ** 100)             # 48 digits
for e in (-60, -20, 0, 20, 51, 52):
    y = x.scaleb(e, Context(prec=100))
    unary('3**100e%d' % e, y, prec=60, Emax=99, Emin=-99)
    unary('3**100e%d clamp' % e, y, prec=60, Emax=99, Emin=-99, clamp=1)
    unary('3**100e%d trap' % e, y, prec=60, Emax=99, Emin=-99, traps=[Subnormal, Rounded])
for z in (Decimal('0E-200'), Decimal('-0E+200'), Decimal('-0.000'), Decimal('0')):
    unary('zero %s' % z, z, prec=60, Emax=99, Emin=-99)
    unary('zero %s floor' % z, z, prec=60, rounding=ROUND_FLOOR)
with localcontext() as c:
    c.prec = 70
    a = Decimal(10 ** 40)
    values = [a, a - 1, a + 1, Decimal(10 ** 39) * 10, -a, Decimal(2 ** 133), Decimal(2 ** 132) * 2,
              Decimal(10 ** 40 - 1).scaleb(1), Decimal(10 ** 41 - 1).scaleb(-1), Decimal('1E40'),
              Decimal(9 ** 45), Decimal(9 ** 45 + 1).scaleb(-1)]
    for i, u in enumerate(values):
        print(i, [(u > v) - (u < v) for v in values], u == values[0], u >= values[1])
    eps = Decimal(10) ** -67
    term = Decimal(1) / 239 ** 21
    print(abs(term) > eps, abs(-term) < eps, term, eps)
