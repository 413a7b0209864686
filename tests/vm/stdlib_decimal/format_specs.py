# format() of Decimals: fill/align/sign/z/zero/width/grouping/precision with the types
# e E f F g G n % and none, rounding at digit boundaries under several rounding modes,
# signed zeros, NaN payloads and infinities, bad specs; then seeded random specs and values.
import random
from decimal import Decimal as D, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING

values = [D('1234.5678'), D('-1234.5678'), D('0'), D('-0'), D('0.000'), D('-0E+5'), D('1E+5'),
          D('1.23E-7'), D('999.995'), D('-999.995'), D('0.5'), D('2.5'), D('12345678901234567890.5'),
          D('1E-1000'), D('9.999999E+20'), D('NaN'), D('-NaN123'), D('sNaN'), D('Infinity'),
          D('-Infinity'), D('100'), D('1.000'), D('0.0001234')]
specs = ['', '.2f', ',.2f', '>15.3f', '<15.1e', '^15', '=+15,.2f', '015.2f', '0=15,.1f',
         '*^20,.3f', '+.3E', ' .0f', '.0e', '.1g', '.3G', '.0%', '.2%', 'n', '.3n', 'z.2f',
         'z,.0f', '-^12', '012,', '030,.4f', '#>10', '.10', ',', 'e', 'E', 'f', 'F', 'g', 'G',
         '%', 'x<8.1F', '+', ' ', '.50f', '012.3e', '10.0%', 'N', '.2N', 'z^12.1f', '+z010,.2f']
for v in values:
    print(repr(v))
    print('  ', ' | '.join(format(v, s) for s in specs))
for mode in (ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING):
    with localcontext() as c:
        c.rounding = mode
        print(mode, [format(D(x), '.2f') for x in ('2.675', '-2.675', '0.005', '-0.005', '9.999')],
              [format(D(x), '.2e') for x in ('12350', '-99950', '0.0012345')],
              [format(D(x), '.3g') for x in ('123456', '0.00099995', '999.5')])
with localcontext() as c:
    c.capitals = 0
    print(format(D('1E+10'), ''), format(D('1.5E-9'), ''), format(D('1E+10'), 'G'))
for bad in ('.f', 'q', '10.2x', ',,', '.2fz', '=', '0x', '1.1.1', '^025,f', '<05', 'x=05', '00',
            '005', '5,n', ',N', '0z5', 'zz', 'z+z05', '#f', '_', '10_', 'z+05', '+z05', 'z<10',
            '<z10', 'z=10', 'x<z+5', '5N', '.2N', 'N', '0', '0,', ' z', 'z5', '010n'):
    try:
        print(bad, format(D('1.5'), bad))
    except ValueError as e:
        print(bad, 'ValueError', e)
print(format(D('1.5'), '\u2007>8.1f'), format(D('-7'), '\u00e9^9'))
print('{:>10.2f}|{:<10,}|{:^+10.1%}'.format(D('3.14159'), D('1234567'), D('0.256')))

rng = random.Random(20261121)
for i in range(150):
    digits = str(rng.randrange(1, 10 ** rng.randrange(1, 30)))
    v = D('%s%sE%d' % (rng.choice(['', '-']), digits, rng.randrange(-30, 20)))
    spec = '%s%s%s%s%s%s%s' % (rng.choice(['', '>', '<', '^', '=', '*<', '_^', '0=']),
                               rng.choice(['', '+', '-', ' ']), rng.choice(['', 'z']),
                               rng.choice(['', '0']), rng.choice(['', '12', '25']),
                               rng.choice(['', ',']),
                               rng.choice(['', '.0', '.1', '.3', '.8']) +
                               rng.choice(['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n']))
    try:
        out = format(v, spec)
    except ValueError as e:
        out = 'ValueError: %s' % e
    print(i, repr(v), repr(spec), out)
