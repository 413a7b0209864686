print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(1.25, 1), round(1.35, 1), round(2.675, 2), round(-1.25, 1))
print(round(123456, -2), round(123456, -3), round(-123456, -2), round(150, -2), round(250, -2))
print(round(10 ** 20 + 5, -1), round(-(10 ** 20) - 5, -1))
print(type(round(5)), type(round(5, 1)), type(round(5.0)), type(round(5.0, 1)))
print(round(True), round(False, 2), round(7, 0))
print(round(1e300, 2), round(-0.0), round(-0.0, 1), round(0.1 + 0.2, 16))
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError", e)
