# decimal: Context attributes and validation, repr, flags and traps, copies, getcontext,
# setcontext, localcontext with keyword arguments, the template contexts.
import decimal
from decimal import (Decimal as D, Context, getcontext, setcontext, localcontext,
                     DefaultContext, BasicContext, ExtendedContext, Inexact, Rounded,
                     DivisionByZero, InvalidOperation, Overflow, Underflow, Clamped,
                     Subnormal, FloatOperation, ROUND_UP, ROUND_DOWN)

print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
c = Context(prec=5, rounding=ROUND_UP, Emin=-20, Emax=20, capitals=0, clamp=1,
            flags=[Inexact], traps=[Overflow])
print(c)
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.flags[Inexact], c.traps[Overflow], c.traps[DivisionByZero])
print(c.flags)
for attr, val in [('prec', 0), ('prec', 'x'), ('rounding', 'ROUND_SIDEWAYS'), ('Emin', 1),
                  ('Emax', -1), ('capitals', 2), ('clamp', -1), ('nosuch', 1)]:
    try:
        setattr(c, attr, val)
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    c.flags['x'] = True
except KeyError as e:
    print('KeyError', e)
try:
    Context(prec=1, traps=['x'])
except KeyError as e:
    print('KeyError', e)
d = c.copy()
d.prec = 9
d.traps[Inexact] = True
print(c.prec, d.prec, c.traps[Inexact], d.traps[Inexact])
c.clear_flags()
c.clear_traps()
print(c)
print(c.create_decimal('3.14159265'), c.create_decimal(D('1E+30')), c.create_decimal_from_float(0.1))
print(c.flags[Rounded], c.flags[Inexact], c.flags[FloatOperation], c.flags[Clamped])
print(c.add(1, 2), c.divide(D(1), 7), c.power(2, 100), c.sqrt(2), c.compare(1, 2))
print(c.is_signed(D(-1)), c.copy_sign(D(1), D(-2)), c.number_class(D('1E-30')), c.radix())

orig = getcontext()
new = Context(prec=3)
setcontext(new)
print(getcontext() is new, D(2) / 3)
setcontext(orig)
print(getcontext() is orig, D(2) / 3)
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext().prec)
setcontext(orig)
try:
    setcontext('x')
except TypeError as e:
    print('TypeError', e)

with localcontext(prec=6, rounding=ROUND_DOWN) as lc:
    print(lc.prec, lc.rounding, D(2) / 3, getcontext() is lc)
print(getcontext().prec, D(2) / 3)
with localcontext(Context(prec=2)) as lc:
    print(D('1.55') + 0)
try:
    with localcontext(precision=3):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    localcontext(prec=0).__enter__()
except ValueError as e:
    print('ValueError', e)
print(getcontext().prec)
print(sorted(n for n in dir(decimal) if not n.startswith('_')))
