l = list(range(10))
l[2:4] = ["a", "b", "c"]
print(l)
l[::2] = [0] * len(l[::2])
print(l)
l[1:1] = [None]
print(l)
l[-3:] = []
print(l)
l[:] = "xyz"
print(l)
del l[1:]
print(l)
m = list(range(10))
del m[::3]
print(m)
m[5:2:-1] = [7, 8, 9]
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print("ValueError", e)
n = [1, 2, 3]
n[5:] = [4]
print(n)
n[-100:1] = [0]
print(n)
a = [1, 2, 3]
a[1:2] = a
print(a)
