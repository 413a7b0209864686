def make_gen_factory():
    created = 0
    def factory(n):
        nonlocal created
        created += 1
        def gen():
            for i in range(n):
                yield i * created
        return gen()
    def count():
        return created
    return factory, count
factory, count = make_gen_factory()
g1 = factory(3)
g2 = factory(2)
print(list(g1), list(g2), count())
def accumulate(fn):
    total = 0
    def step(x):
        nonlocal total
        total = fn(total, x)
        return total
    return step
add = accumulate(lambda a, b: a + b)
mul = accumulate(lambda a, b: (a or 1) * b)
print([add(i) for i in range(5)], [mul(i) for i in range(1, 6)])
