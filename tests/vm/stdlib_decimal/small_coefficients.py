# Coefficients near 2**64 and 10**38 (the edge of decimal's machine-word fast paths):
# carries into a new digit, alignments that just fit or just overflow 38 digits,
# quotients with long shifts, quantize at the precision limit, signed zeros.
from decimal import (Decimal as D, localcontext, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN,
                     ROUND_UP, ROUND_05UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN,
                     Inexact, Rounded, DecimalException)


def show(label, f):
    with localcontext() as c:
        c.clear_flags()
        try:
            r = f()
        except DecimalException as e:
            r = type(e).__name__
        names = sorted(k.__name__ for k, v in c.flags.items() if v)
        print(label, repr(r), names)


nines38 = D('9' * 38)
big64 = D(2 ** 64 - 1)
for prec in (28, 38, 39):
    with localcontext() as ctx:
        ctx.prec = prec
        show('%d 9s+1' % prec, lambda: nines38 + 1)
        show('%d 9s*1' % prec, lambda: nines38 * 1)
        show('%d 2^64*2^64' % prec, lambda: big64 * big64)
        show('%d 2^64+2^64' % prec, lambda: big64 + big64)
        show('%d 1e37 shift' % prec, lambda: D('1E+37') + D('1'))
        show('%d 1e38 shift' % prec, lambda: D('1E+38') + D('1'))
        show('%d 1/3' % prec, lambda: D(1) / 3)
        show('%d 2/3' % prec, lambda: D(2) / D('3.000'))
        show('%d big/7' % prec, lambda: nines38 / 7)
        show('%d 1/big' % prec, lambda: D(1) / big64)
        show('%d exact' % prec, lambda: D('1.000') / D('0.125'))
        show('%d exact2' % prec, lambda: D('12E+3') / D('4'))
        show('%d q big' % prec, lambda: big64.quantize(D('1E+5')))
        show('%d q pad' % prec, lambda: D('1.5').quantize(D('1E-36')))
        show('%d neg' % prec, lambda: -nines38)
        show('%d pos' % prec, lambda: +D('12345678901234567890123456789012345'))

for mode in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP,
             ROUND_05UP, ROUND_FLOOR, ROUND_CEILING):
    with localcontext() as ctx:
        ctx.prec = 5
        ctx.rounding = mode
        show(mode + ' carry', lambda: D('99999') + D('0.5'))
        show(mode + ' half', lambda: D('12345') + D('0.5'))
        show(mode + ' neg half', lambda: D('-12345') - D('0.5'))
        show(mode + ' 05', lambda: D('12350') + D('0.1'))
        show(mode + ' zero', lambda: D('1.5') - D('1.50'))
        show(mode + ' -zero', lambda: D('-1.5') + D('-0'))
        show(mode + ' q', lambda: D('2.675').quantize(D('0.01'), mode))
        show(mode + ' q neg', lambda: D('-2.665').quantize(D('0.01')))
        show(mode + ' div', lambda: D(-2) / 7)

with localcontext() as ctx:
    ctx.prec = 3
    ctx.Emax = 5
    ctx.Emin = -5
    show('overflow', lambda: D('999E+3') + D('1E+3'))
    show('subnormal', lambda: D('1E-5') / 10)
    show('q subnormal', lambda: D('1E-5').quantize(D('1E-6')))
    show('q too long', lambda: D('123').quantize(D('0.1')))
    ctx.clamp = 1
    show('clamp', lambda: D('1E+5') + 0)
    show('clamp zero', lambda: D('0E+5') * 1)
    ctx.traps[Inexact] = True
    show('trap inexact', lambda: D(1) / 3)
    ctx.traps[Rounded] = True
    show('trap rounded', lambda: D('1.000') * D('1.000'))
