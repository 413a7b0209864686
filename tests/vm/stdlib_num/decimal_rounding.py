# decimal: every rounding mode on positive/negative halfway and non-halfway values, through
# quantize, context precision (plus) and to_integral_value/to_integral_exact.
from decimal import (Decimal as D, Context, localcontext, ROUND_DOWN, ROUND_HALF_UP,
                     ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN,
                     ROUND_05UP, Inexact, Rounded, InvalidOperation)

MODES = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
         ROUND_HALF_DOWN, ROUND_05UP]
values = ['2.5', '3.5', '-2.5', '2.51', '-2.49', '0.05', '-0.15', '7.45', '9.999', '1.0', '0.5', '-0']
print('value'.ljust(7), ' '.join(m[6:].ljust(9) for m in MODES))
for v in values:
    print(v.ljust(7), ' '.join(str(D(v).quantize(D('0.1'), rounding=m)).ljust(9) for m in MODES))
for v in values:
    print(v.ljust(7), ' '.join(str(D(v).to_integral_value(rounding=m)).ljust(9) for m in MODES))

for m in MODES:
    ctx = Context(prec=3, rounding=m)
    r = [str(ctx.plus(D(x))) for x in ('1.235', '-1.235', '1.2451', '99.95', '-99.95', '1.205')]
    print(m, r)

ctx = Context(prec=5)
print(ctx.to_integral_exact(D('2.5')), ctx.flags[Inexact], ctx.flags[Rounded])
ctx.clear_flags()
print(ctx.to_integral_exact(D('2.0')), ctx.flags[Inexact], ctx.flags[Rounded])

money = [D('19.995'), D('0.125'), D('-0.125'), D('2.675'), D('1.005')]
for m in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN):
    print(m, [str(x.quantize(D('0.01'), m)) for x in money])
print(D('123.456').quantize(D('1E+1')), D('123.456').quantize(D('1E-5')), D('-0.0001').quantize(D('0.01')))
print(D('1E+2').quantize(D('1')), D('inf').quantize(D('inf')), D('0').quantize(D('1E-3')))
for a, b in [('1.5', 'inf'), ('123456', '0.0000001'), ('1', '1E+1000000')]:
    try:
        print(D(a).quantize(D(b)))
    except InvalidOperation as e:
        print('InvalidOperation', a, b, e.args)
with localcontext() as c:
    c.prec = 4
    print(D(10) / 3, D('123456') + 0, round(D('1.5678'), 2), D('99999') * 1)
    c.rounding = ROUND_FLOOR
    print(D(10) / 3, D(-10) / 3, D(1) - D(1), D('-0') + D('0'))
