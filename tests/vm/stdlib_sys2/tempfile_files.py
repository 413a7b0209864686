# tempfile: name shapes and modes, type mixing errors, TemporaryFile/NamedTemporaryFile
# (delete, attributes, context manager), SpooledTemporaryFile rollover in both modes,
# TemporaryDirectory cleanup (read-only contents, ignore_cleanup_errors), gettempdir.
import gc
import os
import stat
import sys
import tempfile
import warnings

base = tempfile.mkdtemp(prefix="base")
def show(p):
    p = os.fsdecode(p)
    return p.replace(base, "<base>")

def t(f):
    try:
        print(show(repr(f())))
    except Exception as e:
        print(type(e).__name__, show(str(e)))

fd, p = tempfile.mkstemp(suffix=".s", prefix="pre", dir=base)
name = os.path.basename(p)
print(name.startswith("pre"), name.endswith(".s"), len(name), oct(stat.S_IMODE(os.stat(p).st_mode)),
      os.path.isabs(p), os.path.dirname(p) == base)
os.close(fd)
fd, pb = tempfile.mkstemp(prefix=b"b", dir=os.fsencode(base))
os.close(fd)
print(type(pb).__name__, len(os.path.basename(pb)))
d = tempfile.mkdtemp(suffix="-d", dir=base)
print(oct(stat.S_IMODE(os.stat(d).st_mode)), d.endswith("-d"), len(os.path.basename(d)))
m = tempfile.mktemp(prefix="m", dir=base)
print(os.path.exists(m), os.path.basename(m)[0], len(os.path.basename(m)))
t(lambda: tempfile.mkstemp(prefix=b"x", suffix="y"))
t(lambda: tempfile.mkdtemp(dir=b"/tmp", prefix="p"))
try:
    tempfile.mkstemp(dir=os.path.join(base, "nonexist"))
except OSError as e:
    print(type(e).__name__, e.errno, show(os.path.dirname(e.filename)))
t(lambda: tempfile.TemporaryFile(mode="zz", dir=base))
print(sorted(os.listdir(base)) == sorted([os.path.basename(p), os.fsdecode(os.path.basename(pb)), os.path.basename(d)]))

f = tempfile.NamedTemporaryFile(dir=base, suffix=".txt")
print(type(f).__name__, type(f.file).__name__, f.delete, f.mode, f.name.endswith(".txt"),
      f.file.name == f.name, os.path.exists(f.name))
f.write(b"line1\nline2\n")
f.seek(0)
print(list(f), f.tell())
f.close()
print(os.path.exists(f.name), f.closed)
with tempfile.NamedTemporaryFile("w+", dir=base, delete=False) as g:
    print(g.write("kept"), g.mode, g.encoding)
print(open(g.name).read(), g.closed)
os.remove(g.name)
h = tempfile.NamedTemporaryFile(dir=base)
hname = h.name
del h
gc.collect()
print(os.path.exists(hname))

f = tempfile.TemporaryFile(dir=base)
print(type(f).__name__, type(f.name).__name__, f.mode, os.listdir(base) == sorted(os.listdir(base)) or True)
f.write(b"abc"); f.seek(0); print(f.read()); f.close()
f = tempfile.TemporaryFile("w+", dir=base, newline="")
f.write("a\r\nb"); f.seek(0); print(repr(f.read()), f.mode); f.close()

s = tempfile.SpooledTemporaryFile(max_size=5, dir=base)
print(type(s._file).__name__, s._rolled, s.mode, s.name, s.closed)
s.write(b"123"); print(s._rolled, s.tell())
s.write(b"456"); print(s._rolled, type(s._file).__name__, s.tell(), type(s.name).__name__, s.mode)
s.seek(0); print(s.read(), s.readable(), s.writable(), s.seekable())
s.close(); print(s.closed)
t(lambda: s.__enter__())
s = tempfile.SpooledTemporaryFile(3, "w+", dir=base)
print(s.encoding, s.errors, s.mode, s.newlines)
s.write("a\r\nbcdef")
print(s._rolled, s.tell(), s.mode, type(s.name).__name__)
s.seek(0); print(repr(s.read()), repr(s.newlines))
s = tempfile.SpooledTemporaryFile(mode="w+")
s.write("é\nx"); s.seek(0); print(s.readline(), s.readlines(), s._rolled)
s = tempfile.SpooledTemporaryFile()
s.write(b"xy"); print(s.fileno() > 2, s._rolled, s.tell())
s = tempfile.SpooledTemporaryFile(10)
s.write(b"abc"); s.truncate(2); print(s._rolled); s.truncate(20); print(s._rolled)
s.seek(0); print(s.read())
with tempfile.SpooledTemporaryFile(100) as s:
    s.writelines([b"a\n", b"b\n"]); s.seek(0); print(list(s), s._rolled)
print(s.closed, isinstance(s, __import__("io").IOBase), tempfile.SpooledTemporaryFile[str])

td = tempfile.TemporaryDirectory(prefix="zz", dir=base)
print(show(repr(td))[:13], os.path.basename(td.name)[:2], os.path.isdir(td.name))
os.makedirs(os.path.join(td.name, "sub", "deeper"))
open(os.path.join(td.name, "sub", "f"), "w").close()
os.chmod(os.path.join(td.name, "sub", "f"), 0)
os.chmod(os.path.join(td.name, "sub"), 0o500)
td.cleanup()
print(os.path.exists(td.name))
td.cleanup()
with tempfile.TemporaryDirectory(dir=base) as n:
    print(type(n).__name__, os.path.isdir(n))
print(os.path.exists(n))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    td = tempfile.TemporaryDirectory(dir=base)
    tname = td.name
    del td
    gc.collect()
print(os.path.exists(tname), [(w.category.__name__, show(str(w.message))[:33]) for w in caught])
td = tempfile.TemporaryDirectory(dir=base, ignore_cleanup_errors=True)
print(tempfile.TemporaryDirectory[int])
td.cleanup()

print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template, tempfile.TMP_MAX,
      sorted(tempfile.__all__))
old = tempfile.tempdir
tempfile.tempdir = base
print(show(tempfile.gettempdir()), show(tempfile.gettempdirb()), show(tempfile.mkdtemp())[:7])
tempfile.tempdir = old
print(os.path.isabs(tempfile.gettempdir()), tempfile.tempdir == tempfile.gettempdir())
old_cwd = os.getcwd()
os.chdir(base)
rel_dir = tempfile.mkdtemp(dir=".")
fd, rel_file = tempfile.mkstemp(dir=".")
os.close(fd)
with tempfile.TemporaryDirectory(dir=".") as rel_td:
    pass
with tempfile.NamedTemporaryFile(dir=".") as rel_named:
    pass
print(rel_dir[:5], os.path.isabs(rel_file), rel_td[:5], os.path.isabs(rel_named.name),
      tempfile.mktemp(dir=".")[:5])
os.chdir(old_cwd)
import shutil
shutil.rmtree(base)
