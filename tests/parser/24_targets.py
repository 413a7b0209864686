a = 1
a.b = 1
a[0] = 1
a[0:1] = 1
a.b.c[0].d = 1
(a) = 1
((a)) = 1
(a.b) = 1
(a, b) = 1, 2
[a, b] = 1, 2
a, (b, c) = 1, (2, 3)
a, [b, *c] = x
[*a] = x
*a, = x
(*a,) = x
a, *b, c = x
(a), (b) = x
x = a, b = c, d = e
a[b, c] = d
a[b:c, d] = e
f().x = 1
f()[0] = 1
a.b += 1
a[0] += 1
(a) += 1
(a.b) += 1
for (a) in b: pass
for (a, b) in c: pass
with x as (a): pass
del (a), [b], c.d, e[f]
del (a, b)
del [a, b]
del (a), (b,)
