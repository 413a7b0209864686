a = 3 ** 200
b = 7 ** 150
p = a * b
print(p)
print(p // a == b, p % a, p % b)
print(len(str(p)))
x = 1
for i in range(1, 101):
    x *= i
print(str(x)[:30], len(str(x)), x % (10 ** 9 + 7))
print(sum(int(d) for d in str(x)))
fib = [0, 1]
for _ in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[300])
print(fib[300] % 1000000007, fib[299] * fib[301] - fib[300] ** 2)
s = 0
for k in range(1000):
    s += k * (2 ** 64 + k)
print(s)
