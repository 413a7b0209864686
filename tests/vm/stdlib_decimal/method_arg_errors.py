# Argument errors of Decimal's methods: the C-implemented ones speak of "function" like
# CPython's; every method taking context= rejects a non-Context with "optional argument
# must be a context" (given by keyword or by position).
import decimal
from decimal import Decimal, ROUND_UP

x = Decimal("1.234")
cent = Decimal("0.01")


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, str(e).split("\n")[0])


show("quantize()", lambda: x.quantize())
show("quantize(4 args)", lambda: x.quantize(cent, ROUND_UP, None, 1))
show("quantize(bogus)", lambda: x.quantize(bogus=1))
show("quantize(cent, bogus)", lambda: x.quantize(cent, bogus=1))
show("quantize(4 kw)", lambda: x.quantize(exp=cent, rounding=ROUND_UP, context=None, x=1))
show("quantize(both)", lambda: x.quantize(cent, exp=cent))
show("quantize(cent, ROUND_UP, 'ctx')", lambda: x.quantize(cent, ROUND_UP, "ctx"))
show("quantize(cent, context='ctx')", lambda: x.quantize(cent, context="ctx"))
show("quantize(cent, 'bad')", lambda: x.quantize(cent, "bad"))
show("quantize(cent, ROUND_UP, ctx)", lambda: x.quantize(cent, ROUND_UP, decimal.Context()))
show("to_eng_string(1, 2)", lambda: x.to_eng_string(1, 2))
show("to_eng_string(bogus)", lambda: x.to_eng_string(bogus=1))
show("to_eng_string('ctx')", lambda: x.to_eng_string("ctx"))
show("to_eng_string(ctx)", lambda: Decimal("1E+7").to_eng_string(decimal.Context()))
show("from_float()", lambda: Decimal.from_float())
show("from_float(1, 2)", lambda: Decimal.from_float(1, 2))
show("from_float(f=1)", lambda: Decimal.from_float(f=1))
show("Decimal('1', 'ctx')", lambda: Decimal("1", "ctx"))
show("Decimal(2, context='ctx')", lambda: Decimal(2, context="ctx"))
show("Decimal(1.5, 'ctx')", lambda: Decimal(1.5, "ctx"))
show("Decimal('1.5', None)", lambda: Decimal("1.5", None))

unary = ["exp", "ln", "log10", "logb", "logical_invert", "next_minus", "next_plus",
         "normalize", "number_class", "sqrt", "to_integral", "to_integral_exact",
         "to_integral_value", "is_normal", "is_subnormal", "to_eng_string"]
binary = ["compare", "compare_signal", "compare_total", "compare_total_mag", "copy_sign",
          "logical_and", "logical_or", "logical_xor", "max", "max_mag", "min", "min_mag",
          "next_toward", "remainder_near", "rotate", "same_quantum", "scaleb", "shift"]
one = Decimal(1)
for name in unary:
    show(name + "(context='ctx')", lambda: getattr(one, name)(context="ctx"))
for name in binary:
    show(name + "(1, 'ctx')", lambda: getattr(one, name)(1, "ctx"))
    show(name + "(1, context=[])", lambda: getattr(one, name)(1, context=[]))
show("fma(2, 3, 'ctx')", lambda: one.fma(2, 3, "ctx"))
for name in ("to_integral", "to_integral_exact", "to_integral_value"):
    show(name + "(ROUND_UP, 'ctx')", lambda: getattr(Decimal("1.5"), name)(ROUND_UP, "ctx"))
    show(name + "(ROUND_UP, ctx)", lambda: getattr(Decimal("1.5"), name)(ROUND_UP, decimal.Context()))
