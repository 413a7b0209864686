# The fundamental C types: values, wrapping, reprs, sizes and conversion errors.
from ctypes import *

for t, v in [(c_bool, 5), (c_char, b'z'), (c_wchar, '\u00e9'), (c_byte, 130), (c_ubyte, -1),
             (c_short, 40000), (c_ushort, -2), (c_int, 2**31), (c_uint, -1), (c_long, -2**63),
             (c_ulong, 2**64 + 3), (c_longlong, 12), (c_ulonglong, -1), (c_size_t, 7),
             (c_ssize_t, -7), (c_float, 0.1), (c_double, 1e300), (c_longdouble, 2.5),
             (c_int8, 255), (c_uint8, 256), (c_int16, -1), (c_uint16, 65537),
             (c_int32, -5), (c_uint32, 2**32 + 1), (c_int64, 2**63), (c_uint64, -2)]:
    obj = t(v)
    print(t.__name__, repr(obj), obj.value, sizeof(t), alignment(t), sizeof(obj))

print(c_char_p(None), c_wchar_p(None), c_void_p(None), c_void_p(1234))
print(c_char_p(b'bytes').value, c_wchar_p('text').value, c_char_p().value)
print(repr(c_int()), repr(c_double()), repr(c_bool()), repr(c_char()))
print(bool(c_int(0)), bool(c_int(3)), bool(c_double(0.0)), bool(c_char_p()))

x = c_int(10)
x.value += 5
print(x.value, x)
x.value = 2**40 + 9
print(x.value)

class MyInt(c_int):
    pass

m = MyInt(4)
print(m.value, type(m).__name__, repr(m).startswith('<MyInt object at'))
print(c_long is c_longlong, c_int32 is c_int, c_int64 is c_long, c_size_t is c_ulong)
print(c_int.__mro__)
print(type(c_int).__name__, type(c_int).__module__, c_int.__module__)

for t, v in [(c_int, 'x'), (c_int, 1.5), (c_char, 300), (c_char, 'ab'), (c_char, b'ab'),
             (c_wchar, 'ab'), (c_wchar, b'a'), (c_double, 'x'), (c_char_p, 3.2),
             (c_wchar_p, b'x'), (c_void_p, 'x'), (c_float, None)]:
    try:
        t(v)
    except Exception as e:
        print(t.__name__, repr(v), type(e).__name__, e)

print(c_double(3).value, c_float(1 / 3).value, c_double(True).value)
print(sizeof(c_int * 4), sizeof(c_char_p), sizeof(c_wchar), alignment(c_double))
try:
    sizeof(3)
except TypeError as e:
    print('sizeof:', e)
i = c_int(9)
print(addressof(i) == addressof(i), addressof(i) != 0, type(addressof(i)).__name__)
j = c_int.from_address(addressof(i))
j.value = 77
print(i.value)
