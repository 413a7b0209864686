print(1 / 2, 2 / 1, 7 / 7, -1 / 3, 1 / -3)
print(10 ** 20 / 10 ** 10, 2 ** 64 / 2 ** 32, (2 ** 64 + 1) / 2)
print(1 / 10 ** 20, 10 ** 300 / 10 ** 299)
print((2 ** 1000) / (2 ** 999), (3 ** 500) / (3 ** 499))
print(2 ** 53 / 1, (2 ** 53 + 1) / 1, (2 ** 54 + 3) / 1)
print(123456789 / 1000, 22 / 7)
print(type(4 / 2).__name__, 4 / 2 == 2)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print("OverflowError", e)
print((10 ** 400) / (10 ** 399))
print(-(2 ** 63) / -1, (2 ** 63 - 1) / (2 ** 63))
