# Int & | ^ << >> % // through the interpreter's fast paths: results at the edges of the
# tagged range, negative operands (flooring), and the cases that must take the generic
# path (zero divisors, negative shift counts, results that need a big int).
def ops(a, b):
    out = [a & b, a | b, a ^ b, a >> b if b >= 0 else None]
    if 0 <= b <= 200:
        out.append(a << b)
    if b:
        out += [a % b, a // b]
    return out


pairs = [(12, 5), (-12, 5), (12, -5), (-12, -5), (0, 3), (1, 62), (1, 63), (3, 61),
         (-1, 62), (2**61, 1), (-(2**62), 1), (2**62 - 1, 2), (-(2**62), -1), (7, 0),
         (2**62 - 1, 100), (-5, 200), (5, 0)]
for _ in range(40):                                   # specialize, then keep hitting
    res = [ops(a, b) for a, b in pairs]
for (a, b), r in zip(pairs, res):
    print(a, b, r)

def shift_neg(a, b):
    return a >> b

for _ in range(40):
    shift_neg(8, 1)
try:
    shift_neg(8, -1)
except ValueError as e:
    print("ValueError", e)

def div(a, b):
    return a // b, a % b

for _ in range(40):
    div(7, 2)
for b in (0,):
    try:
        div(7, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(div(-(2**62), -1), div(True, 2), div(10**30, 7))

def bits(n):
    avail, count = (1 << n) - 1, 0
    while avail:
        bit = avail & -avail
        avail ^= bit
        count += 1
    return count

print([bits(n) for n in (0, 1, 10, 62, 63, 70)])
