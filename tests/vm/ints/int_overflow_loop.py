v = 1
trace = []
for i in range(70):
    v *= 2
    if i >= 58:
        trace.append(v)
print(trace)
while v > 1:
    v //= 2
print(v)
n = 2 ** 62 - 5
for i in range(10):
    n += 1
    print(n, type(n).__name__)
m = -(2 ** 62) + 3
for i in range(6):
    m -= 1
    print(m)
acc = 0
for i in range(100):
    acc = acc * 31 + i
print(acc, acc % 2 ** 64, acc.bit_length())
k = 2 ** 64
while k > 2 ** 60:
    k -= 2 ** 61
print(k)
