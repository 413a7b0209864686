def f(a, b, /, c, *, d):
    return (a, b, c, d)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError", e)
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2))
def h(a, b=2, /, c=3):
    return a, b, c
print(h(1), h(1, 5), h(1, 5, 6), h(1, c=9))
try:
    h()
except TypeError as e:
    print("TypeError", e)
print(h.__code__.co_posonlyargcount, h.__code__.co_argcount, f.__code__.co_kwonlyargcount)
def pow_like(base, exp, /, mod=None):
    return pow(base, exp, mod)
print(pow_like(2, 10), pow_like(2, 10, mod=1000))
