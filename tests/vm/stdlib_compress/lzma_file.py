# LZMAFile and lzma.open: binary/text modes, formats and checks, append, reading
# methods, seek/tell, and mode errors.
import io
import lzma
import os
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "sample.xz")
text = "".join("line %d \u00e9\u00e8 %s\n" % (i, "-" * (i % 9)) for i in range(300))
with lzma.open(path, "wt", encoding="utf-8", check=lzma.CHECK_SHA256) as f:
    print(f.write(text))
with lzma.open(path, "rt", encoding="utf-8") as f:
    print(f.readline(), f.read() == text.split("\n", 1)[1])
with lzma.LZMAFile(path, "a", preset=0) as f:
    f.write(b"appended\n")
with lzma.LZMAFile(path) as f:
    print(f.readable(), f.writable(), f.seekable(), f.peek()[:6], f.read(6), f.tell())
    f.seek(-9, io.SEEK_END)
    print(f.read(), f.tell())
    f.seek(3)
    print(f.read1(4), f.readline(5), f.tell())
    print(len(f.readlines()))
with open(path, "rb") as raw:
    print(raw.read(6), lzma.decompress(raw.read(0) or open(path, "rb").read())[-9:])

buf = io.BytesIO()
with lzma.LZMAFile(buf, "w", format=lzma.FORMAT_ALONE) as f:
    f.write(b"alone ")
    f.write(bytearray(b"format"))
    print(f.tell())
print(buf.getvalue()[:5], lzma.decompress(buf.getvalue()))
raw_chain = [{"id": lzma.FILTER_LZMA2, "preset": 2}]
buf = io.BytesIO()
with lzma.LZMAFile(buf, "wb", format=lzma.FORMAT_RAW, filters=raw_chain) as f:
    f.write(b"raw stream in a file")
with lzma.LZMAFile(io.BytesIO(buf.getvalue()), format=lzma.FORMAT_RAW, filters=raw_chain) as f:
    print(f.read())
print(lzma.LZMAFile(io.BytesIO(lzma.compress(b"x") + b"\x00junk")).read())
try:
    lzma.LZMAFile(io.BytesIO(lzma.compress(b"y" * 999)[:-20])).read()
except EOFError as e:
    print("EOFError", e)

for make in (lambda: lzma.LZMAFile(path, "rw"), lambda: lzma.LZMAFile(path, "r", check=lzma.CHECK_CRC32),
             lambda: lzma.LZMAFile(path, "r", preset=3), lambda: lzma.LZMAFile(3.5),
             lambda: lzma.open(path, "rtb"), lambda: lzma.open(path, "rb", errors="strict"),
             lambda: lzma.LZMAFile(path, "x"), lambda: lzma.LZMAFile(path, "w", format=lzma.FORMAT_RAW)):
    try:
        make()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e if not isinstance(e, FileExistsError) else e.errno)
f = lzma.LZMAFile(path)
f.close()
for call in (f.read, f.readable, lambda: f.peek(1)):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
os.remove(path)
os.rmdir(tmp)
