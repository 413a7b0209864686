# zipfile.Path navigation, the command-line interface run in-process, extraction
# that sanitises names, cp437 and metadata_encoding names, ZipInfo.from_file, and
# PyZipFile.writepy.
import contextlib
import io
import os
import shutil
import struct
import tempfile
import zipfile

FIXED = (2022, 2, 2, 22, 22, 22)
tmp = tempfile.mkdtemp()
archive = os.path.join(tmp, "tree.zip")
with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
    for name in ["readme.md", "src/app/main.py", "src/app/util.tar.gz", "docs/", "docs/guide.txt"]:
        zf.writestr(zipfile.ZipInfo(name, FIXED), "contents of " + name)
root = zipfile.Path(archive)


def show(value):
    return repr(value).replace(tmp, "TMP")


print(show(root), root.name, root.suffix, root.stem, root.is_dir(), root.exists())
print([show(p) for p in root.iterdir()])
src = root / "src"
print(show(src), src.is_dir(), src.is_file(), [p.name for p in src.iterdir()], show(src.parent))
deep = root.joinpath("src", "app", "util.tar.gz")
print(show(deep), deep.name, deep.suffix, deep.suffixes, deep.stem, deep.is_file())
print(deep.read_text(), deep.read_bytes()[:8], show(deep.parent), str(deep).endswith("tree.zip/src/app/util.tar.gz"))
with (root / "readme.md").open() as f:
    print(type(f).__name__, f.read())
with (root / "readme.md").open("rb") as f:
    print(f.read(8))
for attempt in (lambda: (root / "missing").open(), lambda: src.open(), lambda: deep.iterdir(),
                lambda: deep.open("rb", "utf-8")):
    try:
        attempt()
    except (OSError, ValueError) as e:
        print(type(e).__name__, str(e).replace(tmp, "TMP"))
print((root / "missing").exists(), (root / "src/app").is_dir(), show(root / "docs"))

out = io.StringIO()
with contextlib.redirect_stdout(out):
    zipfile.main(["-l", archive])
    zipfile.main(["-t", archive])
    zipfile.main(["-e", archive, os.path.join(tmp, "unpacked")])
print(out.getvalue(), end="")
print(sorted(os.path.relpath(os.path.join(d, n), tmp) for d, ds, fs in os.walk(os.path.join(tmp, "unpacked")) for n in ds + fs))
os.makedirs(os.path.join(tmp, "in", "nested"))
for rel in ("in/a.txt", "in/nested/b.txt"):
    with open(os.path.join(tmp, rel), "w") as f:
        f.write(rel * 3)
zipfile.main(["-c", os.path.join(tmp, "made.zip"), os.path.join(tmp, "in"), os.path.join(tmp, "in", "a.txt")])
with zipfile.ZipFile(os.path.join(tmp, "made.zip")) as zf:
    print([(i.filename, i.compress_type) for i in zf.infolist()], zf.read("a.txt"))

def raw_member(name_bytes, flags=0):
    body = b"x"
    local = struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, flags, 0, 0, 0x21, 0x8CDC1683, 1, 1, len(name_bytes), 0)
    central = struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", 20, 0, 20, 0, flags, 0, 0, 0x21, 0x8CDC1683, 1, 1,
                          len(name_bytes), 0, 0, 0, 0, 0, 0)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(central) + len(name_bytes), len(local) + len(name_bytes) + 1, 0)
    return local + name_bytes + body + central + name_bytes + end
legacy = raw_member(b"caf\x82-\xb0.txt")     # cp437 bytes, no UTF-8 flag
print(zipfile.ZipFile(io.BytesIO(legacy)).namelist(), zipfile.ZipFile(io.BytesIO(legacy), metadata_encoding="latin-1").namelist())
print(zipfile.ZipFile(io.BytesIO(raw_member("\u00e9t\u00e9".encode(), 0x800))).namelist())
evil = io.BytesIO()
with zipfile.ZipFile(evil, "w") as zf:
    for name in ["../up.txt", "/abs/root.txt", "a/../../b.txt", "./dot/./c.txt", "ok/d.txt"]:
        zf.writestr(zipfile.ZipInfo(name, FIXED), name)
with zipfile.ZipFile(evil) as zf:
    print([os.path.relpath(zf.extract(n, os.path.join(tmp, "x")), tmp) for n in zf.namelist()])
src_file = os.path.join(tmp, "in", "a.txt")
os.utime(src_file, (1700000000, 1700000000))
info = zipfile.ZipInfo.from_file(src_file, "/lead/ing/a.txt")
print(info.filename, info.file_size, oct(info.external_attr >> 16 & 0o170000), len(info.date_time))
print(zipfile.ZipInfo.from_file(os.path.join(tmp, "in"), "dir").filename)
pkg = os.path.join(tmp, "pkg")
os.makedirs(os.path.join(pkg, "sub"))
for rel in ("__init__.py", "mod.py", "sub/__init__.py", "sub/deep.py", "notes.txt"):
    with open(os.path.join(pkg, rel), "w") as f:
        f.write("VALUE = %r\n" % rel)
with zipfile.PyZipFile(os.path.join(tmp, "py.zip"), "w") as pz:
    pz.writepy(pkg)
    try:
        pz.writepy(os.path.join(pkg, "notes.txt"))
    except RuntimeError as e:
        print("RuntimeError", e)
    print(sorted(pz.namelist()))
shutil.rmtree(tmp)
