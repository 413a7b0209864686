# posixpath against the file system: realpath through links, loops (strict and not),
# dangling links, '..' after links; islink/lexists/exists/ismount and friends.
import os
import posixpath as p
import shutil
import tempfile

work = p.realpath(tempfile.mkdtemp())
old = os.getcwd()
os.chdir(work)
os.makedirs("d/e")
with open("d/e/f.txt", "w") as f:
    f.write("12345")
os.symlink("loop1", "loop2")
os.symlink("loop2", "loop1")
os.symlink("self", "self")
os.symlink("d/e", "ln")
os.symlink(p.join(work, "d"), "abs")
os.symlink("missing", "dangling")
os.symlink("ln/f.txt", "chain")
os.symlink("../e", "d/up")
os.symlink("loop1/y", "intoloop")

def show(x):
    return repr(x).replace(repr(work)[1:-1], "<work>")

for strict in (False, True):
    for x in ["loop1", "loop1/x", "self", "ln/..", "ln/../e", "dangling", "dangling/x",
              "abs/e", "d/../ln", "nonex/..", "d/e/../../ln", "", b"ln", ".", "chain",
              "d/up/f.txt", "intoloop", "intoloop/z/../w", "ln/f.txt/..", work + "/ln",
              "ln/./f.txt", "//" + work[1:] + "/chain"]:
        try:
            print(strict, show(x), show(p.realpath(x, strict=strict)))
        except OSError as e:
            print(strict, show(x), type(e).__name__, e.errno, show(e.filename))
print(p.realpath("ln") == p.join(work, "d/e"), p.realpath(p.join(work, "..")) == p.dirname(work))
try:
    p.realpath("a\x00")
except ValueError as e:
    print("ValueError", e)

for f in (p.islink, p.lexists, p.exists, p.isdir, p.isfile):
    print(f.__name__, [f(x) for x in ("ln", "dangling", "d", "d/e/f.txt", "nope", "a\x00",
                                       b"chain", "loop1")])
print(p.getsize("chain"), p.getsize(b"d/e/f.txt"), p.samefile("chain", "d/e/f.txt"),
      p.samefile("ln", "d"))
print(p.ismount("/"), p.ismount(b"/"), p.ismount(work), p.ismount("ln"), p.ismount("nope"),
      p.ismount("a\x00"), p.ismount("/proc") == os.path.isdir("/proc"))
print(show(p.abspath("ln/../x")), show(p.abspath(b".")), show(p.relpath(work + "/d/e")))
print(show(p.relpath("d/e", work)), show(p.relpath(work, work + "/d/e")))
os.chdir(old)
shutil.rmtree(work)
print(p.exists(work))
