import math
def newton_sqrt(x, eps=1e-15):
    g = x / 2 or 1.0
    while abs(g * g - x) > eps * x:
        g = (g + x / g) / 2
    return g
for v in [2.0, 10.0, 12345.678, 1e-6]:
    print(v, repr(newton_sqrt(v)), math.isclose(newton_sqrt(v), math.sqrt(v), rel_tol=1e-14))
def simpson(f, a, b, n=1000):
    h = (b - a) / n
    s = f(a) + f(b) + sum((4 if i % 2 else 2) * f(a + i * h) for i in range(1, n))
    return s * h / 3
print(f"{simpson(math.sin, 0, math.pi):.12f}", f"{simpson(lambda x: x * x, 0, 3):.12f}", f"{simpson(math.exp, 0, 1):.12f}")
def bisect_root(f, lo, hi):
    for _ in range(100):
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return lo
print(f"{bisect_root(lambda x: x ** 3 - 2 * x - 5, 2, 3):.12f}", f"{bisect_root(math.cos, 0, 3):.12f}")
pi_est = 4 * math.fsum((-1) ** k / (2 * k + 1) for k in range(100000))
print(f"{pi_est:.8f}", f"{abs(pi_est - math.pi):.2e}")
