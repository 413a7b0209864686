# Decimal // % divmod(): signs with negative operands (truncating, unlike int), mixed
# exponents, ints on either side, zero and infinite operands, quotients too long for the
# precision (DivisionImpossible), and the flags each one raises.
from decimal import (Decimal as D, localcontext, DecimalException, InvalidOperation,
                     DivisionByZero, DivisionUndefined, DivisionImpossible)


def show(label, f):
    with localcontext() as c:
        c.clear_flags()
        for s in (InvalidOperation, DivisionByZero):
            c.traps[s] = False
        try:
            r = repr(f())
        except (DecimalException, TypeError, ZeroDivisionError) as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(label, r, sorted(k.__name__ for k, v in c.flags.items() if v))


pairs = [(D(7), D(2)), (D(-7), D(2)), (D(7), D(-2)), (D(-7), D(-2)), (D('7.5'), D('2')),
         (D('-7.5'), D('0.2')), (D('1E+3'), D('7')), (D('10'), D('0.003')), (D('0.0001'), D(3)),
         (D('-0'), D(5)), (D(0), D('-5')), (D(-4), D(2)), (D('12.345'), D('1E-5')),
         (D('123456789'), D('0.1')), (D(1), D('1E+40')), (7, D('2.5')), (D('-7'), 3),
         (D('Inf'), D(3)), (D(3), D('-Inf')), (D('Inf'), D('Inf')), (D('NaN'), D(1)),
         (D(5), D(0)), (D(0), D(0)), (D('-5'), D('0.00')), (D('1E+30'), D('3E-2')),
         (D('9' * 30), D(7)), (D(2) ** 100, D('0.7'))]
for a, b in pairs:
    show('%r // %r' % (a, b), lambda: a // b)
    show('%r %% %r' % (a, b), lambda: a % b)
    show('divmod(%r, %r)' % (a, b), lambda: divmod(a, b))

with localcontext() as c:
    c.prec = 5
    show('prec5 //', lambda: D(123456) // D(1))
    show('prec5 %', lambda: D(123456) % D(7))
    show('prec5 % rounds', lambda: D('1.23456789') % D(1))
    show('prec5 ok', lambda: D(99999) // D(1))
show('dunder', lambda: (D(7).__divmod__(2), D(7).__rdivmod__(30), D(7).__rfloordiv__(30)))
show('float', lambda: D(7) // 2.0)
x = D('17.5')
x //= 4
y = D('17.5')
y %= 4
print(x, y)
