# Precision overflow, subnormals, clamping and traps through decimal's fast paths.
from decimal import *

def flags(ctx):
    return sorted(k.__name__ for k, v in ctx.flags.items() if v)

ctx = Context(prec=5, Emin=-9, Emax=9, traps=[])
setcontext(ctx)
for expr in ['Decimal("99999E+5") * 10', 'Decimal("9.9999E+9") + Decimal("0.00001E+9")',
             'Decimal("1E-9") / 10', 'Decimal("1.2345E-9") / 1000', 'Decimal("1E-9") / Decimal("1E+9")',
             'Decimal("0E-20") + 0', 'Decimal("0E+20") * 1', '-Decimal("9E+9") * 10',
             'Decimal("123456") + 0', '+Decimal("1.23456E-9")', 'Decimal("1.5E-13") * 1',
             'Decimal("1.23456E+3").quantize(Decimal("1E-3"))']:
    ctx.clear_flags()
    print(expr, '->', eval(expr), flags(ctx))

for rounding in [ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR]:
    ctx.rounding = rounding
    ctx.clear_flags()
    print(rounding, Decimal('9E+9') * 10, -Decimal('9E+9') * 10, flags(ctx))

ctx = Context(prec=5, Emin=-9, Emax=9, clamp=1, traps=[])
setcontext(ctx)
print(Decimal('1E+9') + 0, Decimal('12E+7') * 1, Decimal(0) * Decimal('1E+9'), flags(ctx))

ctx = Context(prec=5, traps=[Inexact])
setcontext(ctx)
print(Decimal(1) / 4)
try:
    Decimal(1) / 3
except Inexact as e:
    print('trapped', type(e).__name__, e.args, flags(ctx))
ctx = Context(prec=5, Emin=-9, Emax=9, traps=[Underflow])
setcontext(ctx)
try:
    Decimal('1.5E-13') * 1
except Underflow as e:
    print('trapped', type(e).__name__, [c.__name__ for c in e.args[0]], flags(ctx))
ctx = Context(traps=[Rounded])
setcontext(ctx)
try:
    Decimal('1.005').quantize(Decimal('0.01'))
except Rounded as e:
    print('trapped', type(e).__name__, flags(ctx))
try:
    Decimal('1.5').quantize(Decimal('0.1'), rounding='ROUND_SIDEWAYS')
except TypeError as e:
    print('TypeError', e)
print(Decimal('1.5').quantize(Decimal('1'), ROUND_UP, Context(prec=1)))
