# repr of many pseudo-random doubles built exactly with ldexp, across all magnitudes:
# the output is compared digit for digit with CPython's, plus a round-trip check.
import math

x = 2024


def rnd():
    global x
    x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    return x


bad = 0
lines = []
for i in range(6000):
    m = rnd() >> 11                 # 53 random bits
    if i % 3 == 0:
        e = rnd() % 2098 - 1126     # anywhere, subnormals included
    elif i % 3 == 1:
        e = rnd() % 120 - 80        # everyday magnitudes
    else:
        m &= ~((1 << (rnd() % 50)) - 1)  # short mantissas: short reprs
        e = rnd() % 100 - 60
    v = math.ldexp(m, e)
    r = repr(v)
    if float(r) != v:
        bad += 1
    lines.append(r)
    if len(lines) == 12:
        print(" ".join(lines))
        lines = []
print("round-trip failures:", bad)
