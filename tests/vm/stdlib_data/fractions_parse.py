# Fraction from strings: signs, decimals, exponents, underscores, whitespace.
from fractions import Fraction as F

for s in ["1/ 2", " 1/2 ", "1.5/2", "+.5e-2", "1_2/3_4", "1__2", "_1", "1.d", "1.5E+3",
          "0x10", "-0", "3.1415926535", "1e-30", "  -7/21\n", "1/-2", "", ".", "inf", "nan",
          "2.5e1_0", "12_3.4_5"]:
    try:
        print(repr(s), repr(F(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
print(F(10**30, 3 * 10**29), F(-(2**100), 2**98), F(2**64 + 1).limit_denominator(3))
print(F(0.1).limit_denominator(), F(1e-20), F(-1e300).numerator.bit_length())
