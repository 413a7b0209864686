a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(1.0 / 3.0 * 3.0, 2.0 ** 0.5, 10.0 ** -2, (-8.0) ** 2, 2.0 ** 1023)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2)
print(3.0 * 4, 3 * 4.0, 1 + 1.0, 7 // 2.0, 7 % 2.5, -7 % 2.5)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123.456, 1), round(-0.4))
print(round(1e20, -19), round(0.0, 3), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    10.0 ** 400
except OverflowError:
    print("OverflowError raised")
