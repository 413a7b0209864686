# The buffer protocol over array.array: memoryview, bytes(), struct, exports that block resizing.
import array, struct
a = array.array('i', [1, 2, 3, -4])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m.tolist(), m[3], m.readonly, m.obj is a)
m[0] = 100
print(a)
try:
    a.append(5)
except BufferError as e:
    print("BufferError", e)
m.release()
a.append(5)
print(bytes(array.array('h', [1, 256])), bytearray(array.array('B', [7, 8])))
print(struct.unpack_from('<i', a, 4), struct.unpack('<2h', array.array('h', [3, 4])))
struct.pack_into('<i', a, 0, 7)
print(a)
ba = bytearray(8)
struct.pack_into('<hh', ba, 2, 1, -1)
print(ba)
try:
    struct.pack_into('<h', b'xx', 0, 1)
except TypeError as e:
    print(e)
try:
    struct.pack_into('<h', memoryview(b'xx'), 0, 1)
except TypeError as e:
    print(e)
d = memoryview(array.array('d', [1.5, 2.5]))
print(d.cast('B').tolist()[:8], d.cast('B').cast('d').tolist())
print(memoryview(b'abcd').cast('I').nbytes, memoryview(bytearray(b'abcdefgh')).cast('H', (2, 2)).tolist())
x = array.array('b', b'xyz')
try:
    x.frombytes(x)
except BufferError as e:
    print("BufferError", e)
x.frombytes(memoryview(b'ab'))
print(x, b''.join([array.array('B', [65, 66]), b'C']))
mm = memoryview(a)
m2 = memoryview(mm)
print(m2.obj is a, m2.tolist())
v = memoryview(bytearray(b'ab'))
w = memoryview(v)
v.release()
print(w.tobytes())
import hashlib, zlib
print(hashlib.sha1(array.array('i', [1])).hexdigest(), zlib.crc32(array.array('B', [1, 2])))
print(array.array('i', b'\x01\x00\x00\x00'), a.tobytes()[:4])
