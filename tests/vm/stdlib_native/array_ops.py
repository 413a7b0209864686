# array.array as a mutable sequence: methods, indexing, slices, operators, comparisons,
# iteration, copying and pickling support.
import array
import copy
import io

a = array.array('i', [5, 1, 4, 1, 3])
a.append(9)
a.extend([2, 6])
a.extend(array.array('i', [7]))
a.insert(0, 100)
a.insert(-1, 200)
a.insert(99, 300)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(1), a.index(1, 2), a.count(1), a.count(42), 4 in a, 42 in a, 4.0 in a)
a.remove(1)
a.reverse()
print(a, a.tolist())
a.fromlist([10, 11])
print(a)

def err(f, *args):
    try:
        r = f(*args)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

err(a.fromlist, [12, 'x'])
print(a)
err(a.fromlist, (1,))
err(array.array('i').pop)
err(a.pop, 50)
err(a.remove, 99)
err(a.index, 99)
err(a.index, 9, 0, 2)
err(a.extend, array.array('d'))
err(a.extend, 5)
err(a.insert, 'x', 1)
err(a.tounicode)
err(a.fromunicode, 'x')
u = array.array('u', 'ab')
u.fromunicode('cd')
print(u, u.tounicode())
err(u.fromunicode, 5)

b = array.array('d', [float(i) for i in range(10)])
print(b[0], b[-1], b[2:5], b[::3], b[::-2], b[5:2], b[-3:])
err(b.__getitem__, 10)
err(b.__getitem__, 'x')
b[0] = 42
b[-1] = 7
print(b)
err(b.__setitem__, 10, 1.0)
err(b.__setitem__, 0, 'x')
b[1:3] = array.array('d', [0.5])
print(b)
b[0:0] = array.array('d', [-1.0, -2.0])
print(b)
b[::2] = array.array('d', [9.0] * len(b[::2]))
print(b)
err(b.__setitem__, slice(0, 2), [1.0])
err(b.__setitem__, slice(0, 2), array.array('f', [1.0]))
err(b.__setitem__, slice(0, 6, 2), array.array('d', [1.0]))
del b[0]
del b[::3]
print(b)
del b[1:4]
del b[-1]
print(b)
b[:] = b
b[1:1] = b
print(b)

c = array.array('b', [1, 2])
print(c + array.array('b', [3]), c * 2, 3 * c, c * 0, c * -1)
err(c.__add__, [1])
err(lambda: c + [1])
err(lambda: c + array.array('h', [1]))
err(lambda: c * 'x')
c += array.array('b', [9])
c *= 2
print(c)
err(c.__iadd__, [1])
d = c
d *= 0
print(c, d is c)

x = array.array('i', [1, 2, 3])
for y in [array.array('i', [1, 2, 3]), array.array('i', [1, 2]), array.array('i', [1, 3]),
          array.array('d', [1.0, 2.0, 3.0]), array.array('i', [1, 2, 3, 0])]:
    print(x == y, x != y, x < y, x <= y, x > y, x >= y)
print(x == [1, 2, 3], list(x), list(iter(x)), sum(x), sorted(array.array('h', [3, 1, 2])))
err(hash, x)
it = iter(x)
print(next(it), list(it), list(it), type(it).__name__)

y = copy.copy(x)
z = copy.deepcopy(x)
y.append(4)
print(x, y, z, z == x, z is x)
print(x.__reduce_ex__(2))
r = x.__reduce_ex__(3)
print(r[0].__name__, r[1][1:], r[0](*r[1]) == x)
err(array._array_reconstructor, array.array, 'i', 99, b'')
err(array._array_reconstructor, array.array, 'z', 8, b'')

class MyArray(array.array):
    def total(self):
        return sum(self)
m = MyArray('i', [1, 2, 3])
print(m, m.total(), type(m[:2]).__name__, isinstance(m, array.array))
r2, r3 = m.__reduce_ex__(2), m.__reduce_ex__(3)
del MyArray
print(r2[0].__name__, r2[1], r3[1][0].__name__, r3[0](*r3[1]).total())

f = io.BytesIO()
array.array('h', [1, -1, 300]).tofile(f)
print(f.getvalue())
f.seek(0)
g = array.array('h')
g.fromfile(f, 2)
print(g)
err(g.fromfile, f, 5)
print(g)
err(g.fromfile, f, -1)
