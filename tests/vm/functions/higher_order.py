def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f, n):
    def take(args):
        if len(args) == n:
            return f(*args)
        return lambda x: take(args + [x])
    return take([])
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3))
def reduce(f, items, init):
    acc = init
    for it in items:
        acc = f(acc, it)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1), reduce(lambda a, b: b + a, "abc", ""))
def partial(f, *pa, **pk):
    def p(*a, **k):
        return f(*pa, *a, **{**pk, **k})
    return p
pow2 = partial(pow, 2)
print(pow2(10), partial(print, "pre:", sep="")("fix"))
print(sorted(["bb", "a", "ccc"], key=len), list(map(compose(str, inc), [1, 2])))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
print(reduce(lambda acc, f: f(acc), pipeline, "  Hello World  "))
def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))
print(apply_n(dbl, 10)(1))
