# Float forms take a tagged int on either side, and _NUM forms take int pairs and mixed
# pairs at one site: results, rounding, exact comparisons and overflow as CPython's.
def arith(a, b):
    return a + b, a - b, a * b, a / b


def cmp(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a == b:
        out.append("eq")
    if a >= b:
        out.append("ge")
    return out


pairs = [(1.5, 2), (2, 1.5), (3, 4), (0.1, 3), (-7, 0.25), (2**53 + 1, 1.0),
         (1.0, 2**61), (2**62 - 1, 0.5), (10**20, 2.5), (-3, -2)]
for rounds in range(40):              # enough to specialize, deopt and re-specialize
    results = [arith(a, b) for a, b in pairs]
print(results)

big = 2**53 + 1
for _ in range(40):
    r = [cmp(big, float(2**53)), cmp(float(2**53), big), cmp(3, 3.0), cmp(2.5, 2),
         cmp(-(2**60), -1e18), cmp(float("nan"), 1)]
print(r)

# int pairs through a _NUM site overflow into big ints
def mul(a, b):
    return a * b

for x in [1.5, 2, 3.0, 4] * 20:
    mul(x, 7)
print(mul(2**40, 2**40), mul(-(2**61), 4), mul(3, 0.5), mul(2**62 - 1, 2**62 - 1))

def add(a, b):
    return a + b

for x in [1.5, 2, 3.0, 4] * 20:
    add(x, 1)
print(add(2**62 - 1, 2**62 - 1), add(-(2**62), -(2**62)), add(1, 2), add(True, 0.5))

try:
    arith(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    arith(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(arith(0, -1.0), arith(-0.0, 1))
