# Structures, unions and callbacks through the test library: by value, by pointer, bit
# fields, arrays inside structures, and callbacks from the library (also from its own thread).
from ctypes import *
import _probe

lib = CDLL(_probe.path())

class Point(Structure):
    _fields_ = [('x', c_int), ('y', c_int)]

class Rect(Structure):
    _fields_ = [('a', Point), ('b', Point)]

class Pair(Structure):
    _fields_ = [('a', c_double), ('b', c_double)]

class Mixed(Structure):
    _fields_ = [('c', c_char), ('d', c_double), ('s', c_short)]

class Buf(Structure):
    _fields_ = [('n', c_int), ('items', c_int * 4)]

class Flags(Structure):
    _fields_ = [('a', c_uint, 3), ('b', c_uint, 5), ('c', c_int, 4)]

class Num(Union):
    _fields_ = [('i', c_int), ('f', c_float), ('bytes', c_ubyte * 4)]

def proto(name, restype, *argtypes):
    f = getattr(lib, name)
    f.restype, f.argtypes = restype, argtypes
    return f

make_point = proto('make_point', Point, c_int, c_int)
p = make_point(3, -8)
print(type(p).__name__, p.x, p.y, proto('point_sum', c_int, Point)(p))
proto('point_scale', None, POINTER(Point), c_int)(byref(p), 5)
print(p.x, p.y)
lib.point_scale(pointer(p), -1)
print(p.x, p.y, lib.point_sum(p))
r = proto('make_rect', Rect, c_int, c_int)(10, 4)
print(r.a.x, r.a.y, r.b.x, r.b.y, proto('rect_area', c_long, Rect)(r))
print(lib.rect_area(Rect((0, 0), (6, 7))))
q = proto('swap_pair', Pair, Pair)(Pair(1.25, -2.5))
print(q.a, q.b)
m = proto('make_mixed', Mixed, c_char, c_double, c_short)(b'A', 0.5, 300)
print(m.c, m.d, m.s, proto('mixed_total', c_double, Mixed)(m))
b = Buf()
proto('buf_fill', None, POINTER(Buf), c_int)(b, 10)
print(b.n, list(b.items), proto('buf_sum', c_int, Buf)(b))
b.items[0] = 100
print(lib.buf_sum(b))
f = proto('flags_make', Flags, c_uint, c_uint, c_int)(5, 30, -2)
print(f.a, f.b, f.c, proto('flags_encode', c_int, Flags)(f), lib.flags_encode(Flags(1, 2, 3)))

print(hex(proto('union_int_of_float', c_int, c_float)(1.0)))
n = Num()
proto('union_set_float', None, POINTER(Num), c_float)(byref(n), -2.0)
print(hex(n.i), list(n.bytes), proto('union_first_byte', c_uint, POINTER(Num))(n))

INTFN = CFUNCTYPE(c_int, c_int)
apply = proto('apply', c_int, INTFN, c_int)
print(apply(INTFN(lambda x: x * 3), 14))
for bad in [lambda x: x + 1, CFUNCTYPE(c_int)(lambda: 0), None]:
    try:
        apply(bad, 1)
    except ArgumentError as e:
        print('ArgumentError', e)
REDUCE = CFUNCTYPE(c_double, c_double, c_double)
xs = (c_double * 4)(1.5, 2.5, 3.0, 4.0)
fold = proto('fold', c_double, REDUCE, POINTER(c_double), c_int, c_double)
print(fold(REDUCE(lambda acc, x: acc + x), xs, 4, 0.0), fold(REDUCE(max), xs, 4, -1.0))
VISIT = CFUNCTYPE(None, POINTER(Point))
points = (Point * 3)((1, 2), (3, 4), (5, 6))

def flip(pp):
    pp.contents.x, pp.contents.y = pp.contents.y, pp.contents.x

print(proto('visit_points', c_int, VISIT, POINTER(Point), c_int)(VISIT(flip), points, 3),
      [(pt.x, pt.y) for pt in points])
LLFN = CFUNCTYPE(c_longlong, c_longlong)
print(proto('sum_ll_cb', c_longlong, LLFN, c_int)(LLFN(lambda i: i * 10**12), 4))
seen = []

def on_thread(x):
    seen.append(x)
    return x * 2

print(proto('call_on_new_thread', c_int, INTFN, c_int)(INTFN(on_thread), 21), seen)
