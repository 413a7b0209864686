# Calls into the C library: default conversions, argtypes/restype, errcheck, errno.
import os
import sys
from ctypes import *
from ctypes.util import find_library

libc = CDLL('libc.so.6')
print(type(libc).__name__, libc._name)
print(libc.strlen(b'hello'), libc.abs(-42), cdll.LoadLibrary('libc.so.6').abs(-3))
print(libc.getpid() == os.getpid(), libc['getpid']() == os.getpid())
print(libc.strlen is libc.strlen, libc.strlen.__name__)

labs = libc.labs
labs.argtypes = [c_long]
labs.restype = c_long
print(labs(-2**40), labs.argtypes, labs.restype)

buf = create_string_buffer(64)
n = libc.snprintf(buf, 64, b'%d|%s|%.3f|%ld|%c', 42, b'str', c_double(2.5), c_long(-7), ord('Z'))
print(n, buf.value)

end = c_char_p()
strtol = libc.strtol
strtol.restype = c_long
strtol.argtypes = [c_char_p, POINTER(c_char_p), c_int]
print(strtol(b'  -123xyz', byref(end), 10), end.value)
print(strtol(b'ff', None, 16))

strchr = libc.strchr
strchr.restype = c_char_p
strchr.argtypes = [c_char_p, c_int]
print(strchr(b'hello', ord('l')), strchr(b'hello', ord('q')))

def check(result, func, args):
    print('errcheck', result, func.__name__, args)
    return result * 2

libc.abs.errcheck = check
print(libc.abs(-21))

strlen = libc.strlen
strlen.argtypes = [c_char_p]
for bad in [(1,), (1.5,), ()]:
    try:
        strlen(*bad)
    except (ArgumentError, TypeError) as e:
        print(type(e).__name__, e)
try:
    libc.abs(1.5)
except ArgumentError as e:
    print(type(e).__name__, e)
try:
    libc.abs(2**70)
except ArgumentError as e:
    print(type(e).__name__, e)
for bad in [3, 'x']:
    try:
        libc.strlen.restype = bad
    except TypeError as e:
        print(e)
try:
    libc.strlen.argtypes = [3]
except TypeError as e:
    print(e)
try:
    libc.no_such_function_here
except AttributeError as e:
    print('AttributeError', 'undefined symbol: no_such_function_here' in str(e))
try:
    CDLL('libspry_no_such_lib.so')
except OSError as e:
    print('OSError', e)

libc_e = CDLL('libc.so.6', use_errno=True)
set_errno(0)
libc_e.close.argtypes = [c_int]
print(libc_e.close(-1), get_errno() == 9, os.strerror(get_errno()))
print(set_errno(5), get_errno())

print(find_library('c') is not None, find_library('m') is not None)
libm = CDLL(find_library('m'))
libm.sqrt.restype = c_double
libm.sqrt.argtypes = [c_double]
libm.pow.restype = c_double
libm.pow.argtypes = [c_double, c_double]
print(libm.sqrt(2.0), libm.pow(2, 10), libm.sqrt(16))
print(find_library('spry_surely_missing_lib'))
print(CDLL(find_library('c')).abs(-9))
