# CFUNCTYPE callbacks into Python: qsort, exceptions inside callbacks, calling prototypes.
import sys
from ctypes import *

libc = CDLL('libc.so.6')
CMP = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
print(CMP.__name__, CMP.__qualname__, type(CMP).__name__, CMP is CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int)))
calls = []

def by_value(a, b):
    calls.append((a[0], b[0]))
    return a[0] - b[0]

values = (c_int * 6)(31, -4, 17, 0, 99, 5)
qsort = libc.qsort
qsort.argtypes = [c_void_p, c_size_t, c_size_t, CMP]
qsort.restype = None
print(qsort(values, len(values), sizeof(c_int), CMP(by_value)), list(values), len(calls) > 0)

def descending(a, b):
    return b[0] - a[0]

libc.qsort(values, 6, 4, CMP(descending))
print(list(values))

class Failing:
    def __init__(self):
        self.n = 0

    def __call__(self, a, b):
        self.n += 1
        if self.n == 2:
            raise ValueError('boom in callback')
        return a[0] - b[0]

    def __repr__(self):
        return 'Failing()'

failing = Failing()
qsort(values, 6, 4, CMP(failing))
sys.stderr.flush()
print('qsort went on', failing.n > 2, sorted(values) == sorted([31, -4, 17, 0, 99, 5]))

INTFUNC = CFUNCTYPE(c_int, c_int)
square = INTFUNC(lambda x: x * x)
print(square(7), square(-3), type(square).__name__, bool(square))
as_void = CFUNCTYPE(None, c_char_p, c_double)
seen = []
f = as_void(lambda s, d: seen.append((s, d)))
print(f(b'text', 2.5), seen)
returns_double = CFUNCTYPE(c_double, c_double, c_double)(lambda a, b: a / b)
print(returns_double(1, 8), returns_double(c_double(3), 4))
try:
    INTFUNC(lambda x: x)('x')
except ArgumentError as e:
    print('ArgumentError', e)
print(bool(INTFUNC()), bool(INTFUNC(0)))
strlen_addr = cast(libc.strlen, c_void_p).value
strlen = CFUNCTYPE(c_size_t, c_char_p)(strlen_addr)
print(strlen(b'through a pointer'))

# function pointers inside structures, variadic calls after fixed argtypes, unhashable data
class Ops(Structure):
    _fields_ = [('f', INTFUNC), ('n', c_int)]

ops = Ops(INTFUNC(lambda x: x + 100), 3)
print(ops.f(5), ops.n, type(ops.f).__name__, Ops.f)
snprintf = libc.snprintf
snprintf.argtypes = [c_char_p, c_size_t, c_char_p]
out = create_string_buffer(40)
print(snprintf(out, 40, b'%d %s %.2f', 5, b'x', c_double(2.25)), out.value)
for obj in [c_int(1), (c_int * 2)(), pointer(c_int(1)), ops, square]:
    try:
        hash(obj)
    except TypeError as e:
        print(type(obj).__name__, e)
