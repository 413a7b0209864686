# decimal: format() with every presentation type, precision, alignment, fill, sign, z,
# zero padding and ',' grouping; specials; the context's capitals and rounding.
from decimal import Decimal as D, localcontext, ROUND_DOWN

values = ['0', '-0', '1234567.891', '-0.000012345', '12.5', '1E+10', '1.20E-7', '999.9995',
          '0.5', '-3', '1E+2', '123456789012345678901234567890', 'Infinity', '-Infinity', 'NaN',
          '-NaN7', '0E-5', '0E+3']
specs = ['', '.3', 'f', '.2f', '.0f', ',.2f', 'e', '.3e', 'E', '.0e', 'g', '.4g', 'G', '.2G',
         '%', '.1%', 'n', '>14.2f', '<14', '^15,', '015,.2f', '+.3e', ' g', 'z.1f', '012,', 'x>10.1f',
         '*=+12,.1f', '10', '.30f']
for v in values:
    d = D(v)
    print(v, [format(d, s) for s in specs])
print('{:,}'.format(D('1234567')), '{:.3f}'.format(D(2) / 3), f'{D("3.14159"):08.3f}')
with localcontext() as c:
    c.capitals = 0
    print(format(D('1E+10')), format(D('1.5E-20'), '.3'), str(D('1E+10')), repr(D('1E+10')))
    c.rounding = ROUND_DOWN
    print(format(D('2.999'), '.2f'), format(D('-2.999'), '.1e'), format(D('9.99'), '.1g'))
for bad in ['#f', '_f', 'd', 'x', '.f', '10.2q', ',_f']:
    try:
        print(format(D('1.5'), bad))
    except ValueError as e:
        print('ValueError', repr(bad), e)
