# Shortest round-trip repr at powers of two, where the rounding interval is asymmetric.
for e in range(-1074, 1024, 7):
    x = 2.0 ** e
    assert float(repr(x)) == x
print(repr(2**-24), repr(2**-44), repr(2.0**-1074), repr(2.0**1023))
vals = [2.0 ** e for e in (-24, -44, -60, -100, -200, -300, 10, 60, 100)]
print([repr(v) for v in vals])
print(repr(5e-324), repr(1.7976931348623157e308), repr(0.1), repr(1/3))
print(bytes(0), bytearray(0), len(bytes(0)))
