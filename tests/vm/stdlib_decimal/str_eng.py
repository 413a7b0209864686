# str(), repr() and to_eng_string() of Decimals: the switch to exponents at 1E-7 and for
# positive exponents, engineering exponents (multiples of 3) for non-zero and zero
# coefficients, signed zeros, NaN payloads, infinities, capitals from the current or a
# given context, coefficients past 2**63.
from decimal import Decimal as D, Context, localcontext

texts = ['0', '-0', '0E+1', '0E+2', '0E+3', '-0E-1', '0E-7', '0E-8', '-0E+7', '0.000000',
         '1', '-1', '1E+1', '1E+2', '1E+3', '1E+4', '12E+5', '123E+6', '1234E+7', '1E-1',
         '1E-6', '1E-7', '1.5E-7', '-12.5E-9', '123.456', '0.000001', '0.0000001', '1234567',
         '9' * 25 + 'E-30', '9' * 25 + 'E+30', '1' * 40, '-1' + '0' * 39 + 'E-50',
         str(2 ** 63), str(2 ** 64 + 1) + 'E-3', '1E+999999', '1E-999999', '5E-1000007',
         'NaN', '-NaN', 'NaN123', '-sNaN45', 'sNaN', 'Infinity', '-Inf', '0E-1000000']
for s in texts:
    d = D(s)
    print('%-30s %-34s %-34s %r' % (s[:30], str(d)[:34], d.to_eng_string()[:34], d)[:160])
with localcontext() as c:
    c.capitals = 0
    print(str(D('1E+5')), repr(D('-1.5E-9')), D('1E+5').to_eng_string(), str(D('15')))
    print(D('1E+5').to_eng_string(context=Context(capitals=1)))
print(D('1E+5').to_eng_string(Context(capitals=0)), D('1E+5').to_eng_string(context=None))
print(Context(capitals=0).to_eng_string(D('12E+7')), Context().to_sci_string(D('12E+7')))
print('%s %r %s' % (D('-0.00'), D('7.50'), [D('1.1'), D('2E+1')]))
