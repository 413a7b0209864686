total = 0.0
for i in range(1, 1001):
    total += 1.0 / i
print(repr(total))
prod = 1.0
for i in range(1, 171):
    prod *= i
print(repr(prod))
print(repr(prod * 171))
x = 1.0
steps = 0
while x / 2 > 0:
    x /= 2
    steps += 1
print(steps, repr(x))
y = 1.0
eps_steps = 0
while 1.0 + y / 2 != 1.0:
    y /= 2
    eps_steps += 1
print(eps_steps, repr(y))
s = sum(1 / (k * k) for k in range(1, 100001))
print(repr(s))
v = 0.1
for _ in range(60):
    v = 3.9 * v * (1 - v)
print(repr(v))
