def trampoline(f, *args):
    result = f(*args)
    while callable(result):
        result = result()
    return result
def even(n):
    return True if n == 0 else (lambda: odd(n - 1))
def odd(n):
    return False if n == 0 else (lambda: even(n - 1))
print(trampoline(even, 10000), trampoline(odd, 10001), trampoline(even, 7))
def fact_cps(n, k):
    if n == 0:
        return lambda: k(1)
    return lambda: fact_cps(n - 1, lambda v: (lambda: k(v * n)))
print(trampoline(fact_cps, 30, lambda v: v))
def sum_to(n, acc=0):
    if n == 0:
        return acc
    return lambda: sum_to(n - 1, acc + n)
print(trampoline(sum_to, 50000))
