# The stream behind bz2.BZ2File and lzma.LZMAFile: seeking in every direction,
# read1/peek/readinto sizes, concatenated streams with trailing junk, unseekable
# sources, and what a closed or write-mode file allows.
import bz2
import io
import lzma

payload = b"".join(b"%05d|" % i for i in range(4000))    # 24000 bytes
for module in (bz2, lzma):
    name = module.__name__
    blob = module.compress(payload[:15000]) + module.compress(payload[15000:])
    f = (bz2.BZ2File if module is bz2 else lzma.LZMAFile)(io.BytesIO(blob + b"\0\0\0junk"))
    print(name, f.seek(23990), f.read(), f.tell())
    print(name, f.seek(-12, io.SEEK_END), f.read(6), f.seek(3, io.SEEK_CUR), f.read(3))
    print(name, f.seek(100000), f.read(), f.seek(-5), f.tell(), f.read(5))
    print(name, f.seek(14998), f.read(6), f.read(7), f.seek(20), f.read1(5), f.peek(2)[:2])
    view = memoryview(bytearray(10))
    print(name, f.readinto(view), view.tobytes(), f.readline(3), f.readline())
    f.seek(0)
    print(name, len(f.readlines(20)), sum(1 for _ in f), f.read(), f.read(0))
    f.close()
    print(name, f.closed, f.close())

class Unseekable(io.BytesIO):
    def seekable(self):
        return False

f = bz2.BZ2File(Unseekable(bz2.compress(b"abcdef" * 10)))
print(f.seekable(), f.read(4), f.tell(), f.read1(3))
try:
    f.seek(0)
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    f.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
f = lzma.LZMAFile(io.BytesIO(b"not xz data at all"))
try:
    f.read()
except lzma.LZMAError as e:
    print("LZMAError", e)
w = io.BytesIO()
with lzma.LZMAFile(w, "w") as f:
    print(f.write(b"12345"), f.write(memoryview(b"abcdefgh").cast("H")), f.tell(), f.seekable())
    for call in (f.read, f.readline, lambda: f.read1(1)):
        try:
            call()
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation", e)
print(lzma.decompress(w.getvalue()))
print(bz2.decompress(bz2.compress(b"a") + bz2.compress(b"b") + bz2.compress(b"")))
for bad in (b"BZh9", bz2.compress(b"q")[:-1]):
    try:
        bz2.decompress(bad)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    lzma.decompress(lzma.compress(b"ok") + b"garbage")
except lzma.LZMAError as e:
    print("LZMAError", e)
print(lzma.decompress(lzma.compress(b"ok") + lzma.compress(b"!")))
