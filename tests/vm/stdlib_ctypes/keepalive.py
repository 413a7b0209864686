# What ctypes keeps alive: buffers under from_buffer (no resizing meanwhile), strings and
# pointees stored in structures and arrays, the source of a cast.
from ctypes import *
import gc
ba = bytearray(8)
v = (c_int * 2).from_buffer(ba)
try:
    ba.extend(b'xx')
except BufferError as e:
    print('BufferError', e)
del v
gc.collect()
ba.extend(b'xx')
print(len(ba))
class S(Structure):
    _fields_ = [('name', c_char_p), ('w', c_wchar_p), ('next', POINTER(c_int))]
def make():
    s = S()
    s.name = b'x' * 3 + b'abc'
    s.w = 'wide' + str(42)
    s.next = pointer(c_int(1234))
    return s
s = make()
gc.collect()
junk = [bytes(100) for _ in range(1000)]
print(s.name, s.w, s.next[0], sorted(s._objects))
arr = (c_char_p * 2)()
arr[0] = b'first' + b'!'
gc.collect()
print(arr[0], arr[1])
p = pointer(c_int(5))
q = cast(p, POINTER(c_int))
del p
gc.collect()
print(q[0])

# a callback whose function refers back to its owner: the cycle is collected
import weakref
CB = CFUNCTYPE(c_int, c_int)

class Holder:
    def __init__(self):
        self.cb = CB(self.method)

    def method(self, x):
        return x + 1

h = Holder()
print(h.cb(1))
r = weakref.ref(h)
del h
gc.collect()
print('collected:', r() is None)

# instances are bytes-like: their memory, through the buffer protocol
import struct

class Rec(Structure):
    _fields_ = [('i', c_int), ('h', c_short)]

rec = Rec(1, 2)
print(bytes(rec), memoryview(rec).tobytes(), bytearray(c_int(258)))
print(struct.unpack('ih', bytes(rec)[:6]), bytes((c_ubyte * 3)(1, 2, 3)), b'+'.join([c_char(b'a'), c_char(b'b')]))
big = (c_int * 2)(5, 6)
resize(big, 12)
print(len(bytes(big)), bytes(big)[:8])
