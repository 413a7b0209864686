# tarfile's stream modes in both directions for every compression, reading a
# compressed archive whose kind is detected, extractfile() on stream members, the
# extraction filters' refusals, gettarinfo/add with a filter, and append mode.
import io
import os
import shutil
import tarfile
import tempfile

FILES = {"a.txt": b"alpha\n" * 50, "sub/b.bin": bytes(range(256)) * 5, "sub/c.txt": b"gamma"}


def add_all(tf):
    for name, data in FILES.items():
        info = tarfile.TarInfo(name)
        info.size, info.mtime = len(data), 1600000000
        tf.addfile(info, io.BytesIO(data))


for method in ("", "gz", "bz2", "xz"):
    sink = io.BytesIO()
    with tarfile.open(fileobj=sink, mode="w|" + method) as tf:
        add_all(tf)
    blob = sink.getvalue()
    for mode in ("r|*", "r|" + method, "r:*", "r"):
        with tarfile.open(fileobj=io.BytesIO(blob), mode=mode) as tf:
            got = [(m.name, m.size, tf.extractfile(m).read() == FILES[m.name]) for m in tf]
        print(method or "tar", mode, got == [(n, len(d), True) for n, d in FILES.items()])
    with tarfile.open(fileobj=io.BytesIO(blob), mode="r|*") as tf:
        first = tf.next()
        f = tf.extractfile(first)
        print(f.read(6), f.readline(), f.tell(), tf.next().name)
        try:
            tf.extractfile(first).read()
        except tarfile.StreamError as e:
            print("StreamError", e)
    with tarfile.open(fileobj=io.BytesIO(blob), mode="r|*") as tf:
        print(tf.getnames())
for wrong in ("r|gz", "r|bz2", "r|xz"):
    try:
        tarfile.open(fileobj=io.BytesIO(b"plain bytes, not compressed" * 30), mode=wrong)
    except tarfile.ReadError as e:
        print(wrong, "ReadError", e)
for bad in ("w|zz", "a|gz", "r:zz", "x:bz2z"):
    try:
        tarfile.open(fileobj=io.BytesIO(), mode=bad)
    except (ValueError, tarfile.CompressionError) as e:
        print(bad, type(e).__name__, e)

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "src")
os.makedirs(os.path.join(src, "inner"))
for rel, mode in (("one.txt", 0o640), ("inner/two.sh", 0o755)):
    path = os.path.join(src, rel)
    with open(path, "w") as f:
        f.write(rel)
    os.chmod(path, mode)
    os.utime(path, (1500000000, 1500000000))
os.link(os.path.join(src, "one.txt"), os.path.join(src, "inner", "again.txt"))
os.symlink("../one.txt", os.path.join(src, "inner", "up"))
path = os.path.join(tmp, "made.tar")

def strip_owner(info):
    if info.name.endswith(".sh"):
        return None
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info

with tarfile.open(path, "w", format=tarfile.GNU_FORMAT) as tf:
    tf.add(src, arcname="tree", filter=strip_owner)
    info = tf.gettarinfo(os.path.join(src, "one.txt"), arcname="/lead/one.txt")
    print(info.name, info.size, oct(info.mode), info.type, int(info.mtime))
with tarfile.open(path, "a") as tf:
    tf.add(os.path.join(src, "one.txt"), arcname="appended.txt")
with tarfile.open(path) as tf:
    for m in tf:
        print(m.name, m.type, m.size, oct(m.mode), m.uname, m.linkname, m.mtime if m.isreg() else "")
    out = os.path.join(tmp, "out")
    tf.extractall(out, filter="data")
    for root, dirs, files in sorted(os.walk(out)):
        for name in sorted(dirs + files):
            full = os.path.join(root, name)
            print(" ", os.path.relpath(full, out), os.path.islink(full), oct(os.lstat(full).st_mode & 0o777),
                  int(os.lstat(full).st_mtime) if os.path.isfile(full) and not os.path.islink(full) else "")
    print(tf.extractfile("tree/inner/up").read(), tf.extractfile("tree/inner/again.txt").read())

def tiny(name, kind=tarfile.REGTYPE, linkname="", mode=0o644):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        info = tarfile.TarInfo(name)
        info.type, info.linkname, info.mode = kind, linkname, mode
        tf.addfile(info, io.BytesIO(b""))
    buf.seek(0)
    return tarfile.open(fileobj=buf)

for args in (("/etc/abs",), ("a/../../out",), ("hl", tarfile.LNKTYPE, "../x"), ("sl", tarfile.SYMTYPE, "/abs"),
             ("dev", tarfile.CHRTYPE), ("ok", tarfile.REGTYPE, "", 0o6777)):
    for flt in ("data", "tar", tarfile.fully_trusted_filter):
        dest = os.path.join(tmp, "f")
        with tiny(*args) as tf:
            member = tf.getmembers()[0]
            try:
                chosen = flt if callable(flt) else getattr(tarfile, flt + "_filter")
                result = chosen(member, dest)
                print(args[0], getattr(flt, "__name__", flt), result.name, oct(result.mode) if result.mode is not None else None, result.uid)
            except tarfile.FilterError as e:
                print(args[0], getattr(flt, "__name__", flt), type(e).__name__, str(e).replace(tmp, "TMP"), e.tarinfo.name)
with tiny("x") as tf:
    for flt in ("bogus", 5):
        try:
            tf.extractall(tmp, filter=flt)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    class Strict(tarfile.TarFile):
        extraction_filter = "data"
    try:
        Strict.open(fileobj=io.BytesIO(tf.fileobj.getvalue())).extractall(tmp)
    except TypeError as e:
        print("TypeError", e)
shutil.rmtree(tmp)
