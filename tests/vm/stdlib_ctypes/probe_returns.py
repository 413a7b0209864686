# Returns of every width, out-parameters, strings and exported variables of the test library.
from ctypes import *
import _probe

lib = CDLL(_probe.path())

def proto(name, restype, *argtypes):
    f = getattr(lib, name)
    f.restype = restype
    f.argtypes = argtypes
    return f

print(proto('half_f', c_float, c_float)(5.0), proto('mul_d', c_double, c_double, c_double)(1.5, -4))
print(proto('add_ld', c_longdouble, c_longdouble, c_longdouble)(0.25, 2))
print(proto('big_ll', c_longlong, c_longlong)(123456789), proto('max_ull', c_ulonglong)())
print(proto('neg_short', c_short, c_short)(-32768), proto('add_u8', c_ubyte, c_ubyte, c_ubyte)(200, 100))
print(proto('to_s8', c_byte, c_int)(200), proto('to_u16', c_ushort, c_int)(-1))
is_even = proto('is_even', c_bool, c_int)
print(is_even(4), is_even(7), proto('next_char', c_char, c_char)(b'a'))
print(lib.big_ll(c_longlong(3)), lib.is_even(2))

q, r = c_int(), c_int()
proto('divmod_out', None, c_int, c_int, POINTER(c_int), POINTER(c_int))(47, 5, byref(q), byref(r))
print(q.value, r.value)
lib.divmod_out(-7, 2, pointer(q), pointer(r))
print(q, r)
out = (c_int * 6)()
print(proto('fill_ints', c_int, POINTER(c_int), c_int)(out, 6), list(out), out[2:5], out[-1])

print(proto('greeting', c_char_p)())
greeting_addr = proto('greeting', c_void_p)()
print(string_at(greeting_addr), string_at(greeting_addr, 5), type(greeting_addr).__name__)
print(proto('count_char', c_size_t, c_char_p, c_char)(b'banana', b'a'))
print(proto('wide_len', c_size_t, c_wchar_p)('h\u00e9llo'), proto('wide_word', c_wchar_p)())
print(wstring_at(proto('wide_word', c_void_p)(), 3))
null = proto('null_pointer', POINTER(c_int))()
print(bool(null), type(null).__name__)
for get in (lambda: null[0], lambda: null.contents):
    try:
        get()
    except ValueError as e:
        print('ValueError', e)

counter = c_int.in_dll(lib, 'probe_counter')
print(counter.value, c_double.in_dll(lib, 'probe_scale').value, c_char_p.in_dll(lib, 'probe_name').value)
counter.value = 99
print(c_int.in_dll(lib, 'probe_counter'))

def as_hex(value):
    return hex(value)

lib.to_u16.restype = as_hex
print(lib.to_u16(-2))
