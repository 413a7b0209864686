# GzipFile reading a large stream in mixed ways: line iteration, readline(limit),
# read(n), read1, peek, across the decompressor's chunk boundaries and members (read1's
# sizes are the implementation's own: only the total is checked).
import gzip
import io

data = b''.join(b'%06d:' % i + b'x' * (i % 50) + b'\n' for i in range(40000))
blob = gzip.compress(data[:500000], mtime=0) + gzip.compress(data[500000:], mtime=0)
f = gzip.GzipFile(fileobj=io.BytesIO(blob))
lines = list(f)
print(len(lines), lines[0], lines[-1], b''.join(lines) == data)
f = gzip.GzipFile(fileobj=io.BytesIO(blob))
out = []
step = 0
while True:
    step += 1
    kind = step % 4
    if kind == 0:
        piece = f.readline()
    elif kind == 1:
        piece = f.readline(7)
    elif kind == 2:
        piece = f.read(step % 997)
    else:
        piece = f.read1(step % 5000 + 1)
    if not piece and kind != 2:
        break
    out.append(piece)
print(step > 1000, b"".join(out) == data, f.tell() == len(data), f.read(), f.readline())
f = gzip.GzipFile(fileobj=io.BytesIO(blob))
print(f.peek(5)[:5], f.read(3), f.peek(2)[:2], len(f.readlines(100)))
