b = b"ABCDEF"
total = 0
for i in range(len(b)):
    total += b[i] * (i + 1)
print(total)
print(b[0] + b[1], b[2] - b[0], chr(b[3]), b[4:5] * 3)
print(bytes([b[i] ^ b[-1 - i] for i in range(3)]))
print(b.find(67), b.index(68, 2), b.count(65), b.rfind(70, 0, 5))
print(67 in b, 200 in b, b"CD" in b)
try:
    256 in b
except ValueError as e:
    print("ValueError", e)
mv = memoryview(b)
print(mv[0], mv[-1], [mv[i] for i in range(0, 6, 2)])
