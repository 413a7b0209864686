# Foreign calls release the interpreter lock (another thread runs meanwhile), PyDLL keeps
# it; callbacks take it back; bad input raises instead of crashing.
import threading
import time
from ctypes import *

libc = CDLL('libc.so.6')
ticks = []
stop = threading.Event()

def ticker():
    while not stop.is_set():
        ticks.append(1)
        time.sleep(0.001)

th = threading.Thread(target=ticker)
th.start()
time.sleep(0.01)
before = len(ticks)
libc.usleep(200000)
during = len(ticks) - before
stop.set()
th.join()
print('other thread ran during the foreign call:', during > 5)

results = []

def worker(n):
    CB = CFUNCTYPE(c_int, c_int)
    results.append(CDLL('libc.so.6').abs(-n) + CB(lambda x: x * 2)(n))

threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))

pylibc = PyDLL('libc.so.6')
print(type(pylibc).__name__, pylibc.abs(-6), pylibc.strlen(b'held'))

null = POINTER(c_double)()
for bad in [lambda: null[0], lambda: null.contents, lambda: null.__setitem__(0, 1.0),
            lambda: c_char_p.from_param(7),
            lambda: c_int.from_param('x'), lambda: c_double.from_param(None),
            lambda: POINTER(c_int).from_param(c_long(1)), lambda: (c_int * 2).from_param([1, 2]),
            lambda: libc.strlen(object()), lambda: libc.abs(1, 2.5)]:
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
print(type(c_int.from_param(3)).__name__ in ('CArgObject', 'c_int'))

class Wrapped:
    def __init__(self, n):
        self._as_parameter_ = n

print(libc.abs(Wrapped(-11)))
