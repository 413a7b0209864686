import struct
def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for fmt in ['i', 'b', 'B', 'h', 'H', 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'e', 'f', 'd', '?', 'c', 's', 'p', 'x',
            'bi', 'ci', 'iq', '<iq', '>hq', '!d', '=l', '@L', '3s', '10p', '2i3h', 'hhl', 'bd', '0s', '2x', ' i i ', '<n', '>P', 'z', '3', 'i 3', '<5e']:
    show(struct.calcsize, fmt)
show(struct.calcsize, b'ih')
show(struct.calcsize, 5)
vals = [(f, v) for f in 'bBhHiIlLqQnN' for v in (0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, -32768, -32769, 2**31-1, 2**31, 2**32-1, 2**32, -2**31, -2**31-1, 2**63-1, 2**63, 2**64-1, 2**64, -2**63, -2**63-1)]
for order in '@<>=!':
    for f, v in vals:
        if order != '@' and f in 'nN':
            continue
        try:
            b = struct.pack(order + f, v)
            print(order + f, v, b.hex(), struct.unpack(order + f, b))
        except Exception as e:
            print(order + f, v, type(e).__name__, e)
for order in '<>':
    for v in (0.0, -0.0, 1.5, -2.25, 1e-5, 1e-8, 65504.0, 65519.0, 65520.0, 1e300, float('inf'), float('-inf'), 3.14159, 6.1e-5, 0.1, 1/3):
        for f in 'efd':
            try:
                b = struct.pack(order + f, v)
                print(order + f, v, b.hex(), struct.unpack(order + f, b))
            except Exception as e:
                print(order + f, v, type(e).__name__, e)
print(struct.unpack('<e', struct.pack('<e', float('nan')))[0])
show(struct.pack, '<f', 'x')
show(struct.pack, '<i', 1.5)
show(struct.pack, '<i', '1')
show(struct.pack, '<i')
show(struct.pack, '<i', 1, 2)
show(struct.pack, 'c', b'ab')
show(struct.pack, 'c', 'a')
show(struct.pack, 'c', b'a')
show(struct.pack, 'c', bytearray(b'z'))
show(struct.pack, '5s', b'abc')
show(struct.pack, '2s', b'abc')
show(struct.pack, '5s', 'abc')
show(struct.pack, '5p', b'abc')
show(struct.pack, '3p', b'abcdef')
show(struct.pack, '300p', b'a' * 299)
show(struct.unpack, '5p', b'\x09abcd')
show(struct.pack, '?', [])
show(struct.pack, '3?', 0, 'x', None)
show(struct.unpack, '3?', b'\x00\x01\x02')
show(struct.pack, 'ci3s?', b'x', 7, b'yz', True)
show(struct.unpack, 'ci3s?', struct.pack('ci3s?', b'x', 7, b'yz', True))
show(struct.unpack, '<i', b'abc')
show(struct.unpack, '<i', 'abcd')
show(struct.unpack, '<i', bytearray(b'abcd'))
show(struct.unpack, '<i', memoryview(b'abcd'))
show(struct.unpack_from, '<h', b'abcdef', 2)
show(struct.unpack_from, '<h', b'abcdef', offset=-2)
show(struct.unpack_from, '<h', b'abcdef', -7)
show(struct.unpack_from, '<h', b'abcdef', 5)
show(struct.unpack_from, '<h', buffer=b'abcdef')
ba = bytearray(8)
show(struct.pack_into, '<hh', ba, 2, 1, -1); print(ba)
show(struct.pack_into, '<h', ba, -2, 0x4142); print(ba)
show(struct.pack_into, '<h', ba, -1, 1)
show(struct.pack_into, '<h', ba, -10, 1)
show(struct.pack_into, '<h', ba, 7, 1)
show(struct.pack_into, '<h', b'abcd', 0, 1)
show(struct.pack_into, '<h', ba, 0)
show(struct.pack_into, '<h', ba)
show(struct.pack_into, '<h')
print(list(struct.iter_unpack('<hb', b'abcdefghi')))
show(struct.iter_unpack, '<hb', b'abcd')
show(lambda: list(struct.iter_unpack("x0s", b"")))
s = struct.Struct('<2hq')
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3)))
print(s.unpack_from(b'\0' * 20, 4))
s2 = struct.Struct(b'>I')
print(s2.format, s2.size, s2.pack(7))
show(struct.Struct, 3)
show(struct.Struct, 'y')
print(issubclass(struct.error, Exception), struct.error.__name__)
class Idx:
    def __index__(self):
        return 42
show(struct.pack, '<i', Idx())
show(struct.pack, '<d', 3)
show(struct.pack, '<d', True)
show(struct.pack, '<q', True)
show(struct.pack, '<f', 1e39)
show(struct.pack, '<d', 10**400)
show(struct.unpack, '>d', b'\x7f\xf0\x00\x00\x00\x00\x00\x00')
print(struct.pack('@bi', 1, 2), struct.pack('@bhbq', 1, 2, 3, 4), struct.calcsize('@bhbq'), struct.calcsize('@qb'))
print(struct.pack('<xbx', 5), struct.pack('3x'))
