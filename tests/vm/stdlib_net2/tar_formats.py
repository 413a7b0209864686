# tarfile: every member type in GNU/pax/ustar, list(), links, long and non-ASCII names, damaged headers, ignore_zeros, modes.
import io, os, tarfile, tempfile, time
def build(fmt, entries):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as t:
        for name, kind, data, extra in entries:
            ti = tarfile.TarInfo(name)
            ti.type = kind
            ti.mtime = 1600000000
            ti.uid, ti.gid, ti.uname, ti.gname = 1000, 1000, "u", "g"
            ti.mode = extra.get("mode", 0o644)
            if kind in (tarfile.SYMTYPE, tarfile.LNKTYPE):
                ti.linkname = data
                t.addfile(ti)
            elif kind in (tarfile.CHRTYPE, tarfile.BLKTYPE):
                ti.devmajor, ti.devminor = 4, 64
                t.addfile(ti)
            elif kind in (tarfile.DIRTYPE, tarfile.FIFOTYPE):
                t.addfile(ti)
            else:
                ti.size = len(data)
                t.addfile(ti, io.BytesIO(data))
    return buf.getvalue()
long = "deep/" * 30 + "file.txt"
entries = [("dir", tarfile.DIRTYPE, None, {"mode": 0o755}), ("dir/a.txt", tarfile.REGTYPE, b"aaa", {}),
           ("dir/hard", tarfile.LNKTYPE, "dir/a.txt", {}), ("dir/soft", tarfile.SYMTYPE, "a.txt", {}),
           ("dev/tty", tarfile.CHRTYPE, None, {}), ("fifo", tarfile.FIFOTYPE, None, {}),
           (long, tarfile.REGTYPE, b"long", {}), ("ünï.txt", tarfile.REGTYPE, b"u", {}), ("link-to-long", tarfile.SYMTYPE, "x" * 150, {})]
for fmt in (tarfile.GNU_FORMAT, tarfile.PAX_FORMAT, tarfile.USTAR_FORMAT):
    try:
        blob = build(fmt, entries)
    except ValueError as e:
        print(fmt, "ValueError", e)
        blob = build(fmt, entries[:6])
    print(fmt, len(blob))
    with tarfile.open(fileobj=io.BytesIO(blob)) as t:
        t.list()
        t.list(verbose=False)
        for m in t:
            print(repr(m.name)[:40], m.type, m.linkname[:20], m.devmajor, m.devminor, m.isdev(), m.offset, m.offset_data, sorted(m.pax_headers)[:3])
        print(t.extractfile("dir/hard").read(), t.extractfile("dir/soft").read(), t.extractfile("dir"))
        with tempfile.TemporaryDirectory() as d:
            t.extractall(d, members=[m for m in t if not m.isdev()], filter="tar")
            for root, dirs, files in sorted(os.walk(d)):
                for f in sorted(files + dirs):
                    p = os.path.join(root, f)
                    print("  ", os.path.relpath(p, d)[:40], os.path.islink(p), oct(os.lstat(p).st_mode)[-3:], int(os.lstat(p).st_mtime) if os.path.isfile(p) and not os.path.islink(p) else "-")
# zeros in the middle and ignore_zeros
blob = build(tarfile.USTAR_FORMAT, entries[:2])
blob2 = blob[:1024] + bytes(1024) + build(tarfile.USTAR_FORMAT, [("after", tarfile.REGTYPE, b"z", {})])
print(tarfile.open(fileobj=io.BytesIO(blob2)).getnames(), tarfile.open(fileobj=io.BytesIO(blob2), ignore_zeros=True).getnames())
bad = bytearray(blob); bad[600] ^= 0xff
print(tarfile.open(fileobj=io.BytesIO(bytes(bad))).getnames())
bad = bytearray(blob); bad[100] = ord('9')
try:
    tarfile.open(fileobj=io.BytesIO(bytes(bad)), mode="r:")
except tarfile.ReadError as e:
    print("ReadError", e)
print(tarfile.is_tarfile(io.BytesIO(blob)), tarfile.is_tarfile(io.BytesIO(b"junk" * 200)))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "x.tar")
    open(p, "wb").write(blob)
    try:
        tarfile.open(p, "x")
    except FileExistsError as e:
        print("FileExistsError")
    try:
        tarfile.open(p, "a:gz")
    except ValueError as e:
        print("ValueError", e)
    with tarfile.open(p) as t:
        t.extract("dir/a.txt", d, set_attrs=False)
        print(os.path.exists(os.path.join(d, "dir", "a.txt")), t.getmember("dir/").name)
        try:
            t.extract("nope", d)
        except KeyError as e:
            print("KeyError", e)
ti = tarfile.TarInfo("x"); ti.mtime = 1.5; ti.size = 3
print(sorted(tarfile.TarInfo.frombuf(ti.tobuf(tarfile.USTAR_FORMAT), "utf-8", "strict").get_info().items()))
print(repr(tarfile.TarInfo.frombuf(ti.tobuf(tarfile.GNU_FORMAT)[:512], "utf-8", "strict").mtime))
r = ti.replace(name="y", mode=0o600); print(r.name, oct(r.mode), ti.name)
for b in (b"", b"x" * 512):
    try:
        tarfile.TarInfo.frombuf(b, "utf-8", "strict")
    except tarfile.HeaderError as e:
        print(type(e).__name__, e)
