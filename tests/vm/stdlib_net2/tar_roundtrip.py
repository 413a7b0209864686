# tarfile: write and read back in every format and mode, members, sizes, contents.
import io, os, tarfile, tempfile

def members(t):
    return [(m.name, m.size, m.type, m.isdir(), m.isreg(), m.issym(), oct(m.mode)) for m in t.getmembers()]

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "sub"))
    with open(os.path.join(src, "a.txt"), "w") as f:
        f.write("alpha\n" * 100)
    with open(os.path.join(src, "sub", "b.bin"), "wb") as f:
        f.write(bytes(range(256)) * 3)
    os.chmod(os.path.join(src, "a.txt"), 0o640)
    os.chmod(os.path.join(src, "sub", "b.bin"), 0o600)
    os.chmod(os.path.join(src, "sub"), 0o755)
    os.chmod(src, 0o755)
    os.symlink("a.txt", os.path.join(src, "link"))
    for mode in ("w", "w:gz", "w:", "x"):
        for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
            path = os.path.join(d, "out-%s-%d.tar" % (mode.replace(":", "_"), fmt))
            with tarfile.open(path, mode, format=fmt) as t:
                t.add(src, arcname="src")
            with open(path, "rb") as f:
                magic = f.read(2)
            size_ok = magic == b"\x1f\x8b" if "gz" in mode else os.path.getsize(path) % 10240 == 0
            print(mode, fmt, tarfile.is_tarfile(path), size_ok)
            rmode = "r:gz" if "gz" in mode else "r"
            for m in ("r:*", rmode, "r"):
                with tarfile.open(path, m) as t:
                    ms = members(t)
            print(ms)
            with tarfile.open(path) as t:
                print(t.getnames())
                print(t.extractfile("src/a.txt").read()[:12], len(t.extractfile("src/sub/b.bin").read()))
                print(t.extractfile("src/link").readline(), t.extractfile("src/sub"))
                m = t.getmember("src/link")
                print(m.linkname, m.linkpath, m.uid == os.getuid(), m.size)
                out = os.path.join(d, "x%d%s" % (fmt, mode.replace(":", "_")))
                t.extractall(out, filter="data")
            for root, dirs, files in sorted(os.walk(out)):
                rel = os.path.relpath(root, out)
                for name in sorted(files):
                    p = os.path.join(root, name)
                    print(" ", rel, name, os.path.getsize(p), oct(os.lstat(p).st_mode & 0o777), os.path.islink(p))
    # in-memory archives with addfile and explicit TarInfo
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as t:
        for name, data in (("hello.txt", b"hi there"), ("d\u00e9j\u00e0/vu.txt", b"again"), ("x" * 120 + "/long.txt", b"L" * 700)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 1700000000
            info.uname = "user"
            t.addfile(info, io.BytesIO(data))
        d_info = tarfile.TarInfo("emptydir")
        d_info.type = tarfile.DIRTYPE
        d_info.mode = 0o755
        t.addfile(d_info)
    print(len(buf.getvalue()))
    buf.seek(0)
    with tarfile.open(fileobj=buf) as t:
        for m in t:
            print(repr(m.name), m.size, m.mtime, m.uname, m.isdir(), sorted(m.pax_headers))
            if m.isreg():
                f = t.extractfile(m)
                print(f.read(4), f.tell(), f.seek(-2, 2), f.read())
