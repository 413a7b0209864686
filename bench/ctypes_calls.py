"""ctypes: foreign calls with argtypes/restype (libc's labs and strlen, a Python comparison
called back by qsort), structure field traffic and array item stores. argv[1] = rounds."""
import sys
from ctypes import CDLL, CFUNCTYPE, POINTER, Structure, c_char_p, c_int, c_long, c_size_t, sizeof


class Point(Structure):
    _fields_ = [('x', c_int), ('y', c_int)]


def main(rounds):
    libc = CDLL('libc.so.6')
    labs = libc.labs
    labs.argtypes, labs.restype = [c_long], c_long
    strlen = libc.strlen
    strlen.argtypes, strlen.restype = [c_char_p], c_size_t
    CMP = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
    compare = CMP(lambda a, b: a[0] - b[0])
    qsort = libc.qsort
    qsort.restype = None
    total = 0
    for r in range(rounds):
        for i in range(2000):
            total += labs(-i) + strlen(b'spry ctypes')
        p = Point(1, 2)
        for i in range(2000):
            p.x = p.y + i
            p.y = p.x - i
        total += p.x + p.y
        values = (c_int * 200)()
        for i in range(200):
            values[i] = (i * 7919 + r) % 1000
        qsort(values, 200, sizeof(c_int), compare)
        total += values[0] + values[199]
    print('checksum:', total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
