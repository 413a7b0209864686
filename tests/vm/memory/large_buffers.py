# Buffers that grow past the allocator's large-block size (list items, bytearrays, str
# building) keep their contents through growth, shrinking and reuse of freed buffers.
def check_list(n):
    a = []
    for i in range(n):
        a.append(i * 3)
    print(n, len(a), a[0], a[n // 2], a[-1], sum(a) == 3 * n * (n - 1) // 2)
    del a[n // 4:]
    print(len(a), a[-1])
    while len(a) > 10:
        a.pop()
    print(a)
    a.extend(range(n))
    print(len(a), a[10], a[-1])
    return a


for n in (10, 20000, 40000, 300000):
    check_list(n)

# build and drop repeatedly: freed buffers are reused by the next list
total = 0
for r in range(5):
    b = [r] * 5 + [i for i in range(100000)]
    total += b[r] + b[-1] + len(b)
    c = list(range(r, 70000 + r))
    total += c[-1]
print(total)

ba = bytearray()
for i in range(200000):
    ba.append(i & 255)
print(len(ba), ba[1000], ba[-1], sum(ba[:1000]))
ba[10:] = b""
print(ba)

parts = []
for i in range(50000):
    parts.append(str(i))
s = "".join(parts)
print(len(s), s[:20], s[-20:])

t = tuple(range(300000))
print(len(t), t[-1], t[123456])
d = {}
for i in range(100000):
    d[i] = i
print(len(d), d[99999])
