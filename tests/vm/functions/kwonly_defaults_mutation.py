def f(*, opts=None, flags=()):
    opts = dict(opts or {})
    opts.setdefault("verbose", False)
    return opts, flags
print(f(), f(opts={"x": 1}), f(flags=("a",)))
print(f.__kwdefaults__)
def g(a, *, b=[]):
    b.append(a)
    return b
print(g(1), g(2), g(3, b=[]), g(4))
print(g.__kwdefaults__)
def h(*args, sep=", ", end="."):
    return sep.join(map(str, args)) + end
print(h(1, 2, 3), h("a", sep="-"), h(end="!"))
