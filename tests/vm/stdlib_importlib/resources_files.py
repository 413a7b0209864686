# importlib.resources: files()/as_file() and the 3.11 per-file functions, on a package
# made on disk, on a namespace package, and on a stdlib package (frozen in Spry)
import os, sys, tempfile, shutil, warnings
import importlib.resources as res
from importlib.resources.abc import Traversable

tmp = tempfile.mkdtemp()
def write(rel, data):
    path = os.path.join(tmp, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)

write("rpkg/__init__.py", b"")
write("rpkg/data/notes.txt", b"first line\nsecond line\n")
write("rpkg/blob.bin", b"\x00\x01\xff")
write("rpkg/sub/__init__.py", b"")
write("nsa/nspkg/one.txt", b"one")
write("nsb/nspkg/two.txt", b"two")
sys.path[:0] = [tmp, os.path.join(tmp, "nsa"), os.path.join(tmp, "nsb")]

root = res.files("rpkg")
print(type(root).__name__, root.name, isinstance(root, Traversable), root.is_dir())
print(sorted(p.name for p in root.iterdir() if p.name != "__pycache__"))
notes = root / "data" / "notes.txt"
print(notes.is_file(), notes.read_text().splitlines(), root.joinpath("data", "notes.txt").read_bytes()[:5])
print(root.joinpath("blob.bin").read_bytes())
with notes.open() as f:
    print(repr(f.readline()))
with res.as_file(notes) as p:
    print(p == notes, p.read_text()[:5])
import rpkg.sub
print(res.files(rpkg.sub).name)
for bad in ("rpkg.nope", "os", sys):
    try:
        res.files(bad)
    except Exception as e:
        print(type(e).__name__, str(e).split(" from ")[0].split(" (")[0])

ns = res.files("nspkg")
print(type(ns).__name__, ns.name, ns.is_dir(), ns.is_file())
print(sorted(p.name for p in ns.iterdir()), (ns / "two.txt").read_text(), ns.joinpath("one.txt").read_text())
try:
    ns.read_text()
except FileNotFoundError as e:
    print("FileNotFoundError", str(e).startswith("MultiplexedPath("))

init = res.files("json").joinpath("__init__.py")
print(init.name, init.is_file(), res.files("json").is_dir(), "def loads(" in init.read_text())
with res.as_file(init) as real:
    print(real.name.endswith("__init__.py"), "def dumps(" in real.read_text())
print(res.files("json").joinpath("decoder.py").is_file(), res.files("json").joinpath("nope.py").is_file())

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(res.read_text("rpkg", "blob.bin", errors="replace") == "\x00\x01\ufffd")
    print(res.read_binary("rpkg", "blob.bin"), res.is_resource("rpkg", "blob.bin"), res.is_resource("rpkg", "data"))
    print(sorted(n for n in res.contents("rpkg") if n != "__pycache__"))
    with res.open_text("rpkg", "blob.bin", encoding="latin-1") as f:
        print(repr(f.read()))
    with res.open_binary("rpkg", "blob.bin") as f:
        print(f.read(2))
    with res.path("rpkg", "blob.bin") as p:
        print(p.name, p.exists())
    try:
        res.read_text("rpkg", "data/notes.txt")
    except ValueError as e:
        print("ValueError", e)
    try:
        res.open_binary("rpkg", "missing.bin")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.filename.endswith("missing.bin"))
    names = sorted({str(w.message).split(" ")[0] for w in caught})
    print(names, {w.category.__name__ for w in caught})
print(res.__all__)
shutil.rmtree(tmp)
