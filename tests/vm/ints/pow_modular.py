print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 1000007))
print(pow(2, 100, 2 ** 61 - 1), pow(7, 2 ** 70, 13))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(38, -1, 97), pow(38, -1, 97) * 38 % 97)
print(pow(5, -2, 13), pow(2, -1, 2 ** 64 + 1))
print(pow(0, 0, 5), pow(10, 0, 1), pow(10, 5, 1))
print(pow(2, -1), pow(2, -3), pow(-2, -2))
print(2 ** -2, 10 ** -1)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(pow(12345678901234567890, 3), pow(-(2 ** 63), 2))
