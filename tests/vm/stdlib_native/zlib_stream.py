# zlib's Compress and Decompress objects: flush modes, max_length with unconsumed_tail,
# unused_data and eof after the end of a stream, copy(), zdict.
import zlib

data = bytes((i * 31 + i // 7) & 255 for i in range(20000)) + b'tail' * 1000
c = zlib.compressobj(6)
parts = [c.compress(data[i:i + 3000]) for i in range(0, len(data), 3000)]
parts.append(c.flush())
stream = b''.join(parts)
print(len(stream), stream == zlib.compress(data, 6), zlib.decompress(stream) == data)
print(type(c).__name__, type(zlib.decompressobj()).__name__)

c = zlib.compressobj()
a = c.compress(b'first ')
b = c.flush(zlib.Z_SYNC_FLUSH)
print(b[-4:].hex(), c.flush(zlib.Z_NO_FLUSH))
d = zlib.decompressobj()
print(d.decompress(a + b))
rest = c.compress(b'second') + c.flush()
print(d.decompress(rest), d.eof, d.unused_data, d.unconsumed_tail)

# max_length: output in bounded pieces, the rest of the input kept in unconsumed_tail
d = zlib.decompressobj()
buf = stream
out = []
while buf:
    chunk = d.decompress(buf, 1000)
    out.append(len(chunk))
    buf = d.unconsumed_tail
    if d.eof:
        break
print(len(out), out[:3], sum(out), d.eof)
d = zlib.decompressobj()
first = d.decompress(stream, 10)
print(len(first), len(d.unconsumed_tail) > 0)
print(len(first + d.flush()) == len(data))
print(d.eof, d.unconsumed_tail)

# data after the end of the stream
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b'abc') + b'EXTRA'), d.unused_data, d.eof)
print(d.decompress(b'MORE'), d.unused_data)

# gzip and raw streams
for wbits in [31, -15]:
    c = zlib.compressobj(9, zlib.DEFLATED, wbits)
    s = c.compress(b'spam ' * 100) + c.flush()
    d = zlib.decompressobj(wbits)
    print(wbits, len(s), d.decompress(s) == b'spam ' * 100, d.eof)

# copy
c = zlib.compressobj()
p = c.compress(b'common prefix ')
c2 = c.copy()
x = p + c.compress(b'one') + c.flush()
y = p + c2.compress(b'two') + c2.flush()
print(zlib.decompress(x), zlib.decompress(y))
d = zlib.decompressobj()
d.decompress(x[:10])
d2 = d.copy()
print(d.decompress(x[10:]), d2.decompress(x[10:]))

# zdict
zd = b'the quick brown fox jumps over'
c = zlib.compressobj(zdict=zd)
s = c.compress(b'the quick brown fox') + c.flush()
print(len(s), zlib.decompressobj(zdict=zd).decompress(s))
try:
    zlib.decompressobj().decompress(s)
except zlib.error as e:
    print('error', e)

def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)

err(zlib.compressobj, 99)
err(zlib.decompressobj, 99)
err(zlib.decompressobj, zdict='s')
err(zlib.decompressobj().decompress, b'x', -1)
err(zlib.decompressobj().flush, 0)
err(zlib.decompressobj().decompress, b'not zlib data')
c = zlib.compressobj()
c.flush()
err(c.compress, b'a')
err(c.flush)
err(c.copy)
