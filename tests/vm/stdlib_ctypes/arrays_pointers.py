# Arrays and pointers: types, indexing, slicing, casts, buffers, memmove/memset, resize.
from ctypes import *

IntArray5 = c_int * 5
print(IntArray5, IntArray5 is c_int * 5, type(IntArray5).__name__, sizeof(IntArray5), IntArray5._length_)
a = IntArray5(5, 4, 3)
print(len(a), list(a), a[0], a[-1], a[1:3], a[::2], a[:])
a[3] = 40
a[-1] = 2**32 + 50
a[0:2] = [10, 11]
print(list(a), [x * 2 for x in a], sum(a))
for bad in [lambda: a[5], lambda: a[-6], lambda: IntArray5(1, 2, 3, 4, 5, 6),
            lambda: a.__setitem__(0, 'x'), lambda: a.__setitem__(slice(0, 2), [1]),
            lambda: c_int * -1]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

grid = ((c_int * 3) * 2)()
grid[1][2] = 9
print(type(grid).__name__, [list(row) for row in grid], sizeof(grid))

s = create_string_buffer(b'spam', 8)
print(sizeof(s), repr(s.raw), s.value, s[0], s[1:3], len(s))
s.value = b'ham'
print(repr(s.raw), s.value)
s.raw = b'12345678'
print(s.value, s[:])
try:
    s.value = b'123456789'
except ValueError as e:
    print('ValueError', e)
u = create_unicode_buffer('caf\u00e9')
print(sizeof(u) // sizeof(c_wchar), u.value, u[3], u[:], len(u))
print(create_string_buffer(3).raw, create_unicode_buffer(2)[:])
try:
    create_string_buffer('text')
except TypeError as e:
    print('TypeError', e)

i = c_int(42)
p = pointer(i)
print(type(p).__name__, p.contents, p[0], POINTER(c_int) is type(p), p._type_)
p[0] = 43
p.contents.value += 1
print(i.value, bool(p), bool(POINTER(c_int)()))
pp = pointer(p)
print(pp[0][0], pp.contents.contents.value)
other = c_int(7)
p.contents = other
print(p[0], i.value)
arr = (c_double * 4)(0.5, 1.5, 2.5, 3.5)
dp = cast(arr, POINTER(c_double))
print(dp[0], dp[3], dp[1:3], type(dp).__name__)
dp[1] = -1.0
print(arr[1], cast(dp, c_void_p).value == addressof(arr))
vp = c_void_p(addressof(arr))
print(cast(vp, POINTER(c_double))[2], cast(c_char_p(b'abc'), c_void_p).value != 0)
cp = cast(create_string_buffer(b'xyz'), c_char_p)
print(cp.value, type(cp).__name__)
try:
    cast(p, 3)
except TypeError as e:
    print('TypeError', e)
try:
    cast(1.5, c_void_p)
except ArgumentError as e:
    print('ArgumentError', e)
try:
    pointer(3)
except TypeError as e:
    print('TypeError', e)
try:
    byref(3)
except TypeError as e:
    print('TypeError', e)

dst = (c_ubyte * 6)()
terminated = create_string_buffer(b"terminated")
memmove(dst, b'abcdef', 6)
print(bytes(dst), string_at(dst, 3), string_at(addressof(terminated)))
memset(dst, ord('z'), 2)
print(bytes(dst))
memmove(addressof(dst) + 2, addressof(dst), 2)
print(bytes(dst))
print(wstring_at(u, 2), wstring_at(addressof(u)))

r = (c_int * 2)(1, 2)
resize(r, 16)
print(sizeof(r), r[1], len(r))
try:
    resize(r, 4)
except ValueError as e:
    print('ValueError', e)
ba = bytearray(b'\x01\x00\x00\x00\x02\x00\x00\x00')
view = (c_int * 2).from_buffer(ba)
view[1] = 1000
print(list(view), ba, list((c_int * 2).from_buffer_copy(ba)))
try:
    (c_int * 2).from_buffer(b'12345678')
except TypeError as e:
    print('TypeError', e)
print(list(ARRAY(c_short, 3)(1, 2, 3)), (c_char * 3)(b'a', b'b').value)
