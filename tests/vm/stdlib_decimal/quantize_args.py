# quantize() called every way: positional and keyword rounding, rounding names built at
# run time (equal but not the module's constants), an explicit context, bad roundings;
# rounding names given to a Context the same ways.
import decimal
from decimal import Decimal, Context, localcontext, Inexact, Rounded, InvalidOperation

x = Decimal('2.345')
cent = Decimal('0.01')
half_up = ''.join(['ROUND_', 'HALF', '_UP'])
print(half_up is decimal.ROUND_HALF_UP, half_up == decimal.ROUND_HALF_UP)
for r in (decimal.ROUND_HALF_UP, half_up, 'ROUND_HALF_EVEN', ''.join(['ROUND_', '05UP']),
          decimal.ROUND_CEILING, decimal.ROUND_FLOOR, None):
    print(r, x.quantize(cent, r), (-x).quantize(cent, rounding=r), x.quantize(exp=cent, rounding=r))
ctx = Context(prec=3, rounding=''.join(['ROUND_', 'DOWN']))
print(ctx.rounding, x.quantize(cent, None, ctx), x.quantize(cent, context=ctx))
print(x.quantize(Decimal('1E+1'), decimal.ROUND_UP, ctx))
for args, kwargs in (((cent, 'ROUND_SIDEWAYS'), {}), ((cent, 'round_half_up'), {}),
                     ((cent, 5), {}), ((cent,), {'rounding': 'ROUND_UP'}), ((2.5,), {})):
    try:
        print('ok', x.quantize(*args, **kwargs))
    except (TypeError, InvalidOperation) as e:
        print(type(e).__name__, e)
with localcontext() as c:
    c.rounding = ''.join(['ROUND_', 'HALF_DOWN'])
    print(c.rounding, x.quantize(cent), Decimal('2.355').quantize(cent))
    c.traps[Inexact] = True
    try:
        x.quantize(cent)
    except Inexact as e:
        print('trapped', type(e).__name__, c.flags[Rounded])
    print(x.quantize(Decimal('0.001')), x.quantize(Decimal('1E-5')))
    try:
        x.quantize(2)
    except Inexact as e:
        print('trapped again', type(e).__name__)
