# gzip over zlib: compress/decompress with fixed mtimes, GzipFile on BytesIO and on a
# real file (binary and text), multi-member streams, and the error cases.
import gzip
import io
import os
import tempfile

data = b''.join(b'%05d some text to compress\n' % i for i in range(2000))
blob = gzip.compress(data, mtime=1234567890)
print(len(blob), blob[:10].hex(), gzip.decompress(blob) == data)
print(gzip.compress(b'abc', 1, mtime=0).hex())
print(gzip.compress(b'abc', 6, mtime=0).hex())
print(gzip.decompress(gzip.compress(b'one', mtime=0) + gzip.compress(b'two', mtime=0)))
print(gzip.decompress(gzip.compress(b'pad', mtime=0) + b'\0' * 8))

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=99) as f:
    print(f.write(b'hello '), f.write(bytearray(b'world\n')), f.write(b'second line\n'))
    print(f.mode, f.writable(), f.readable(), f.tell())
raw = buf.getvalue()
print(raw.hex())
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.read(3), f.read1(4), f.peek(1)[:1], f.readline(), f.read(), f.mtime)
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(list(f))
f = gzip.GzipFile(fileobj=io.BytesIO(blob), mode='rb')
print(len(f.readlines()), f.closed)
f.close()
print(f.closed)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'sample.txt.gz')
    with gzip.open(path, 'wb') as f:
        f.write(data)
    with open(path, "rb") as raw_f:
        head = raw_f.read(30)
    print(head[:3].hex(), head[3], head[10:21])
    with gzip.open(path) as f:
        print(f.read() == data)
    with gzip.open(path, 'wt', encoding='utf-8') as f:
        f.write('caf\xe9\nline two\n')
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        print(f.readlines())
    with gzip.open(path, 'ab') as f:
        f.write(b'appended\n')
    with gzip.open(path, 'rb') as f:
        print(f.read())

def err(fn, *a, **k):
    try:
        fn(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)

err(gzip.decompress, b'not gzip data')
err(gzip.decompress, blob[:-20])
bad = bytearray(blob)
bad[-8] ^= 1
err(gzip.decompress, bytes(bad))
bad = bytearray(blob)
bad[-1] ^= 1
err(gzip.decompress, bytes(bad))
g = gzip.GzipFile(fileobj=io.BytesIO(bytes(bad)))
err(g.read)
err(gzip.open, 'x', 'rbt')
err(gzip.open, 'x', 'rb', encoding='utf-8')
err(gzip.open, 123)
print(issubclass(gzip.BadGzipFile, OSError))
w = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
err(w.read)
w.close()
err(w.write, b'x')
