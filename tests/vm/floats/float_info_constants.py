import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp)
print(fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(fi.max * 2, fi.min / 2 > 0, fi.min * fi.epsilon, 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(sys.float_repr_style)
import math
print(math.ulp(1.0) == fi.epsilon, math.nextafter(1.0, 2.0) - 1.0 == fi.epsilon)
print(math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.ulp(0.0))
print(math.nextafter(fi.max, math.inf), math.nextafter(1.0, 0.0))
