# array.array: every typecode's round trip, repr, limits and overflow messages, bytes.
import array

print(array.typecodes, array.ArrayType is array.array)
for tc in array.typecodes:
    a = array.array(tc)
    print(tc, a.itemsize, a.typecode, repr(a), len(a))
for tc, init in [('b', [-128, 0, 127]), ('B', [0, 255]), ('h', [-32768, 32767]), ('H', [65535]),
                 ('i', [-2**31, 2**31 - 1]), ('I', [2**32 - 1]), ('l', [-2**63, 2**63 - 1]),
                 ('L', [2**64 - 1]), ('q', [-2**63]), ('Q', [2**64 - 1]), ('f', [1.5, -0.25, 1e38]),
                 ('d', [0.1, -2.5, 1e308]), ('u', 'h\xe9\u20ac\U0001f600')]:
    a = array.array(tc, init)
    print(repr(a), a.tolist() if tc != 'u' else a.tounicode(), a.tobytes().hex())
print(array.array('f', [0.1])[0], array.array('d', [True, 3])[1], array.array('i', [True])[0])

def err(f, *args):
    try:
        r = f(*args)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

for tc, vals in [('b', [128, -129, 2**20]), ('B', [256, -1]), ('h', [2**15, -2**15 - 1]),
                 ('H', [2**16, -1, 2**40]), ('i', [2**31, -2**31 - 1]), ('I', [2**32, -1, 2**70]),
                 ('l', [2**63, -2**63 - 1]), ('L', [2**64, -1]), ('q', [2**63, -2**63 - 1]),
                 ('Q', [2**64, -1])]:
    for v in vals:
        err(array.array, tc, [v])
err(array.array, 'x')
err(array.array, 5)
err(array.array, 'bb')
err(array.array, 'b', 'abc')
err(array.array, 'u', [1])
err(array.array, 'u', ['ab'])
err(array.array, 'b', [1.5])
err(array.array, 'f', ['a'])
err(array.array, 'd', [None])
err(array.array, 'i', 5)
err(array.array, 'i', [1], 2)
err(array.array)
err(array.array, 'i', array.array('d', [1.0]))
err(array.array, 'b', array.array('u', 'x'))
print(array.array('d', array.array('i', [1, 2])), array.array('i', (x * x for x in range(5))))
print(array.array('h', b'\x01\x00\x02\x00'), array.array('B', bytearray(b'ab')))
err(array.array, 'h', b'abc')
a = array.array('H', [1, 2, 513])
print(a.tobytes(), bytes(array.array('B', [1, 2])))
a.byteswap()
print(a)
a.frombytes(b'\x05\x00')
print(a)
err(a.frombytes, b'abc')
err(a.frombytes, 'text')
import sys
print(sys.getrefcount is not None, array.array('i', [1, 2]).buffer_info()[1])
