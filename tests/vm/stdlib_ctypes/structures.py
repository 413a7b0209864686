# Structure and Union: layout, field descriptors, _pack_, _anonymous_, bit fields, nesting.
from ctypes import *

class POINT(Structure):
    _fields_ = [('x', c_int), ('y', c_int)]

class RECT(Structure):
    _fields_ = [('a', POINT), ('b', POINT)]

print(POINT.x, POINT.y, RECT.b, sizeof(POINT), sizeof(RECT), alignment(RECT))
print(POINT.x.offset, POINT.y.offset, POINT.y.size)
p = POINT(1, 2)
print(p.x, p.y, POINT().x, POINT(y=5).y)
p.x = 2**32 + 7
print(p.x)
r = RECT(POINT(1, 2), (3, 4))
print(r.a.x, r.a.y, r.b.x, r.b.y)
r.b.x = 30
inner = r.a
inner.y = 20
print(r.b.x, r.a.y, type(inner).__name__)
r.a = POINT(-1, -2)
print(r.a.x, inner.x)

class Mixed(Structure):
    _fields_ = [('c', c_char), ('d', c_double), ('s', c_short), ('name', c_char * 6),
                ('w', c_wchar * 3), ('arr', c_int * 3)]

m = Mixed(b'q', 1.5, -3, b'abc', 'xy', (7, 8, 9))
print(sizeof(Mixed), Mixed.d, Mixed.s, Mixed.name, Mixed.arr)
print(m.c, m.d, m.s, m.name, m.w, list(m.arr), m.arr[1])
m.name = b'hello!'
m.arr[2] = 90
print(m.name, list(m.arr))

class Packed(Structure):
    _pack_ = 1
    _fields_ = [('a', c_char), ('b', c_int), ('c', c_short)]

print(sizeof(Packed), Packed.b, Packed.c, alignment(Packed))

class Bits(Structure):
    _fields_ = [('a', c_uint, 3), ('b', c_uint, 5), ('c', c_int, 4), ('d', c_ushort)]

print(Bits.a, Bits.b, Bits.c, Bits.d, sizeof(Bits))
bits = Bits(5, 17, -3, 9)
print(bits.a, bits.b, bits.c, bits.d)
bits.a = 9
bits.c = 7
print(bits.a, bits.c, bits.b, bytes(memoryview(bytearray(string_at(addressof(bits), sizeof(bits))))))

class Num(Union):
    _fields_ = [('i', c_int), ('f', c_float), ('b', c_ubyte * 4)]

n = Num(f=1.0)
print(Num.i, Num.f, sizeof(Num), hex(n.i), list(n.b))

class Outer(Structure):
    _anonymous_ = ('u',)
    _fields_ = [('tag', c_int), ('u', Num)]

o = Outer(1)
o.i = 0x01020304
print(Outer.i, Outer.f, o.i, list(o.b), o.u.i)

class Base(Structure):
    _fields_ = [('a', c_int)]

class Derived(Base):
    _fields_ = [('b', c_char)]

print(sizeof(Derived), Derived.b, Derived(4, b'z').a, Derived(4, b'z').b)

class Node(Structure):
    pass

Node._fields_ = [('value', c_int), ('next', POINTER(Node))]
n2 = Node(2)
n1 = Node(1, pointer(n2))
print(n1.next.contents.value, bool(n2.next), sizeof(Node))

for make in [lambda: POINT(1, 2, 3), lambda: POINT(1, x=2), lambda: setattr(p, 'x', 'str')]:
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
for fields in [[('x', 3)], [('x', c_double, 3)], [('x', c_int, 33)], [('x', c_int, 0)]]:
    try:
        class Bad(Structure):
            _fields_ = fields
    except Exception as e:
        print(type(e).__name__, e)
try:
    POINT._fields_ = []
except AttributeError as e:
    print('AttributeError', e)
print(type(POINT).__name__, type(Num).__name__, POINT.__mro__)
blob = bytearray(8)
q = POINT.from_buffer(blob)
q.y = 258
print(bytes(blob), POINT.from_buffer_copy(b'\x01\0\0\0\x02\0\0\0').y)
try:
    POINT.from_buffer(bytearray(4))
except ValueError as e:
    print(e)
print(bytes(Num(f=1.0)), bytes(Bits(5, 17, -3, 9)), bytes(c_short(-2)), bytes((c_ubyte * 3)(7, 8, 9)), bytes(Packed(b'a', 1, 2)))
