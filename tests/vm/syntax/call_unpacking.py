def f(a, b, c=0, *args, d=None, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} kw={sorted(kw.items())}"

print(f(1, 2))
print(f(*[1, 2, 3, 4, 5]))
print(f(**{'a': 1, 'b': 2, 'd': 4, 'z': 26}))
print(f(1, *(2, 3), *[4], d=5, **{'e': 6}, **{'g': 7}))
print(f(*"xy", c="see"))
args = (10,)
kwargs = {'b': 20}
print(f(*args, **kwargs))
print(f(1, 2, 3, *range(2), e=1))
print(*[1, 2, 3], sep="-")
print(*"abc")
print(*[], "only")
def g(*args):
    return len(args)
print(g(*range(100)))
print(max(*[3, 9, 2]))
d1 = {'x': 1}
d2 = {'y': 2}
print(dict(**d1, **d2))
