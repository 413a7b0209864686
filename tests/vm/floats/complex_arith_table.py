vals = [1 + 2j, -3 + 0.5j, 2j, 4 + 0j, complex(1.5, -2.5)]
for a in vals:
    for b in vals[:3]:
        print(a, b, a + b, a - b, a * b, a / b)
print([abs(v) for v in vals])
print([v.conjugate() for v in vals])
print([v ** 2 for v in vals])
print(sum(vals), sum(v * v for v in vals))
