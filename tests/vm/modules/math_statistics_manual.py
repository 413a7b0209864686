import math
data = [2.5, 3.7, 1.2, 9.8, 4.4, 6.1, 3.3, 7.7, 5.0, 2.2]
n = len(data)
mean = math.fsum(data) / n
var = math.fsum((x - mean) ** 2 for x in data) / (n - 1)
sd = math.sqrt(var)
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2
print(f"{mean:.6f} {var:.6f} {sd:.6f} {median}")
geo = math.exp(math.fsum(math.log(x) for x in data) / n)
harm = n / math.fsum(1 / x for x in data)
print(f"{geo:.6f} {harm:.6f}")
def pearson(xs, ys):
    mx, my = math.fsum(xs) / len(xs), math.fsum(ys) / len(ys)
    num = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys))
    den = math.sqrt(math.fsum((x - mx) ** 2 for x in xs) * math.fsum((y - my) ** 2 for y in ys))
    return num / den
ys = [2 * x + 1 for x in data]
print(f"{pearson(data, ys):.12f}", f"{pearson(data, data[::-1]):.6f}")
print(math.dist(data[:3], data[3:6]), math.prod(range(1, 6)) / math.factorial(5))
