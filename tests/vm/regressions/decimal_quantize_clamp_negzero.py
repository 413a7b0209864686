# decimal: quantize whose result's adjusted exponent exceeds Emax is InvalidOperation;
# with clamp=1 a quantized exponent above Etop comes down to it (Clamped); -(-0) is +0
# even rounding toward floor. Both the C fast paths and the context methods.
from decimal import Context, Decimal, localcontext, ROUND_FLOOR, ROUND_HALF_EVEN

def flags(ctx):
    return sorted(k.__name__ for k, v in ctx.flags.items() if v)

for clamp in (0, 1):
    ctx = Context(prec=28, Emax=5, Emin=-5, clamp=clamp, traps=[])
    with localcontext(ctx) as c:
        for a, q in [('9050294.35', '1'), ('0.00004', '1E-10'), ('-0', '1E-10'),
                     ('123.456', '0.01'), ('99999.5', '1')]:
            c.clear_flags()
            r1 = Decimal(a).quantize(Decimal(q))
            f1 = flags(c)
            c.clear_flags()
            r2 = c.quantize(Decimal(a), Decimal(q))
            print(clamp, a, q, r1, f1, r2, flags(c))

for rounding in (ROUND_FLOOR, ROUND_HALF_EVEN):
    with localcontext(Context(rounding=rounding)) as c:
        for s in ('0', '-0', '0.000', '-0.000'):
            d = Decimal(s)
            print(rounding, s, -d, +d, abs(d), c.minus(d), c.plus(d), c.abs(d))
