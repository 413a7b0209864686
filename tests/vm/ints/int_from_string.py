print(int("42"), int("-42"), int("+42"), int("  7  "), int("0"), int("-0"))
print(int("1_000"), int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0), int("0B11", 0))
print(int("z", 36), int("ZZ", 36), int("10", 36), int("11", 3))
print(int("123456789012345678901234567890"), int("-" + "f" * 30, 16))
print(int("1" * 64, 2), int("7" * 25, 8))
print(int(" \t\n12\n"), int("0_0"), int("00"), int("0", 0))
print(int(3.99), int(-3.99), int(1e20), int(-0.5), int(2.0 ** 70))
print(int(b"15"), int(bytearray(b"-9")))
print(int("١٢٣"))
for bad in ["", "  ", "1.5", "12a", "0x", "1__0", "_1", "08", "abc"]:
    try:
        int(bad, 0) if bad == "08" else int(bad)
    except ValueError as e:
        print("ValueError", e)
for bad, base in [("2", 2), ("g", 16), ("9", 8), ("12", 1), ("12", 37)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError", e)
