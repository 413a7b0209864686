# os.scandir (DirEntry) and os.walk over a scratch tree.
import os
base = '_scratch_scandir_walk'
def rmtree(p):
    for root, dirs, files in os.walk(p, topdown=False):
        for f in files: os.remove(os.path.join(root, f))
        for d in dirs:
            full = os.path.join(root, d)
            if os.path.islink(full): os.remove(full)
            else: os.rmdir(full)
    os.rmdir(p)
if os.path.exists(base): rmtree(base)
os.makedirs(os.path.join(base, 'd1', 'd11'))
os.makedirs(os.path.join(base, 'd2'))
for p in ('f1.txt', 'd1/f2.txt', 'd1/d11/f3.py', 'd2/f4'):
    with open(os.path.join(base, p), 'w') as f: f.write(p)
os.symlink('d2', os.path.join(base, 'ld2'))
os.symlink('f1.txt', os.path.join(base, 'lf1'))
os.symlink('nowhere', os.path.join(base, 'broken'))
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False),
          type(e.inode()).__name__, e.inode() == os.lstat(e.path).st_ino, os.fspath(e) == e.path)
e = [x for x in entries if x.name == 'f1.txt'][0]
print(e.stat().st_size, e.stat(follow_symlinks=False).st_size, isinstance(e, os.PathLike), type(e).__name__)
print(os.path.join(base, e) if False else os.path.getsize(e))
b = sorted(os.scandir(os.fsencode(base)), key=lambda e: e.name)
print([x.name for x in b][:3], b[0].path)
try:
    os.scandir(os.path.join(base, 'missing'))
except FileNotFoundError as ex:
    print('FileNotFoundError', ex)
try:
    [x for x in entries if x.name == 'broken'][0].stat()
except FileNotFoundError as ex:
    print('FileNotFoundError', ex.filename == os.path.join(base, 'broken'))
it = os.scandir(base)
next(it)
it.close()
print(list(it))
old = os.getcwd()
os.chdir(base)
print(sorted(e.path for e in os.scandir()))
os.chdir(old)
for root, dirs, files in os.walk(base):
    print(root, sorted(dirs), sorted(files))
print('--- bottom-up')
for root, dirs, files in os.walk(base, topdown=False):
    print(root, sorted(dirs), sorted(files))
print('--- pruned, followlinks')
for root, dirs, files in os.walk(base, followlinks=True):
    dirs[:] = sorted(d for d in dirs if d != 'd1')
    print(root, dirs, sorted(files))
errs = []
print(list(os.walk(os.path.join(base, 'missing'), onerror=errs.append)), [type(x).__name__ for x in errs])
print(list(os.walk(os.fsencode(os.path.join(base, 'd2')))))
rmtree(base)
print(os.path.exists(base))
