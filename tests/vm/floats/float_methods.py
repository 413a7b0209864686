print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), (0.0).hex(), (5e-324).hex(), (1e308).hex())
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'), float.fromhex('0x.8'), float.fromhex('inf'))
print(float.fromhex((0.1).hex()) == 0.1)
print((2.5).conjugate(), (2.5).real, (2.5).imag)
print((7.9).__trunc__(), (-7.9).__trunc__(), (7.9).__floor__(), (-7.9).__ceil__())
print((2.5).__round__(), (2.567).__round__(2))
print(float(), float(5), float(-2 ** 10), float(True), float("-0"))
print(float.__name__, type(1.5).__mro__[-1].__name__)
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__add__("x"))
print(float.__eq__(1.0, 1), (1.0).__lt__(2), (2.0).__mod__(0.75))
for bad in ["", "abc", "1.2.3", "1e", "0x10", "1_", "_1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    (float("inf")).as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
try:
    (float("nan")).as_integer_ratio()
except ValueError as e:
    print("ValueError", e)
