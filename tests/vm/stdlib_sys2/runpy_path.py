# runpy.run_path: scripts, directories and zip archives with a __main__.py
import os
import runpy
import sys
import tempfile
import zipfile

path0, argv0 = sys.path[0], sys.argv[0]
g = runpy.run_path("runpy_data/loose/script.txt", init_globals={"extra": 7})
print(g["__name__"], g["extra"], g["where"](), g["__file__"])
print([k for k in g if k.startswith("__") and k != "__builtins__"])
g = runpy.run_path("runpy_data/loose/script.txt", run_name="pkg.sub.script")
print(g["__package__"], g["__name__"], "pkg.sub.script" in sys.modules)
g = runpy.run_path(b"runpy_data/loose/script.txt")
print(g["__file__"], g["where"]())
print(sys.path[0] == path0, sys.argv[0] == argv0)

g = runpy.run_path("runpy_data/script_dir", init_globals={"extra": 8})
print(g["__name__"], g["extra"], g["__spec__"].name, repr(g["__package__"]))
print(sys.path[0] == path0, sys.argv[0] == argv0, "helper_in_dir" in sys.modules)
g = runpy.run_path("runpy_data/app", run_name="__main__")
print(g["__name__"])

with tempfile.TemporaryDirectory() as tmp:
    archive = os.path.join(tmp, "bundle.zip")
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("__main__.py", "import sys\nanswer = 6 * 7\nseen_path0 = sys.path[0]\n"
                                  "seen_argv0 = sys.argv[0]\n")
    g = runpy.run_path(archive, run_name="zipped")
    print(g["answer"], g["__name__"], g["__spec__"].name, repr(g["__package__"]))
    print(g["__file__"] == os.path.join(archive, "__main__.py"),
          g["seen_path0"] == archive, g["seen_argv0"] == archive, sys.path[0] == path0)
    empty = os.path.join(tmp, "empty.zip")
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("other.py", "")
    try:
        runpy.run_path(empty)
    except ImportError as e:
        print(str(e) == "can't find '__main__' module in %r" % empty)

for bad in ["runpy_data/nomain", "runpy_data/mainpkg", "runpy_data"]:
    try:
        runpy.run_path(bad)
    except ImportError as e:
        print(type(e).__name__, e)
print(sys.path[0] == path0)
try:
    runpy.run_path("/no/such/file.py")
except OSError as e:
    print(type(e).__name__, e)
try:
    runpy.run_path(3)
except TypeError as e:
    print("TypeError", e)
try:
    runpy.run_path("runpy_data/loose/broken.txt")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno)
