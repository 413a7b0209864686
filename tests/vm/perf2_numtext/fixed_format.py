# '%.Nf', format(v, '.Nf'), f-strings and '%' with exact half-even rounding of the binary
# value, at the edges of the fast range (2**63, precision 17) and beyond it.
import math

vals = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.0005, 1e-7, 123.456, 999.9999,
        9.995, 0.045, 1234.5678, 2.0 ** 62, 2.0 ** 63, 2.0 ** 63 - 1024, 2.0 ** 64, 1e18, 1e19, 1e22,
        5e-324, 1e-300, 0.1, 1 / 3, -2.5, -0.004, 7.0e15 + 0.5, float("inf"), float("nan")]
for v in vals:
    print("%.0f %.1f %.2f %.3f %f %.17f %.20f" % (v, v, v, v, v, v, v))
    print("%#.0f|%+.2f|% .3f|%10.4f|%-10.1f|%010.2F" % (v, v, v, v, v, v))
    print(format(v, ".2f"), format(v, "#.0f"), format(v, ".5%"), f"{v:,.2f}", f"{v:>12.3f}", f"{v:.17F}")
x = 77
for i in range(300):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    v = math.ldexp(x, i % 60 - 45)
    p = i % 18
    print(p, "%.*f" % (p, v), format(-v, ".%df" % p))
print(round(2.675, 2), round(0.125, 2), f"{2.5:.0f}", f"{3.5:.0f}", "%.2f" % 1e-3)
