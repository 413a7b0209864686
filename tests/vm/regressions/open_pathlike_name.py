# open() of a path-like object names the file by its fspath (in .name and in errors);
# io.FileIO keeps the object it was given
import io, os, pathlib, tempfile

tmp = tempfile.mkdtemp()
path = pathlib.Path(tmp, "file.txt")
path.write_text("text")
with open(path) as f:
    print(type(f.name).__name__, f.name == str(path), f.read())
with path.open("rb") as f:
    print(type(f.name).__name__)
with io.FileIO(path) as f:
    print(type(f.name).__name__)
class Named:
    def __fspath__(self):
        return str(path)
with open(Named()) as f:
    print(type(f.name).__name__)
try:
    pathlib.Path(tmp, "missing").open()
except FileNotFoundError as e:
    print(type(e.filename).__name__, e.filename == os.path.join(tmp, "missing"), e.strerror)
for bad in (None, 1.5, [1]):
    try:
        open(bad)
    except TypeError as e:
        print("TypeError", e)
os.remove(path)
os.rmdir(tmp)
