def naturals(start):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def take(n, it):
    return [next(it) for _ in range(n)]
print(take(25, primes()))
def sieve(limit):
    is_p = [True] * (limit + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, limit + 1, i):
                is_p[j] = False
    return (i for i, v in enumerate(is_p) if v)
s = list(sieve(1000))
print(len(s), s[-5:], sum(s))
def twin_primes(ps):
    prev = next(ps)
    for p in ps:
        if p - prev == 2:
            yield (prev, p)
        prev = p
print(list(twin_primes(sieve(200))))
