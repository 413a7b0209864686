# Trace events for loops, calls, exceptions and returns.
from _tracer import show


def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        total += i
    while n > 0:
        n -= 1
    return total


def inner(x):
    return x * 2


def outer(x):
    y = inner(x)
    return inner(y) + 1


def catches():
    try:
        {}['missing']
    except KeyError as e:
        return 'caught'
    finally:
        pass


def thrower():
    raise ValueError('boom')


def propagates():
    thrower()
    return 'unreached'


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def one_line_loop():
    i = 0
    while i < 3: i += 1
    return i


show('loop', loop, 4)
show('nested', outer, 5)
show('caught', catches)
show('uncaught', propagates)
show('recursion', fact, 3)
show('one line loop', one_line_loop)
