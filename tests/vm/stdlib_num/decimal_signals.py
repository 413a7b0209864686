# decimal: the signal classes and their hierarchy, trapped signals and their arguments,
# flags raised by operations, Overflow/Underflow/Subnormal/Clamped at the exponent limits.
from decimal import *

for cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
            DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
            Overflow, Underflow, FloatOperation):
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:]])

def show(label, fn):
    getcontext().clear_flags()
    try:
        r = fn()
        print(label, '->', repr(r), end=' ')
    except DecimalException as e:
        print(label, 'raised', type(e).__name__, e.args, end=' ')
    print([s.__name__ for s in (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
                                Underflow, Subnormal, Inexact, Rounded, Clamped)
           if getcontext().flags[s]])

show('1/0', lambda: Decimal(1) / 0)
show('0/0', lambda: Decimal(0) / 0)
show('abc', lambda: Decimal('abc'))
show('snan+1', lambda: Decimal('sNaN') + 1)
show('nan<1', lambda: Decimal('NaN') < 1)
show('nan==1', lambda: Decimal('NaN') == 1)
show('snan==1', lambda: Decimal('sNaN') == 1)
show('inf-inf', lambda: Decimal('inf') - Decimal('inf'))
show('0*inf', lambda: Decimal(0) * Decimal('inf'))
show('10//1e-30', lambda: Decimal(10) // Decimal('1e-30'))
show('1e999999*10', lambda: Decimal('1e999999') * 10)
show('sqrt(-1)', lambda: Decimal(-1).sqrt())
show('1/3', lambda: Decimal(1) / 3)
show('float', lambda: Decimal(0.5))
show('ln(0)', lambda: Decimal(0).ln())
show('1%0', lambda: Decimal(1) % 0)
show('divmod(1,0)', lambda: divmod(Decimal(1), 0))

c = Context(prec=3, Emin=-5, Emax=5, traps=[])
for s in ['1E+6', '9.999E+5', '1.23E-6', '1E-8', '1.5E-9', '1E-9', '0E-20', '0E+20', '123456']:
    c.clear_flags()
    r = c.plus(Decimal(s))
    print(s, '->', r, sorted(k.__name__ for k, v in c.flags.items() if v))
c.clamp = 1
for s in ['1E+5', '1.2E+5', '0E+9']:
    c.clear_flags()
    print(s, '->', c.plus(Decimal(s)), sorted(k.__name__ for k, v in c.flags.items() if v))
c = Context(traps=[Inexact, FloatOperation])
for fn in (lambda: c.divide(Decimal(1), 3), lambda: c.create_decimal(1.5), lambda: Decimal(2) < 1.5):
    try:
        print(fn())
    except DecimalException as e:
        print(type(e).__name__, e.args, isinstance(e, TypeError), isinstance(e, ArithmeticError))
setcontext(Context(traps=[FloatOperation]))
for fn in (lambda: Decimal(0.5), lambda: Decimal(1) == 1.0, lambda: Decimal(1) < 1.5):
    try:
        print(fn())
    except FloatOperation as e:
        print('FloatOperation', e.args)
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError', type(e).__name__)
