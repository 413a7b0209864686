# glob: components, hidden names, '**' with and without recursive, trailing separators,
# root_dir, bytes, escape/has_magic, glob0/glob1, and how often '**/**' repeats a path.
import collections
import glob
import os
import shutil
import tempfile

work = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(work)
for d in ("a/b/c", "a/.hid", "d"):
    os.makedirs(d)
for f in ("a/x.txt", "a/b/y.txt", "a/b/c/z.py", "a/.hid/h.txt", "a/.dot.txt", "top.txt",
          "d/e.py", "[x].txt"):
    open(f, "w").close()
os.symlink("a", "link")
os.symlink("nowhere", "broken")

def show(pattern, **kw):
    print(repr(pattern), kw or "", sorted(glob.glob(pattern, **kw)))

show("*")
show("*/")
show("**")
show("**", recursive=True)
show("**", recursive=True, include_hidden=True)
show("a/**", recursive=True)
show("a/**/", recursive=True)
show("**/", recursive=True)
show("a/**/*.txt", recursive=True)
show("**/*.py", recursive=True)
show("a/**/b", recursive=True)
show("a/**/c/**", recursive=True)
show("a**", recursive=True)
show("**.txt", recursive=True)
show("a/*")
show("a/.*")
show("a/*", include_hidden=True)
show("**/.*", recursive=True)
show("a/.hid/*")
show("*/*/")
show("a/*/*")
show("?/*.txt")
show("[a-d]")
show("[!a]*")
show("broken")
show("broken/")
show("link/")
show("top.txt/")
show("top.txt/*")
show("nonexist/*")
show("a//*")
show("a/./*.txt")
show("a/b/../x.txt")
show("")
show("[x].txt")
show(glob.escape("[x].txt"))
print(sorted(p.replace(work, "<work>") for p in glob.glob(os.path.join(work, "a/b/*"))))
show(b"a/*")
show(b"**", recursive=True)
show("*", root_dir="a")
show("**", root_dir="a", recursive=True)
show("b/*", root_dir="a")
show("x.txt", root_dir="a")
show("", root_dir="a")
show("a", root_dir="a")
show(b"*", root_dir=b"a")
for pattern in ("**/**", "a/**/**", "**/*/", "**/b/**"):
    print(pattern, sorted(collections.Counter(glob.glob(pattern, recursive=True)).items()))
it = glob.iglob("a/**", recursive=True)
print(type(it).__name__, next(it))
print(glob.escape("a*b?[c]//x"), glob.escape("c:?x"), glob.escape(b"a*[b]"), glob.escape(""))
print(glob.has_magic("a[b"), glob.has_magic(b"x?"), glob.has_magic("x"), glob.has_magic(b"]"))
print(glob.glob0("a", "x.txt"), glob.glob0("a", ""), glob.glob0("a", "q"), glob.glob0("top.txt", ""))
print(sorted(glob.glob1("a", "*")), sorted(glob.glob1("a", ".*")), glob.glob1("nope", "*"))
print(glob.__all__, glob.magic_check.pattern, glob.magic_check_bytes.pattern)
os.chdir(old_cwd)
shutil.rmtree(work)
