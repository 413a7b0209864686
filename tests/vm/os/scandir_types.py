# posix.DirEntry / ScandirIterator details: types, scandir(fd), bytes, caching, stat_result as a tuple.
import os, stat
base = '_scratch_scandir_types'
os.makedirs(os.path.join(base, 'sub'), exist_ok=True)
with open(os.path.join(base, 'file.txt'), 'w') as f:
    f.write('12345')
print(os.DirEntry, type(os.scandir(base)).__name__, os.DirEntry.__module__)
try:
    os.DirEntry()
except TypeError as e:
    print('TypeError', e)
fd = os.open(base, os.O_RDONLY)
print(sorted((e.name, e.path, e.is_dir()) for e in os.scandir(fd)))
print(sorted(os.listdir(fd)))
os.close(fd)
with os.scandir(os.fsencode(base)) as it:
    print(sorted((e.name, e.path, e.is_file()) for e in it))
class P:
    def __fspath__(self): return base
print(sorted(e.path for e in os.scandir(P())))
print(sorted(e.path for e in os.scandir(base + '/')))
e = [x for x in os.scandir(base) if x.name == 'file.txt'][0]
s1 = e.stat()
with open(os.path.join(base, 'file.txt'), 'a') as f:
    f.write('more')
print(s1.st_size, e.stat().st_size, os.stat(e).st_size, e.stat() is e.stat())
try:
    e.name = 'x'
except AttributeError as ex:
    print('AttributeError')
try:
    e.is_dir(True)
except TypeError as ex:
    print('TypeError', ex)
st = os.stat(base)
print(len(st), len(tuple(st)), st[-1] == st[9], st[:3] == (st.st_mode, st.st_ino, st.st_dev), isinstance(st, tuple))
print(type(st.st_atime).__name__, type(st.st_ctime_ns).__name__, type(st.st_blksize).__name__, type(st.st_rdev).__name__)
sr = os.stat_result(tuple(range(10)))
print(sr.st_mode, sr.st_mtime, sr[8], sr.st_size, sr.st_atime_ns)
try:
    os.stat_result((1, 2))
except TypeError as ex:
    print('TypeError', ex)
st.st_mode if True else None
try:
    st.st_mode = 1
except AttributeError:
    print('AttributeError')
os.remove(os.path.join(base, 'file.txt'))
os.rmdir(os.path.join(base, 'sub'))
os.rmdir(base)
print(os.path.exists(base))
