a = 1
b = [1, 2, 3, 4, 5]
c = {"k": 1, "j": 2}
class O: pass
o = O()
o.attr = 1
del a, b[0], c["k"], o.attr
print(b, c, hasattr(o, "attr"), "a" in globals())
x, y = 1, 2
del (x, y)
print("x" in globals(), "y" in globals())
lst = [[1, 2], [3, 4]]
del lst[0][1], lst[1]
print(lst)
try:
    del undefined_xyz
except NameError as e:
    print("NameError", e)
def f():
    v = 1
    del v
    v = 2
    return v
print(f())
for i in range(2):
    pass
del i
print("i" in globals())
