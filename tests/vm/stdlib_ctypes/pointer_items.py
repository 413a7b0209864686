# Indexing pointers (the native __getitem__ and its Python fallback), pointers handed
# to callbacks, fields and buffers of instances read through their slots.
from ctypes import (CFUNCTYPE, POINTER, Structure, c_char_p, c_double, c_int, c_short,
                    c_void_p, cast, pointer, sizeof)


class Pair(Structure):
    _fields_ = [('a', c_int), ('b', c_double)]


ints = (c_int * 5)(10, -20, 30, -40, 50)
p = cast(ints, POINTER(c_int))
print('ints', p[0], p[1], p[4], p[2 ** 3 - 4])
q = pointer(ints[2]) if False else cast(c_void_p(cast(ints, c_void_p).value + 2 * sizeof(c_int)),
                                        POINTER(c_int))
print('offset', q[0], q[-1], q[-2], q[2])
print('slice', p[1:4], p[:5:2])
print('bool index', p[True], p[False])

shorts = (c_short * 3)(1, -2, 3)
ps = cast(shorts, POINTER(c_short))
print('shorts', [ps[i] for i in range(3)])

strings = (c_char_p * 2)(b'spry', b'ctypes')
pz = cast(strings, POINTER(c_char_p))
print('strings', pz[0], pz[1])

pairs = (Pair * 2)(Pair(1, 1.5), Pair(2, 2.5))
pp = cast(pairs, POINTER(Pair))
item = pp[1]
print('struct item', type(item).__name__, item.a, item.b)
item.a = 7
print('shared', pairs[1].a)

null = POINTER(c_int)()
for bad in (0, 'x', 1.5):
    try:
        print(null[bad] if bad == 0 else p[bad])
    except Exception as exc:
        print(type(exc).__name__, exc)
try:
    p['x'] = 1
except TypeError as exc:
    print('TypeError', exc)

seen = []
CB = CFUNCTYPE(c_int, POINTER(c_int), POINTER(Pair))


def callback(ip, sp):
    seen.append((type(ip).__name__, ip[0], ip[1], sp[0].a, sp[1].b, sp.contents.a))
    return ip[0] + sp[1].a


print('callback', CB(callback)(p, pp), seen)

pr = Pair(3, 4.25)
print('fields', pr.a, pr.b, bytes(pr)[:4], len(memoryview(pr).tobytes()))


class Strange(Structure):
    _fields_ = [('v', c_int)]


class Other:
    __slots__ = ('_b_addr_',)


# A foreign slot descriptor in place of _b_addr_: an exception at worst, never a crash.
Strange._b_addr_ = Other.__dict__['_b_addr_']
for attempt in (lambda: Strange().v, lambda: bytes(Strange())):
    try:
        attempt()
    except TypeError:
        pass
print('survived')
