# linecache: files (universal newlines, coding cookies, last line), loaders via lazycache,
# sys.path lookup, checkcache after changes, pseudo names and updatecache's popping.
import linecache
import os
import shutil
import sys
import tempfile
import types

work = tempfile.mkdtemp()
def path(name):
    return os.path.join(work, name)

with open(path("nl.py"), "wb") as f:
    f.write(b"a\r\nb\rc\nd\x0ce\nno-newline")
with open(path("latin.py"), "wb") as f:
    f.write(b'# -*- coding: latin-1 -*-\nx = "\xe9"\n')
with open(path("bad.py"), "wb") as f:
    f.write(b"\xff\xfe bad\n")
os.mkdir(path("sub"))
with open(path("sub/found.py"), "w") as f:
    f.write("found me\n")

print(linecache.getlines(path("nl.py")))
size, mtime, lines, full = linecache.cache[path("nl.py")]
print(size, type(mtime).__name__, full == path("nl.py"))
print(linecache.getlines(path("latin.py")))
print(linecache.getlines(path("bad.py")), path("bad.py") in linecache.cache)
print(linecache.getlines(path("sub")), linecache.getlines(path("nothere.py")))
print(repr(linecache.getline(path("nl.py"), 0)), repr(linecache.getline(path("nl.py"), 5)),
      repr(linecache.getline(path("nl.py"), 6)), repr(linecache.getline(path("nl.py"), -1)))
print(linecache.getlines("<stdin>"), linecache.getlines(""), linecache.getlines(None))

sys.path.insert(0, path("sub"))
print(linecache.getlines("found.py"), linecache.cache["found.py"][3] == path("sub/found.py"))
sys.path[:0] = [b"/tmp", 5]
linecache.clearcache()
print(linecache.getline("found.py", 1), end="")
del sys.path[:3]

class Loader:
    def __init__(self, text):
        self.text = text
    def get_source(self, name):
        print("  get_source", name)
        return self.text

g = {"__name__": "virtual", "__loader__": Loader("x\ny\r\nz\x0cw")}
print(linecache.lazycache("virt.py", g), len(linecache.cache["virt.py"]))
print(linecache.lazycache("virt.py", g))
print(linecache.getlines("virt.py"))
print(linecache.cache["virt.py"], linecache.lazycache("virt.py", g))
spec = types.SimpleNamespace(loader=Loader("from spec"))
print(linecache.lazycache("s1.py", {"__name__": "m", "__spec__": spec, "__loader__": None}))
print(linecache.lazycache("s2.py", {"__name__": "m", "__loader__": object()}))
print(linecache.lazycache("s3.py", {"__loader__": spec.loader}))
print(linecache.lazycache("<x>", g), linecache.lazycache("q.py", None), linecache.lazycache("q.py", {}))
print(linecache.getline("s1.py", 1))
print(linecache.getlines("none.py", {"__name__": "m", "__loader__": Loader(None)}), len(linecache.cache["none.py"]))
print(linecache.getlines("empty.py", {"__name__": "m", "__loader__": Loader("")}), linecache.cache["empty.py"])

class Failing:
    def __init__(self, exc):
        self.exc = exc
    def get_source(self, name):
        raise self.exc
print(linecache.getlines("o.py", {"__name__": "m", "__loader__": Failing(OSError("o"))}))
try:
    linecache.getlines("v.py", {"__name__": "m", "__loader__": Failing(ValueError("v"))})
except ValueError as e:
    print("ValueError", e)

p = path("t.py")
with open(p, "w") as f:
    f.write("one\n")
print(linecache.getline(p, 1), end="")
os.utime(p, (1, 1))
with open(p, "a") as f:
    f.write("two\n")
os.utime(p, (1, 1))
print(linecache.getlines(p))
linecache.checkcache(p)
print(p in linecache.cache, linecache.getlines(p))
os.remove(p)
linecache.checkcache()
print(p in linecache.cache)
linecache.cache["fake"] = (1, None, ["z\n"], "fake")
linecache.cache["fake2"] = (1, 5.0, ["z\n"], "fake2")
linecache.checkcache()
print(linecache.cache.get("fake"), linecache.cache.get("fake2"))
linecache.checkcache("not cached")
print(linecache.updatecache("fake"), "fake" in linecache.cache)
linecache.clearcache()
print(linecache.cache, linecache.__all__)
shutil.rmtree(work)
print(os.path.exists(work))
