cases = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 1),
         (2 ** 64, 3), (-(2 ** 64), 3), (2 ** 64, -(2 ** 33)), (3, 2 ** 64),
         (-3, 2 ** 64), (10 ** 20, 10 ** 10), (-(2 ** 63), 7), (2 ** 62, 2 ** 62)]
for a, b in cases:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    (2 ** 70) // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(divmod(7, 2.0), divmod(-7.5, 2))
