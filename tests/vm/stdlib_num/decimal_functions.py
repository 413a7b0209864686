# decimal: sqrt, exp, ln, log10 and power correctly rounded, normalize, the is_* predicates,
# number_class, copy_*, next_*, compare_total, logb/scaleb, shift/rotate, logical ops, fma.
from decimal import Decimal as D, Context, localcontext, getcontext, InvalidOperation

nums = ['2', '0.5', '10', '1E+100', '1E-100', '0.001', '12345.6789', '1']
for s in nums:
    d = D(s)
    print(s, d.sqrt(), d.exp() if d < 300 else '-', d.ln(), d.log10())
print(D(0).sqrt(), D('-0').sqrt(), D('0E-7').sqrt(), D('1E-7').sqrt(), D(100).sqrt(), D('0.25').sqrt())
print(D(0).exp(), D(-1).exp(), D('-1000').exp(), D('inf').exp(), D('-inf').exp(), D('inf').ln())
with localcontext(prec=50) as c:
    print(D(2).sqrt(), D(1).exp(), D(10).ln(), D(3).log10())
with localcontext(prec=5):
    print(D(2).sqrt(), D(1).exp(), D('1.0001').ln(), D(7).log10(), D(2) ** D('0.5'))
print(D(2) ** D('0.5'), D('1.21') ** D('0.5'), D(4) ** D('-0.5'), D(10) ** D('-2.0'), D(-8) ** 3)
print(D('2.5') ** 3, D(7) ** 0, D(0) ** 5, D('-0') ** 3, D('inf') ** -1, D('0.9') ** 100)
print(pow(D(3), D(4), D(5)), pow(D(-7), 3, 10), D(2) ** -3)
for s in ['12.500', '0.000', '-1E+2', '120', '0E+5', 'inf', 'nan']:
    d = D(s)
    print(s, d.normalize(), d.adjusted(), d.number_class(), d.is_finite(), d.is_infinite(),
          d.is_nan(), d.is_qnan(), d.is_snan(), d.is_signed(), d.is_zero(), d.is_normal(),
          d.is_subnormal(), d.is_canonical())
print(D('1E-1000000').is_subnormal(), D('1E-1000000').number_class(), D('sNaN').number_class())
print(D(5).copy_abs(), D(5).copy_negate(), D(5).copy_sign(D('-0')), D(1).next_plus(),
      D(1).next_minus(), D(1).next_toward(2), D(1).next_toward(0), D('-0').next_plus())
print(D(1).compare(D(2)), D(2).compare(D('2.0')), D('NaN').compare(D(1)),
      D('1.0').compare_total(D(1)), D(-1).compare_total(D(1)), D('NaN').compare_total(D('inf')))
print(D('1.0').max(D(1)), D(-3).max_mag(D(2)), D(-3).min_mag(D(2)), D('NaN').max(D(5)))
print(D(1234).logb(), D('0.001').logb(), D(5).scaleb(3), D('1.5').scaleb(-2), D('1E+5').same_quantum(D(1)))
print(D(123).shift(2), D(123).shift(-1), D(123).rotate(2), D(123).rotate(-1))
print(D(1010).logical_and(D(1100)), D(1010).logical_or(D(1100)), D(1010).logical_xor(D(1100)),
      D(0).logical_invert(Context(prec=5)))
print(D(5).fma(2, 3), D('1.5').fma(D('1E+30'), D(-1)), D(3).remainder_near(2), D(10).remainder_near(6))
print(D(10).to_integral_value(), D('1.5E+3').to_integral_exact(), D('-7.5').to_integral(),
      D('1.5').as_integer_ratio(), D('1E+2').as_tuple())
for fn in (lambda: D(-1).sqrt(), lambda: D(-1).ln(), lambda: D(-2) ** D('0.5'), lambda: D(0) ** 0,
           lambda: D(1).logical_and(D(2)), lambda: D(1).shift(100)):
    try:
        print(fn())
    except InvalidOperation as e:
        print('InvalidOperation', e.args)
print(getcontext().flags[InvalidOperation])
