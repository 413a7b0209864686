# Types that built-in modules hand out are usable as soon as the module is imported: their
# attributes, methods, MRO, docs and subclassing, from the first import on.
import array, struct, zlib, hashlib, select, _thread, collections, re, json, decimal
import csv, os, random, bz2, lzma, sqlite3, asyncio, ctypes

types = [os.stat_result, os.terminal_size, os.DirEntry, struct.Struct, random.Random,
         type(hashlib.md5()), type(zlib.compressobj()), type(zlib.decompressobj()),
         array.array, _thread.LockType, _thread.RLock, collections.deque, re.Pattern,
         re.Match, type(csv.reader([])), type(csv.writer(open(os.devnull, 'w'))),
         bz2.BZ2Compressor, lzma.LZMADecompressor, sqlite3.Connection, asyncio.Future,
         asyncio.Task, ctypes.c_int.__mro__[-2]]
for t in types:
    print(t.__name__, t.__module__, [b.__name__ for b in t.__mro__][-2:], '__doc__' in t.__dict__)

d = collections.deque([1, 2, 3], maxlen=4)
d.appendleft(0); d.append(9)
print(d, d.maxlen, collections.deque.append.__qualname__, type(iter(d)).__name__,
      type(reversed(d)).__name__)

class Stack(collections.deque):
    def peek(self):
        return self[-1]
s = Stack('abc')
print(s.peek(), isinstance(s, collections.deque), Stack.__mro__[1].__name__, s.pop(), len(s))

class Arr(array.array):
    pass
a = Arr('i', [5, 6])
print(a.tolist(), a.itemsize, type(a).__name__, list(iter(array.array('b', b'\x01\x02'))))
print(struct.Struct('<ih').size, struct.Struct('<ih').pack(1, 2))
st = os.stat('.')
print(isinstance(st, os.stat_result), len(tuple(st)) >= 10, st.st_mode == st[0])
print(sorted(e.name for e in os.scandir('.') if e.name == 'module_types.py'))
lock = _thread.allocate_lock()
print(lock.acquire(), lock.locked(), lock.release(), lock.locked())
print(re.compile(r'(\d+)').findall('a1b22'), re.match('x', 'xy').span(), json.loads('[1, {"a": null}]'))
print(decimal.Decimal('1.10') + 2, decimal.getcontext().prec, decimal.Decimal.__module__,
      isinstance(decimal.Context(), decimal.Context), decimal.Decimal.__mro__[-1].__name__)
print(random.Random(5).randrange(100), hashlib.sha1(b'').hexdigest()[:8],
      zlib.decompress(zlib.compress(b'abc')), len(bz2.BZ2Compressor().flush()) > 0)
con = sqlite3.connect(':memory:')
print(con.execute('select 1 + 1').fetchone(), type(con.execute('select 1')).__name__)
print(ctypes.c_int(7).value, ctypes.sizeof(ctypes.c_short))
