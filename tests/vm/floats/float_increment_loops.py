x = 0.0
out = []
while x < 1.0:
    out.append(round(x, 2))
    x += 0.125
print(out)
acc = 0.0
for i in range(100):
    acc = acc * 0.5 + i
print(repr(acc))
vals = [i * 0.1 for i in range(11)]
print(vals)
print([repr(v) for v in vals[1::3]])
temps = [22.5, 19.0, 24.25, 18.75]
avg = sum(temps) / len(temps)
print(avg, f"{avg:.3f}", max(temps) - min(temps))
c = 1.0
for _ in range(50):
    c = (c + 2.0 / c) / 2
print(repr(c), c * c)
