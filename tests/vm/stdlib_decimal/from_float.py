# Decimal(float) and Decimal.from_float are exact (every binary digit becomes decimal
# digits), set FloatOperation (raising only when trapped), keep the sign of -0.0; floats
# compare exactly with Decimals: == and != only flag FloatOperation, < <= > >= signal it.
import math
from decimal import Decimal as D, localcontext, FloatOperation, InvalidOperation


class F(float):
    pass


class MyDec(D):
    pass


values = [0.1, -0.1, 0.5, 1.0, -0.0, 0.0, 1e22, 1e23, 2.0 ** 70, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 123.456, -2.5, 1 / 3, F(0.25), math.inf, -math.inf, math.nan]
for v in values:
    with localcontext() as c:
        c.clear_flags()
        d = D(v)
        f = D.from_float(v)
        print(repr(v), repr(d)[:70], len(str(d)), d == f, d.as_tuple().exponent,
              c.flags[FloatOperation])
print(repr(D.from_float(7)), repr(D.from_float(-2 ** 80)), repr(MyDec.from_float(0.5)),
      type(MyDec.from_float(0.5)).__name__, type(MyDec(0.5)).__name__)
try:
    D.from_float('1.5')
except TypeError as e:
    print('TypeError', e)

with localcontext() as c:
    c.clear_flags()
    print(D('0.1') == 0.1, D('0.5') == 0.5, D('0.5') != 0.5, D(1) == 1.0, c.flags[FloatOperation])
    print(D('0.1') < 0.1, D('0.2') > 0.1, D(3) >= 3.0, D(-1) <= -1.5, 0.5 < D('0.6'),
          D('1E+400') > 1e308, D('-0') == -0.0, c.flags[FloatOperation])
    print(D('NaN') == 0.5, D(1) == math.nan, D(1) < math.inf, D('Inf') > 1e308)
    c.traps[FloatOperation] = True
    print(D('0.5') == 0.5, D('0.5') != 0.25)
    for f in (lambda: D('0.5') < 0.7, lambda: D(0.5), lambda: 0.5 >= D(1)):
        try:
            print(f())
        except FloatOperation as e:
            print('FloatOperation', e)
    print(D.from_float(0.5))
with localcontext() as c:
    c.traps[InvalidOperation] = False
    print(D('NaN') < 1.5, D('sNaN') == 1.5)
