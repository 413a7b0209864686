# decimal: arithmetic with Decimals and ints to the context precision, exact and inexact
# results, ideal exponents, comparisons and hashing consistent with int/float.
from decimal import Decimal as D, getcontext
import math

vals = [D('1.30'), D('-2.5'), D('0'), D('-0'), D(7), D('1E+3'), D('0.001'), D('123456789.987654321')]
for a in vals:
    row = []
    for b in vals[:5]:
        row.append(str(a + b))
        row.append(str(a - b))
        row.append(str(a * b))
    print(' '.join(row))
for a in vals:
    for b in (D(3), D('-0.7'), D(4)):
        print(a, b, a / b, a // b, a % b, divmod(a, b))

print(D(1) / D(3), D(2) / D(3), D(1) / D(7) * 7, D(10) / D(4), D('1.00') / D('0.1'))
print(D(2) ** 10, D('1.1') ** 2, D(2) ** -2, D('-2') ** 3, D(10) ** 30, D('0.5') ** 40)
print(D('1.23456789012345678901234567890123') + 0, D('9.99999999999999999999999999999') + 0)
print(3 + D('0.5'), 3 - D('0.5'), 3 * D('0.5'), 3 / D('0.5'), 7 // D(2), 7 % D(2), 2 ** D(3))
print(-D('1.5'), +D('-0'), abs(D('-1.5')), -D(0), D('5') - D('5.00'), D('0.1') * 3)
print(D('1E+999999') - D('1E+999999'), D('1e-1000005') + 0)

print(D(1) < 2, D('1.0') == 1, D('0.5') == 0.5, D('0.1') == 0.1, D(3) > 2.5, 2 <= D(2))
print(sorted([D(3), D('1.5'), D(-2), D('1.50'), D('-Infinity'), D('Infinity')]))
print(max(D('1.0'), D(1)), min(D('-0'), D(0)), D('2.0') in {2, 3}, D('2.5') in {2.5})
for v in [D('1.5'), D(10) ** 30, D('-0.25'), D('1E+100'), D('0.1'), D('inf'), D('-inf')]:
    print(v, hash(v) == hash(float(v)) if v == float(v) else 'x', hash(v) == hash(int(v)) if v.is_finite() and v == int(v) else '-')
print(hash(D(5)) == hash(5), hash(D('5.000')) == hash(5), hash(D(-1)) == hash(-1))
print(bool(D(0)), bool(D('0.0')), bool(D('nan')), bool(D('-1E-9')))
print(round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('3.14159'), 2), round(D('1234.5'), -2))
print(math.floor(D('-1.5')), math.ceil(D('-1.5')), math.trunc(D('-1.5')), int(D('1E+30')))
print(getcontext().flags)
for op in ['+', '-', '*', '/', '//', '%', '**', '<']:
    try:
        eval('D(1) %s "a"' % op)
    except TypeError as e:
        print(e)
try:
    D(1) + 1.5
except TypeError as e:
    print(e)
