# hash(), bool() and int() of Decimals in C: hashes equal to those of equal ints, floats and
# Fractions (negative and huge exponents, signed zeros), the special values and their errors.
from decimal import Decimal, localcontext
from fractions import Fraction
vals = ['0', '-0', '1', '-1', '1.5', '-2.25', '0.1', '1E+30', '123456789012345678901234567890E-5',
        '1E-30', '-7E-400', '3E+400', '12345E+1000', '1E-999999', 'Infinity', '-Infinity',
        '2.305843009213693951E+18', '2305843009213693951', '2305843009213693952', '-2305843009213693953',
        '0.5', '1E+18', '-1.000']
for v in vals:
    d = Decimal(v)
    print(v, hash(d), bool(d), int(d) if d.is_finite() else None)
print(hash(Decimal(1.5)) == hash(1.5), hash(Decimal('0.25')) == hash(Fraction(1, 4)), hash(Decimal(-1)) == hash(-1))
print(hash(Decimal(10**30)) == hash(10**30), hash(Decimal('-0.1')) == hash(Fraction(-1, 10)))
try:
    hash(Decimal('sNaN'))
except TypeError as e:
    print('TypeError', e)
n = Decimal('NaN')
print(hash(n) == hash(n), bool(n), bool(Decimal('-sNaN1')))
for v in ('NaN', 'sNaN', 'Infinity'):
    try:
        int(Decimal(v))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
import math
print(math.trunc(Decimal('-7.9')), int(Decimal('-7.9')), int(Decimal('1E-1000000000')), int(Decimal('12.5E+3')))
print(len({Decimal('1.0'), Decimal(1), 1, 1.0, Decimal('1.00')}))
