# decimal: construction from str/int/float/tuple/Decimal, str/repr/to_eng_string,
# as_tuple, as_integer_ratio, conversion errors.
from decimal import Decimal, getcontext, InvalidOperation, FloatOperation

for s in ['0', '-0', '1.30', '  12_3.4_5 ', '1e-7', '123E+2', '-1.20e5', '0E-8', '0.000001',
          '0.0000001', '1E+1000', '.5', '5.', '+7', 'inf', '-Infinity', 'nan', '-sNaN12',
          'NaN0123', '1e-1000005', '12345678901234567890123456789012345', '\u0661\u0662']:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.to_eng_string(), d.as_tuple())

for v in [0, -17, 10 ** 40, -(2 ** 70)]:
    print(v, repr(Decimal(v)))
for f in [0.1, -2.5, 1e300, 5e-324, float('inf'), float('-nan')]:
    print(f, repr(Decimal(f)), repr(Decimal.from_float(f)))
print(getcontext().flags[FloatOperation])

print(repr(Decimal((1, (1, 2, 3), -2))), repr(Decimal([0, [4, 0], 3])),
      repr(Decimal((0, (), 'F'))), repr(Decimal((1, (7,), 'n'))), repr(Decimal((0, (1,), 'N'))))
print(repr(Decimal(Decimal('-3.50'))))

for bad in [(1, 2), (2, (1,), 0), (0, (1, 10), 0), (0, (1,), 'x'), (0, (1,), 1.5), (0, 'ab', 0)]:
    try:
        Decimal(bad)
    except ValueError as e:
        print('ValueError', e)
for bad in [[1], {}, 1j, b'1', None]:
    try:
        Decimal(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ['abc', '1.2.3', '', '1e', 'e5', '--1', 'in f', '1 2']:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print('InvalidOperation', repr(bad), e.args)

for s in ['1.5', '-0.125', '100', '1E+3', '0', '-7E-10']:
    print(s, Decimal(s).as_integer_ratio(), int(Decimal(s)), float(Decimal(s)))
for s in ['inf', 'nan']:
    for f in (int, Decimal.as_integer_ratio):
        try:
            f(Decimal(s))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
class MyDec(Decimal):
    pass
m = MyDec('2.5')
print(type(m).__name__, repr(m), type(m + 1) is Decimal, isinstance(m, Decimal))
print(Decimal('1.5').real, Decimal('1.5').imag, Decimal('2').conjugate(), complex(Decimal('1.5')))
