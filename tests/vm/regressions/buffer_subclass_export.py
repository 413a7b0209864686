# Subclasses of bytes-like types stay bytes-like (the buffer export is inherited).
import array


class Bytes(bytes):
    pass


class Buffer(bytearray):
    pass


class Deeper(Buffer):
    pass


class Arr(array.array):
    pass


print(memoryview(Bytes(b'ab')).tobytes(), memoryview(Buffer(b'cd')).tobytes())
print(bytes(Deeper(b'xyz')), b'-'.join([Buffer(b'1'), Deeper(b'2')]))
print(memoryview(Arr('h', [1, 2])).tobytes(), bytes(Arr('b', [3, 4])))
view = memoryview(Deeper(b'mutable'))
print(view[0], len(view), view.readonly, memoryview(Bytes(b'ro')).readonly)
