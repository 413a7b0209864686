# io.BufferedRWPair: reads from one raw stream, writes to another; close, checks, errors.
import io

r = io.BytesIO(b'line1\nline2\nrest')
w = io.BytesIO()
p = io.BufferedRWPair(r, w, 4)
print(p.read(3))
print(p.peek(2)[:1], p.read1(2), p.readline())
print(list(p), p.readable(), p.writable(), p.seekable(), p.isatty(), p.closed)
print(p.write(b'abc'), w.getvalue())
p.flush()
print(w.getvalue())
p.close()
print(p.closed, r.closed, w.closed)
try:
    p.read()
except ValueError as e:
    print('ValueError', e)

p = io.BufferedRWPair(io.BytesIO(b'xyz'), io.BytesIO())
b = bytearray(2)
print(p.readinto(b), bytes(b))
print(p.readinto1(b), bytes(b))
with p:
    print(p.write(b'in with'))
print(p.closed)


class NotReadable(io.RawIOBase):
    def readable(self):
        return False

    def writable(self):
        return False


for args in [(NotReadable(), io.BytesIO()), (io.BytesIO(), NotReadable()), (io.BytesIO(), io.BytesIO(), 0),
             (io.BytesIO(),), ()]:
    try:
        io.BufferedRWPair(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(io.BufferedRWPair.__mro__)
for name in ['detach', 'fileno', 'seek', 'tell', 'truncate']:
    try:
        getattr(io.BufferedRWPair(io.BytesIO(), io.BytesIO()), name)()
    except Exception as e:
        print(name, type(e).__name__, e)
