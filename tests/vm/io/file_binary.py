# Binary files through BufferedReader/Writer/Random and raw FileIO.
import io
fn = 'io_scratch_file_binary.tmp'
with open(fn, 'wb') as f:
    print(type(f).__name__, f.mode, f.raw.mode, f.name)
    print(f.write(b'0123456789'), f.write(bytearray(b'abc')), f.write(memoryview(b'XYZ')))
    print(f.tell())
with open(fn, 'rb') as f:
    print(type(f).__name__, f.read(3), f.peek(2)[:2], f.read1(2), f.tell())
    print(f.seek(-3, 2), f.read(), f.read(), f.read(5))
    print(f.seek(2), f.seek(3, 1), f.read(2), f.tell())
    b = bytearray(4)
    print(f.readinto(b), b)
    print(f.readline(), f.readable(), f.writable(), f.seekable())
with open(fn, 'r+b') as f:
    print(type(f).__name__, f.mode)
    print(f.read(2))
    f.write(b'__')
    print(f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
with open(fn, 'wb') as f:
    f.write(b'line1\nline2\r\nline3')
with open(fn, 'rb') as f:
    print(list(f))
with open(fn, 'rb') as f:
    print(f.readlines(), f.readlines())
with open(fn, 'rb', buffering=0) as f:
    print(type(f).__name__, repr(f).replace(fn, 'F'))
    print(f.read(3), f.readall(), f.read(), f.tell())
    b = bytearray(3)
    f.seek(0)
    print(f.readinto(b), b)
with open(fn, 'ab', buffering=0) as f:
    print(f.mode, f.tell(), f.write(b'!'))
print(open(fn, 'rb').read())
raw = io.FileIO(fn, 'w')
print(raw.mode, raw.closefd, raw.writable(), raw.readable())
print(raw.write(b'raw'))
raw.close()
print(raw.closed, repr(raw))
print(io.FileIO(fn).read())
with open(fn, 'xb') if False else open(fn, 'rb') as f:
    data = f.read()
print(data)
try:
    open(fn, 'xb')
except FileExistsError as e:
    print('FileExistsError', e.errno, e.filename)
