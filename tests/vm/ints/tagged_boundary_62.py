M = 2 ** 62
vals = [M - 1, M, M + 1, -M, -M - 1, -M + 1]
for v in vals:
    print(v, v + 1, v - 1, v * 2, -v, v // 3, v % 7)
print((1 << 62) + (1 << 62))
print((1 << 62) - 1 + 1)
print(-(1 << 62) - 1)
x = M - 1
x += 1
print(x, x == M, x - 1 == M - 1)
y = -M
y -= 1
print(y, y + 1 == -M)
print(M * M, M * -M)
print((M - 1) * 2 + 2 == 2 * M)
print(abs(-M), abs(-M - 1), -(-M))
print(M // M, (M + 1) // M, M % (M - 1))
