# Rounding of + - * / and quantize in every mode, at the digit boundary, with the
# flags each operation raises (the C fast paths of decimal).
from decimal import *

MODES = [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
         ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]

def flags(ctx):
    return sorted(k.__name__ for k, v in ctx.flags.items() if v)

for mode in MODES:
    ctx = Context(prec=3, rounding=mode)
    setcontext(ctx)
    out = []
    for a, b in [('1.234', '0'), ('1.235', '0'), ('1.245', '0'), ('-1.235', '0'),
                 ('-1.245', '0'), ('9.995', '0'), ('1.2351', '0'), ('1.2349', '0'),
                 ('1.250', '0'), ('-0.0004', '0'), ('1.2', '0.05')]:
        out.append(str(Decimal(a) + Decimal(b)))
    print(mode, ' '.join(out), flags(ctx))
    ctx.clear_flags()
    print('  mul', Decimal('12.5') * Decimal('1.01'), Decimal('-3.33') * 3, flags(ctx))
    ctx.clear_flags()
    print('  div', Decimal(1) / 3, Decimal(-2) / 3, Decimal(10) / 4, Decimal(1) / 8, flags(ctx))
    ctx.clear_flags()
    q = [Decimal(s).quantize(Decimal('0.1')) for s in ('2.25', '2.35', '-2.25', '2.251', '2.2', '2.15', '-2.05')]
    print('  quantize', q, flags(ctx))
    ctx.clear_flags()
    q = [Decimal('7.5').quantize(Decimal(1), rounding=m) for m in MODES]
    print('  quantize by arg', ' '.join(map(str, q)), flags(ctx))

setcontext(Context())
ctx = getcontext()
print(Decimal('1.10') + Decimal('2.2'), Decimal('1.1') - Decimal('1.10'), Decimal('-0') + Decimal('0'))
print(Decimal('-0') + Decimal('-0'), Decimal('0') - Decimal('0'), Decimal('-0.00') * 5)
print(Decimal(0) / 7, Decimal('0.000') / Decimal('1E+3'), Decimal('100') / Decimal('0.1'))
print(Decimal('1E+2') / Decimal('1E-2'), Decimal(6) / Decimal('2.0'), Decimal('1.0') / 4)
print(Decimal(2) * Decimal('0.5'), 3 - Decimal('0.1'), 2 / Decimal(8), 7 * Decimal('1.5'))
print(Decimal(12345678901234567890) * 98765432109876543210)
print(Decimal('1' * 40) + 1, Decimal('9' * 30) + Decimal(1))
print(Decimal(1) + Decimal('1E-40'), Decimal('1E+40') - Decimal(1), Decimal(1) - Decimal('1E-60'))
print(flags(ctx))
ctx.rounding = ROUND_FLOOR
print(Decimal(1) - Decimal(1), -Decimal(0), +Decimal('-0'), Decimal('-1') + 1)
ctx.rounding = ROUND_HALF_EVEN
print(-Decimal('0'), +Decimal('-0'), abs(Decimal('-0.00')), -Decimal('1.50'), abs(Decimal('-2E+3')))
