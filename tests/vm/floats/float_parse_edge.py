strs = ["1e-400", "1e400", "2.2250738585072014e-308", "4.9e-324", "2.4e-324", "2.5e-324",
        "0.1e1", "1.e1", "-.5e-1", "+0.0", "-0.0", "1_0.5_5", "  \t1.5\n", "00012.5",
        "9007199254740993", "9007199254740995", "1.7976931348623158e308", "1.7976931348623159e308",
        "0.30000000000000004", "123456789e-9", "nan", "-inf", "+Infinity", "iNfInItY"]
for s in strs:
    print(repr(s), repr(float(s)))
print(float(b"2.5"), float(bytearray(b" 3 ")))
class F:
    def __float__(self):
        return 6.25
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
