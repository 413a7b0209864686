a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = "pq"
print(p, q)
(r, (s, t)) = (1, (2, 3))
print(r, s, t)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, tl = "hello"
print(h, mid, tl)
a, *b = [1]
print(a, b)
lst = [0, 0, 0]
lst[0], lst[2] = 5, 9
print(lst)
class O: pass
o = O()
o.x, o.y = 3, 4
print(o.x, o.y)
d = {}
d['k'], d['j'] = 'v', 'w'
print(sorted(d.items()))
i = 0
lst2 = [10, 20]
i, lst2[i] = 1, 99
print(i, lst2)
