# Decimal ** with integral, non-integral and negative exponents, ints on either side,
# pow() with a modulus, Context.power, and the InvalidOperation / DivisionByZero cases;
# each result is printed with the flags it raised.
from decimal import (Decimal as D, Context, localcontext, DecimalException, InvalidOperation,
                     ROUND_DOWN, ROUND_UP)


def show(label, f):
    with localcontext() as c:
        c.clear_flags()
        c.traps[InvalidOperation] = False
        try:
            r = repr(f())
        except (DecimalException, TypeError, ValueError) as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(label, r, sorted(k.__name__ for k, v in c.flags.items() if v))


cases = [(D(10), -62), (D(2), 10), (D('1.10'), 2), (D('-2'), 3), (D('-2'), -3),
         (D('1.5'), D('2')), (D('2'), D('0.5')), (D('2'), D('2.0')), (D('-8'), D('-1E+0')),
         (3, D(4)), (D(7), 0), (D(0), 5), (D(0), -1), (D(0), 0), (D('-0'), 3), (D('-0'), -3),
         (D('NaN'), 2), (D('sNaN12'), 2), (D('Inf'), -2), (D('-Inf'), 3), (D(2), D('Inf')),
         (D('0.5'), D('-Inf')), (D('-2'), D('0.5')), (D('1.000'), 10 ** 6), (D(3), 100),
         (D(3), D('40E1')), (D(7), -3), (D('0.1'), -5), (D('12.5'), D('-2')),
         (D('1E-3'), 3), (D('-1.2'), 7), (D(9), D('0.5')), (D(10), D('-0.5')),
         (D('1E+999999'), 2), (D('1E-999999'), 2), (D(2), D('-1E+3')), (D('-10.0'), 10 ** 5),
         (D('100'), 10 ** 6), (D('1E+2'), D('1E+7'))]
for i, (a, b) in enumerate(cases):
    show('%d %r ** %r' % (i, a, b), lambda: a ** b)

for prec in (1, 5, 28):
    with localcontext() as c:
        c.prec = prec
        show('prec %d 3**20' % prec, lambda: D(3) ** 20)
        show('prec %d 3**-20' % prec, lambda: D(3) ** -20)
        show('prec %d 7**0.5' % prec, lambda: D(7) ** D('0.5'))
        show('prec %d 99**2' % prec, lambda: D(99) ** 2)
with localcontext() as c:
    c.rounding = ROUND_DOWN
    c.prec = 4
    show('down 2**-3', lambda: D(2) ** -3)
    show('down 3**-1', lambda: D(3) ** -1)
    c.rounding = ROUND_UP
    show('up 3**-1', lambda: D(3) ** -1)

show('pow3', lambda: pow(D(3), 4, 5))
show('pow3 dec', lambda: pow(D(3), D(4), D(7)))
show('pow3 rev', lambda: pow(3, D(4), 5))
show('pow3 neg exp', lambda: pow(D(3), -1, 5))
show('pow3 frac', lambda: pow(D('3.5'), 2, 5))
show('pow3 zero mod', lambda: pow(D(3), 2, 0))
show('ctx power', lambda: Context(prec=5).power(3, 20))
show('ctx power mod', lambda: Context(prec=5).power(3, 20, 7))
show('ctx sqrt', lambda: Context(prec=5).power(D(2), D('0.5')))
show('dunder', lambda: (D(2).__pow__(3), D(2).__rpow__(3)))
show('float', lambda: D(2) ** 1.5)
show('str', lambda: D(2) ** 'x')
x = D(2)
x **= 5
print(x, type(x) is D)
