def noisy(name, n):
    for i in range(n):
        print(f"{name} yields {i}")
        yield i
z = zip(noisy("a", 3), noisy("b", 2))
print("zip created")
print(next(z))
print(list(z))
m = map(lambda x: x * 10, noisy("m", 2))
print("map created")
print(list(m))
f = filter(lambda x: x % 2, noisy("f", 4))
print("filter created")
print(next(f), next(f))
e = enumerate(noisy("e", 2), 100)
print(list(e))
r = reversed([1, 2, 3])
print(next(r), list(r))
