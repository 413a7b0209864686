# float(str) for texts the one-operation fast path takes (short significands, small
# exponents) and for those just outside it, which must still be correctly rounded.
texts = ["0", "0.0", "00000.000", "1", "1.5", "0.001", "3.14159", "1e22", "1e23", "1e-22", "1e-23",
         "9007199254740992", "9007199254740993", "9007199254740995", "18014398509481985",
         "1234567890123456789", "12345678901234567890", "0.1", "0.2", "0.30000000000000004",
         "123.456e2", "123.456E-2", "1_000.5", "  2.5  ", "+7.25", "-0.0", "-1e-400", "1e400",
         "2.2250738585072011e-308", "4.9e-324", "2.4703282292062328e-324", ".5", "5.", "1e+05",
         "000123", "0.000001234", "99999999999999999999e-20", "7.0e-10", "4.35", "1.0000000000000002",
         "8.98846567431158e307", "179769313486231580793728971405301e275"]
for s in texts:
    v = float(s)
    print(repr(s), repr(v), v.hex())
x = 5
for i in range(400):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    digits = str(x)[: 1 + i % 10]
    s = "%s.%se%d" % (digits[:1 + i % 3], digits[1 + i % 3:] or "0", i % 50 - 25)
    print(s, repr(float(s)), float(s).hex())
for bad in ["1e", "1.2.3", "", ".", "e5", "1__0", "0x10", "1e5.0"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
