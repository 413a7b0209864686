# BINARY_OP / COMPARE_OP fast paths on small ints and floats keep CPython's results.
import math
vals = [0, 1, -1, 7, -7, 3, -3, 2**61, -(2**61), 2**62 - 1, -(2**62), 123456789012]
res = []
for a in vals:
    for b in vals:
        res.append(a + b)
        res.append(a - b)
        res.append(a * b)
        res.append(a & b)
        res.append(a | b)
        res.append(a ^ b)
        if b:
            res.append(a // b)
            res.append(a % b)
        if 0 <= b < 100:
            res.append(a >> b)
            res.append(a << (b % 70))
        res.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
print(hash(tuple(res)), len(res))
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, -(2**62) // -1, (-(2**62)) * -1)
print(5 >> 200, -5 >> 200, 1 >> 63, -1 >> 63)
x = 2**62 - 1
x += 1
print(x, type(x))
for a, b in [(1.5, 2), (2, 1.5), (0.1, 0.2), (-0.0, 2.0), (1e308, 1e308), (3, 0.5)]:
    print(a + b, a - b, a * b, a / b, b / a if a else "-")
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 / 0.0
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
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, 1 < nan, nan == 1, 1 != nan)
big = 2**53 + 1
print(big == float(big), big > float(big), float(big) < big, 2**53 == 2.0**53)
print(2**62 - 1 == float(2**62), (2**62 - 1) < float(2**62), -(2**62) == -float(2**62))
print(1 == 1.0, 1 < 1.5, 2 >= 2.0, -3 < -2.5)
print(9007199254740993 + 0.0, 9007199254740993 * 1.0, 0.5 + 9007199254740993)
print(math.inf - math.inf, math.inf * 0, -math.inf + 1)
acc = 0.0
for i in range(1000):
    acc += i * 0.5 - i / 3
    acc -= 0.25
print(acc)
class F(float):
    def __add__(self, o):
        return "F.add"
print(F(1.0) + 1.0, 1.0 + F(2.0), type(F(1.0) * 2.0).__name__)
class I(int):
    def __sub__(self, o):
        return "I.sub"
print(I(3) - 1, 5 - I(2), True + True, True - 1.5, False * 2.0)
s1 = "ab" + str(1)
s2 = "ab1"
print(s1 == s2, s1 != s2, s1 is s2, "a" == "b", "x" != "x")
class T(str):
    def __eq__(self, o):
        return "T.eq"
print(T("a") == "a", "a" == T("a"))
