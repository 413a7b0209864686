x = a or b or c
x = a and b and c
x = a or b and c or d
x = not a
x = not not a
x = a if b else c
x = a if b else c if d else e
x = (a if b else c) if d else e
x = a < b
x = a < b <= c > d >= e == f != g
x = a is b
x = a is not b
x = a in b
x = a not in b
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
x = -a
x = +a
x = ~a
x = - - a
x = -a ** -b
x = a ** b ** c
x = (a + b) * c
x = a.b.c.d
x = a[b][c]
x = a(b)(c)
x = a.b(c)[d].e
x = await_ = 1
x = (a := 10)
if (n := len(a)) > 10: pass
while chunk := f.read(10): pass
print(x := 5)
[y := f(x), y**2]
x = a[1]
x = a[1:2]
x = a[1:2:3]
x = a[:]
x = a[::]
x = a[::2]
x = a[1:]
x = a[:2]
x = a[1, 2]
x = a[1:2, 3:4]
x = a[1:2, ...]
x = a[...]
x = a[()]
x = a[(1, 2)]
x = a[*b]
x = a[*b, c]
x = a[b:=1]
x = a[1,]
x = a[:, None]
x = ...
x = None, True, False
x = ()
x = (1,)
x = (1, 2)
x = 1, 2
x = 1,
x = []
x = [1]
x = [1, 2,]
x = [*a, *b]
x = {}
x = {1: 2}
x = {1: 2, 3: 4,}
x = {**a, 'b': 1, **c}
x = {1}
x = {1, 2,}
x = {*a, *b}
x = [i for i in range(10)]
x = [i for i in range(10) if i if i > 2]
x = [(i, j) for i in a for j in b]
x = [i for i in a if i for j in b if j]
x = {i for i in a}
x = {k: v for k, v in d.items()}
x = {k: v for k, v in d.items() if k}
x = (i for i in a)
x = sum(i for i in a)
x = sum((i for i in a), 0)
x = [lambda: i for i in range(3)]
x = [i for i in (yield_ for yield_ in a)]
x = [x for x in 1, 2] if False else 0 if 0 else [x for x in (1, 2)]
f(a, b, *c, d=e, **f)
f(*a, b)
f(a=1, *b)
f(**a, b=1)
f(a, *b, c, *d)
f(x for x in y)
f(a)(b)
f()
f(a,)
f(a, b=1,)
x = f"{a}"
x = a.b.c(1).d[2:3]
x = (yield)
x = [*range(3)]
