# Construction, str/repr, comparisons and subclasses around decimal's fast paths.
from decimal import *

for s in ['0', '-0', '1.', '.5', '+7.250', '1e5', '1E-7', '-12.5e+3', '123456789012345678901234567890',
          '0.000001', '0.0000001', '1.23E+30', '000123.4500', '1_000', ' 12 ', 'Inf', '-nan12',
          'sNaN', '1e999999999999999999', '١٢٣']:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.as_tuple())
for bad in ['', '.', 'e5', '1e', '1.2.3', '1e+', '--1', '0x10']:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print('bad', repr(bad), [c.__name__ for c in e.args[0]])
print(Decimal(0), Decimal(-5), Decimal(2 ** 70), Decimal(-2 ** 64), Decimal(True), Decimal())
getcontext().capitals = 0
print(Decimal('1E+10'), repr(Decimal('-1.5e-20')))
getcontext().capitals = 1
print(Decimal('5E-7') + 0, Decimal('123E+2') * 1, Decimal('0E-8'), Decimal('0E+3'))

class Money(Decimal):
    def __repr__(self):
        return 'Money(%s)' % self
m = Money('1.25')
print(repr(m), type(m + 1) is Decimal, type(1 + m) is Decimal, type(-m) is Decimal, type(m.quantize(Decimal(1))) is Decimal)
print(m == Decimal('1.250'), m < 2, 2 > m, Decimal('1.0') == 1, Decimal('-0') == 0)
print(sorted([Decimal('2.5'), Decimal('-1'), Decimal('2.50'), Decimal('1E+1'), Decimal('0.3')]))
print(Decimal('NaN') == Decimal('NaN'), Decimal('Inf') > 10 ** 30, Decimal('-Inf') < -10 ** 30)
try:
    Decimal(1) < Decimal('NaN')
except InvalidOperation as e:
    print('InvalidOperation', e)
print(Decimal('0.1') == 0.1, Decimal('0.5') == 0.5, Decimal(3) == 3.0)
print(Decimal('1.5') + Decimal('Inf'), Decimal('NaN123') * 2, Decimal('-Inf') - Decimal('Inf'))
try:
    Decimal('-Inf') - Decimal('-Inf')
except InvalidOperation as e:
    print('InvalidOperation', e)
print(hash(Decimal('1.50')) == hash(1.5), hash(Decimal(7)) == hash(7), hash(Decimal('0.1')))
print(Decimal('1.5') + 2.5 if False else 'no float add')
try:
    Decimal('1.5') + 2.5
except TypeError as e:
    print('TypeError', e)
try:
    Decimal('1') < 'x'
except TypeError as e:
    print('TypeError', e)
print(Decimal.__add__(Decimal(1), 2), Decimal(3).__rsub__(10), Decimal(4).__truediv__(8))
print(abs(Decimal('-1.2345678901234567890123456789012345')), -Decimal('1.2345678901234567890123456789012345'))
print(Decimal('2.5').quantize(Decimal('1E+1')), Decimal('1.5').quantize(1) if False else '', Decimal(15).quantize(Decimal('1E+1')))
