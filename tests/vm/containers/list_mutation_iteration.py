l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3, 4, 5, 6]
for i in range(len(l) - 1, -1, -1):
    if l[i] % 2 == 0:
        del l[i]
print(l)
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if len(l) < 6:
        l.append(x * 10)
print(out, l)
l = [0, 1, 2, 3]
it = iter(l)
next(it)
l.clear()
print(list(it))
l = [5, 6, 7]
it = iter(l)
print(next(it))
l.insert(0, 4)
print(list(it))
l = [3, 1, 2]
print([x for x in l if x != 1], l)
