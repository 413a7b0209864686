# Decimal from strings and tuples at the exponent limits: an adjusted exponent above
# MAX_EMAX or an exponent below MIN_ETINY is InvalidOperation (not ConversionSyntax),
# a NaN result when untrapped; plus the plain syntax corner cases.
from decimal import Context, Decimal, InvalidOperation, setcontext, getcontext

CASES = ['1E999999999999999999', '1E-999999999999999999', '1E1000000000000000000',
         '1E-1000000000000000000', '1E+9999999999999999999999', '1E-9999999999999999999999',
         '0E+99999999999999999999', '12E999999999999999999', '0.12E1000000000000000000',
         '0.012E1000000000000000001', '1000E999999999999999997', '1000E999999999999999996',
         '0E1000000000000000000', '0E999999999999999999', '0.0E1000000000000000000',
         '123.456E-999999999999999999', '10E-1999999999999999998', '0.1E-1999999999999999996',
         '1.0E-1999999999999999996', '0E-1999999999999999998', '0E-1999999999999999997',
         '1E-1999999999999999997', '1E9223372036854775807', '1E-9223372036854775808',
         '1' + '0' * 30 + 'E-2000000000000000010', 'NaN1234', 'sNaN' + '9' * 40, '1E+00005',
         '-0E-5', '1_000.5e1_0', ' 12.5E3 ', '1E', '1E+', 'E5', '.E5', '1.E5', '.5E-1', 'xyz',
         (0, (1,), 10 ** 18), (0, (1, 2), 10 ** 18 - 1), (1, (1, 2), 10 ** 18 - 2),
         (0, (1,), -1999999999999999998), (0, (), 10 ** 18), (0, (), -1999999999999999997)]


def signalled(exc):
    return [c.__name__ for c in exc.args[0]]


for value in CASES:
    setcontext(Context(traps=[]))
    d = Decimal(value)
    untrapped = '%r %s' % (d, getcontext().flags[InvalidOperation])
    setcontext(Context(traps=[InvalidOperation]))
    try:
        trapped = repr(Decimal(value))
    except InvalidOperation as e:
        trapped = 'raised %s' % signalled(e)
    print(repr(value)[:60], '|', untrapped, '|', trapped)
