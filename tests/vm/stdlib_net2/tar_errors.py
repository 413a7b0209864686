# tarfile: error messages, header fields, filters, stream modes, append.
import io, os, tarfile, tempfile

ti = tarfile.TarInfo("x")
print(ti.get_info())
print(len(ti.tobuf()), ti.tobuf(tarfile.USTAR_FORMAT)[:120])
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    big = tarfile.TarInfo("n" * 150)
    big.size = 8 ** 11 + 5
    try:
        b = big.tobuf(fmt)
        print(fmt, len(b))
        print(tarfile.TarInfo.frombuf(b[-512:], "utf-8", "strict").name[:5])
    except ValueError as e:
        print(fmt, "ValueError", e)
print(tarfile.itn(7, 8, tarfile.GNU_FORMAT), tarfile.itn(-1, 8, tarfile.GNU_FORMAT), tarfile.nti(tarfile.itn(-300, 8, tarfile.GNU_FORMAT)))
try:
    tarfile.itn(-1, 8, tarfile.USTAR_FORMAT)
except ValueError as e:
    print(e)
for blob in (b"", b"x" * 100, b"\0" * 512, b"y" * 512):
    try:
        tarfile.open(fileobj=io.BytesIO(blob), mode="r:")
    except tarfile.ReadError as e:
        print(type(e).__name__, e)
for bad in ("q", "r:zip"):
    try:
        tarfile.open(fileobj=io.BytesIO(), mode=bad)
    except (ValueError, tarfile.CompressionError) as e:
        print(type(e).__name__, e)
try:
    tarfile.open()
except ValueError as e:
    print(e)
try:
    tarfile.open(fileobj=io.BytesIO(b"not gzip at all" * 40), mode="r:gz")
except tarfile.ReadError as e:
    print("ReadError", e)

def make(entries):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        for name, kind, extra in entries:
            info = tarfile.TarInfo(name)
            info.type = kind
            if kind == tarfile.REGTYPE:
                info.size = len(extra)
                info.mode = 0o4777
                t.addfile(info, io.BytesIO(extra))
            else:
                info.linkname = extra
                t.addfile(info)
    buf.seek(0)
    return buf

with tempfile.TemporaryDirectory() as d:
    cases = [[("/abs.txt", tarfile.REGTYPE, b"a")], [("../up.txt", tarfile.REGTYPE, b"b")],
             [("ln", tarfile.SYMTYPE, "/etc/passwd")], [("ln2", tarfile.SYMTYPE, "../../x")],
             [("fifo", tarfile.FIFOTYPE, "")], [("ok.txt", tarfile.REGTYPE, b"ok")]]
    for entries in cases:
        for flt in ("data", "tar") if entries[0][0] != "ok.txt" else ("data", "tar", "fully_trusted"):
            dest = os.path.join(d, "dest")
            with tarfile.open(fileobj=make(entries)) as t:
                try:
                    t.extractall(dest, filter=flt)
                    m = t.getmembers()[0]
                    p = os.path.join(dest, m.name.lstrip("/"))
                    print(flt, "ok", m.name, os.path.lexists(p), oct(os.lstat(p).st_mode & 0o7777) if m.isreg() and flt != "fully_trusted" else "")
                except tarfile.FilterError as e:
                    print(flt, type(e).__name__, str(e).replace(d, "D"))
            if os.path.exists(dest):
                import shutil; shutil.rmtree(dest)
    with tarfile.open(fileobj=make([("a", tarfile.REGTYPE, b"x")])) as t:
        try:
            t.extractall(d, filter="nope")
        except ValueError as e:
            print(e)
        try:
            t.getmember("zz")
        except KeyError as e:
            print("KeyError", e)
    # stream modes and append
    path = os.path.join(d, "s.tgz")
    with tarfile.open(path, "w|gz") as t:
        for i in range(3):
            info = tarfile.TarInfo("f%d" % i)
            data = b"%d" % i * (i * 300)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    with open(path, "rb") as raw:
        with tarfile.open(fileobj=raw, mode="r|*") as t:
            for m in t:
                print(m.name, m.size, len(t.extractfile(m).read()))
    with tarfile.open(path, "r|gz") as t:
        print(t.getnames())
    plain = os.path.join(d, "p.tar")
    with tarfile.open(plain, "w", format=tarfile.GNU_FORMAT) as t:
        t.addfile(tarfile.TarInfo("one"))
    with tarfile.open(plain, "a") as t:
        t.addfile(tarfile.TarInfo("two"))
    with tarfile.open(plain) as t:
        print(t.getnames(), os.path.getsize(plain))
        try:
            t.addfile(tarfile.TarInfo("three"))
        except OSError as e:
            print(e)
    t.close()
    try:
        t.getnames()
    except OSError as e:
        print(e)
    print(tarfile.is_tarfile(plain), tarfile.is_tarfile(__file__))
