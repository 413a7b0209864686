sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
varargs = lambda *a, **k: (a, sorted(k.items()))
print(varargs(1, 2, z=3, a=4))
kwonly = lambda *, k: k * 2
print(kwonly(k=21))
posonly = lambda a, /, b: a - b
print(posonly(10, b=3))
print((lambda: "no args")())
print(sorted([(1, 'b'), (2, 'a'), (0, 'c')], key=lambda p: p[1]))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(100) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(100) for f in late])
print((lambda x: (lambda y: x + y))(3)(4))
print(sq.__name__, (lambda: 0).__name__)
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(n) for n in range(4)])
