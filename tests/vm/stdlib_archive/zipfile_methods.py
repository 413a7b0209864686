# zipfile writing with every compression method, ZIP64 records (forced and by member
# count), appending, reading back through ZipExtFile (seek, readline, peek), and
# the exact bytes written (their digest equals CPython's output).
import hashlib
import io
import zipfile
from zipfile import ZipFile, ZipInfo

FIXED = (2023, 11, 5, 8, 15, 30)


def member(name, method=zipfile.ZIP_STORED, mode=0o644):
    info = ZipInfo(name, FIXED)
    info.compress_type = method
    info.external_attr = mode << 16
    return info


text = b"".join(b"line %04d of the member\n" % i for i in range(400))
buf = io.BytesIO()
with ZipFile(buf, "w") as zf:
    for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
        zf.writestr(member("m%d.txt" % method, method), text)
    zf.writestr(member("level9.txt"), text, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    with zf.open(member("forced64.bin"), "w", force_zip64=True) as w:
        w.write(b"tiny")
    folder = member("folder/", mode=0o40755)
    folder.CRC = 0      # mkdir() of a ZipInfo writes the CRC it holds
    zf.mkdir(folder)
    zf.mkdir("made")
    zf.writestr(member("commented.txt"), b"")
    zf.getinfo("commented.txt").comment = b"member comment"
    zf.comment = b"top comment"
data = buf.getvalue()
print(len(data), hashlib.sha256(data).hexdigest())
with ZipFile(io.BytesIO(data)) as zf:
    for info in zf.infolist():
        print(info.filename, info.compress_type, info.flag_bits, info.create_version, info.extract_version,
              info.compress_size, info.file_size, hex(info.CRC), info.header_offset, hex(info.external_attr), info.comment)
        assert zf.read(info) == (text if info.file_size == len(text) else zf.read(info.filename))
    print(zf.comment, zf.testzip(), [repr(i) for i in zf.infolist()[3:7]])
    with zf.open("m14.txt") as f:
        print(repr(f), f.readline(), f.read(5), f.tell(), f.peek(3)[:3], f.readline(4))
        print(f.seek(-25, 2), f.read(), f.seek(100), f.read(10), f.seek(5, 1), f.read(4), f.tell())
        print(f.read1(8), f.read1(0), len(f.read()), f.read(), f.readable(), f.seekable())
    print(repr(f))
    a, b = zf.open("m8.txt"), zf.open("m12.txt")
    print(a.read(9), b.read(9), a.read(9), b.read(9))
    a.close(), b.close()
    print(zf.read("forced64.bin"), zf.getinfo("made/").date_time)

target = io.BytesIO(data)
with ZipFile(target, "a") as zf:
    zf.writestr(member("added.txt", zipfile.ZIP_DEFLATED), "appended text")
appended = target.getvalue()
print(len(appended), hashlib.sha256(appended).hexdigest())
print(ZipFile(io.BytesIO(appended)).namelist()[-3:])
prefix = b"#!/bin/sh\necho stub\n" * 3
with ZipFile(io.BytesIO(prefix + data)) as zf:
    print(zf.read("m0.txt") == text, zf.getinfo("m0.txt").header_offset, zf.comment)

many = io.BytesIO()
with ZipFile(many, "w") as zf:
    for i in range(70000):
        zf.writestr(member("%05x" % i), b"")
raw = many.getvalue()
print(len(raw), hashlib.sha256(raw).hexdigest(), raw[-98:-22].hex())
with ZipFile(io.BytesIO(raw)) as zf:
    print(len(zf.namelist()), zf.namelist()[-1], zf.getinfo("10000").header_offset)
try:
    with ZipFile(io.BytesIO(), "w", allowZip64=False) as zf:
        zf.open(member("x"), "w", force_zip64=True)
except ValueError as e:
    print("ValueError", e)
