# BZ2File and bz2.open: binary and text modes, reading methods, seek/tell,
# append (multi-stream), exclusive create, file objects, and mode errors.
import bz2
import io
import os
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "sample.bz2")
lines = [b"row %03d %s\n" % (i, b"ab" * (i % 7)) for i in range(200)]
with bz2.BZ2File(path, "w", compresslevel=6) as f:
    print(f.writable(), f.readable(), f.seekable(), f.tell())
    for line in lines:
        f.write(line)
    print(f.write(memoryview(b"last\n")), f.tell())
print(f.closed)
with bz2.open(path, "ab") as f:
    f.write(b"appended stream\n")
with bz2.BZ2File(path) as f:
    print(f.readable(), f.seekable(), f.readline(), f.peek(3)[:3], f.read(8))
    print(f.tell(), f.readlines(30))
    f.seek(0)
    print(f.read1(5), f.tell())
    f.seek(-6, io.SEEK_END)
    print(f.read(), f.tell())
    f.seek(10)
    buf = bytearray(6)
    print(f.readinto(buf), buf)
    print(sum(1 for _ in f))
with bz2.open(path, "rt", encoding="ascii") as t:
    text = t.read()
print(len(text), text.splitlines()[-2:])
with bz2.open(path, "wt", newline="\r\n") as t:
    t.write("one\ntwo\n")
with bz2.open(path, "rb") as f:
    print(f.read())
try:
    bz2.open(path, "xb")
except FileExistsError as e:
    print("FileExistsError", e.errno == 17)

raw = io.BytesIO()
with bz2.BZ2File(raw, "wb") as f:
    f.writelines([b"a", b"b", b"c"])
print(raw.closed, bz2.decompress(raw.getvalue()))
f = bz2.BZ2File(io.BytesIO(raw.getvalue()))
f.close()
f.close()
for call in (f.read, f.tell, lambda: f.seek(0)):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
w = bz2.BZ2File(io.BytesIO(), "w")
for call in (w.read, lambda: w.seek(0), lambda: w.peek()):
    try:
        call()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
r = bz2.BZ2File(io.BytesIO(b""))
try:
    r.write(b"x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    r.read()
except EOFError as e:
    print("empty file:", e)
for make in (lambda: bz2.BZ2File(path, "rw"), lambda: bz2.BZ2File(path, compresslevel=0),
             lambda: bz2.BZ2File(42), lambda: bz2.open(path, "rbt"),
             lambda: bz2.open(path, "rb", encoding="utf-8"), lambda: bz2.open(path, "wb", newline="\n")):
    try:
        make()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
truncated = io.BytesIO(bz2.compress(b"z" * 5000)[:-10])
try:
    bz2.BZ2File(truncated).read()
except EOFError as e:
    print("EOFError", e)
print(bz2.BZ2File(io.BytesIO(bz2.compress(b"ok") + b"\0\0junk")).read())
os.remove(path)
os.rmdir(tmp)
