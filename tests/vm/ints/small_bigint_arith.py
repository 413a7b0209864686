# Arithmetic on ints just past the tagged range (one or two 64-bit limbs, below 2**127),
# computed without GMP: every operator at the boundaries, both signs, with results checked
# against values built through str (the general path).
edges = []
for base in (2**62, 2**63, 2**64, 2**100, 2**126, 2**127, 2**128):
    for d in (-2, -1, 0, 1):
        edges.append(base + d)
edges += [1, 2, 3, 7, 33, 10**18, 6364136223846793005, 1442695040888963407, 0]
values = edges + [-v for v in edges]

ops = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
]
digest = {}
for name, f in ops:
    acc = 0
    for a in values:
        for b in values:
            if b == 0 and name in ("//", "%"):
                continue
            r = f(a, b)
            assert r == int(str(r)), (name, a, b)
            assert hash(r) == hash(int(str(r))), (name, a, b)
            acc = (acc * 1000003 + hash(r)) & (2**61 - 1)
    digest[name] = acc
print(digest)

shifts = {}
for a in values:
    shifts[a] = [a >> n for n in (0, 1, 31, 33, 62, 63, 64, 65, 200)]
print(sorted(shifts.items())[:6])
print(sorted(shifts.items())[-6:])

# A 64-bit linear congruential generator, as simulations write it.
s = 12345
out = []
for i in range(2000):
    s = (s * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    out.append((s >> 33) % 1000)
print(out[:10], sum(out), s)

# Products and sums that need exactly two limbs, and their reprs, comparisons and types.
big = (2**64 - 1) * (2**64 - 1)
print(big, big == 2**128 - 2**65 + 1, type(big) is int)
print(-(2**64 - 1) * (2**64 - 1), (2**64 - 1) + (2**64 - 1), -(2**64 - 1) - (2**64 - 1))
print((2**64 - 1) // -3, (2**64 - 1) % -3, -(2**64 - 1) // 7, -(2**64 - 1) % 7)
print(bool(2**64 - 2**64), (2**64) - (2**64) == 0, 2**64 * 0, -(2**64) * 0)
print(divmod(2**64 + 5, 3), pow(2**64 - 1, 2), (2**64 - 1) ** 2 == big)
print(f"{big:x}", hex(-(2**64 - 1) * 3), (2**64 + 1).bit_length(), big.bit_length())
class MyInt(int):
    pass
print(type(MyInt(2**64) + 1), MyInt(2**64) * 3, MyInt(-2**63) - 5)
print(True + 2**64, (2**64) & True, False * 2**64)
