def numbers(n):
    for i in range(n):
        yield i
def only_even(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squared(it):
    for x in it:
        yield x * x
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(take(5, squared(only_even(numbers(100))))))
print(list(window(numbers(6), 3)))
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total(numbers(10))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, fib())))
print(next(x for x in fib() if x > 10000))
