vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 62, -(2 ** 62), 2 ** 64 + 3, -(2 ** 64) - 3]
for a in vals[:6]:
    print(a, [a & b for b in vals])
for a in (-5, 2 ** 64 + 3, -(2 ** 64) - 3):
    print(a, [a | b for b in vals])
    print(a, [a ^ b for b in vals])
print([~v for v in vals])
print(-1 & 0xFF, -256 & 0xFFFF, -(2 ** 70) & (2 ** 72 - 1))
print((2 ** 65 - 1) ^ -1, -(2 ** 63) | 1, -(2 ** 63) & -(2 ** 63))
print(0xF0F0 & ~0xFF, ~0 & 0xF)
