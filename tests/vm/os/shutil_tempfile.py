# shutil (copy, copytree, rmtree, move, which, disk_usage) and tempfile.
import os, shutil, stat, tempfile
base = '_scratch_shutil_tempfile'
if os.path.exists(base):
    shutil.rmtree(base)
os.makedirs(os.path.join(base, 'src', 'sub'))
def write(p, data):
    with open(os.path.join(base, p), 'w') as f:
        f.write(data)
write('src/a.txt', 'alpha')
write('src/b.log', 'beta')
write('src/sub/c.txt', 'gamma')
os.chmod(os.path.join(base, 'src', 'a.txt'), 0o600)
j = lambda *a: os.path.join(base, *a)
print(shutil.copyfile(j('src/a.txt'), j('copy1.txt')) == j('copy1.txt'), open(j('copy1.txt')).read())
print(oct(stat.S_IMODE(os.stat(j('copy1.txt')).st_mode)) != '0o600' or True)
print(shutil.copy(j('src/a.txt'), j('src/sub')) == j('src/sub/a.txt'), oct(stat.S_IMODE(os.stat(j('src/sub/a.txt')).st_mode)))
os.utime(j('src/a.txt'), (1000000000, 1100000000))
shutil.copy2(j('src/a.txt'), j('copy2.txt'))
print(os.stat(j('copy2.txt')).st_mtime, oct(stat.S_IMODE(os.stat(j('copy2.txt')).st_mode)))
try:
    shutil.copyfile(j('copy1.txt'), j('copy1.txt'))
except shutil.SameFileError as e:
    print('SameFileError', isinstance(e, OSError), str(e) == "{!r} and {!r} are the same file".format(j('copy1.txt'), j('copy1.txt')))
try:
    shutil.copyfile(j('missing'), j('x'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename == j('missing'))
shutil.copytree(j('src'), j('dst'), ignore=shutil.ignore_patterns('*.log'))
print(sorted((os.path.relpath(r, base), sorted(d), sorted(f)) for r, d, f in os.walk(j('dst'))))
try:
    shutil.copytree(j('src'), j('dst'))
except FileExistsError as e:
    print('FileExistsError', e.filename == j('dst'))
shutil.copytree(j('src'), j('dst'), dirs_exist_ok=True)
print(sorted(os.listdir(j('dst'))))
print(shutil.move(j('copy1.txt'), j('moved.txt')) == j('moved.txt'), os.path.exists(j('copy1.txt')))
print(shutil.move(j('moved.txt'), j('dst')) == j('dst', 'moved.txt'))
shutil.move(j('dst'), j('dst2'))
print(sorted(os.listdir(base)))
shutil.rmtree(j('dst2'))
print(os.path.exists(j('dst2')))
try:
    shutil.rmtree(j('nope'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename == j('nope'))
shutil.rmtree(j('nope'), ignore_errors=True)
seen = []
shutil.rmtree(j('nope'), onerror=lambda f, p, ei: seen.append((p == j('nope'), ei[0].__name__)))
print(seen)
print(shutil.which('sh') is not None, shutil.which('no-such-program-xyz'), shutil.which('sh', path=''), shutil.which('sh', path='/nonexistent'))
u = shutil.disk_usage('.')
print(type(u).__name__, u.total >= u.used, u.free <= u.total, len(u))
print(type(shutil.get_terminal_size()).__name__, shutil.get_terminal_size((100, 30)).columns > 0)
# tempfile
d = tempfile.mkdtemp(prefix='pre_', suffix='_suf', dir=base)
print(os.path.isdir(d), os.path.basename(d).startswith('pre_'), d.endswith('_suf'), os.path.isabs(d))
print(oct(stat.S_IMODE(os.stat(d).st_mode)))
fd, name = tempfile.mkstemp(suffix='.dat', dir=d)
print(type(fd), name.endswith('.dat'), os.path.dirname(name) == d, oct(stat.S_IMODE(os.stat(name).st_mode)))
os.write(fd, b'xyz'); os.close(fd)
print(open(name, 'rb').read())
with tempfile.NamedTemporaryFile('w+', dir=d, suffix='.txt') as f:
    f.write('text'); f.seek(0)
    print(f.read(), os.path.exists(f.name), f.name.endswith('.txt'))
print(os.path.exists(f.name))
with tempfile.NamedTemporaryFile(dir=d, delete=False) as f:
    f.write(b'keep')
print(os.path.exists(f.name), open(f.name, 'rb').read())
with tempfile.TemporaryFile(dir=d) as f:
    f.write(b'anon'); f.seek(0); print(f.read())
with tempfile.TemporaryDirectory(dir=d) as td:
    open(os.path.join(td, 'x'), 'w').close()
    print(os.listdir(td))
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(dir=d)
print(repr(t).startswith('<TemporaryDirectory '), os.path.isdir(t.name))
t.cleanup()
print(os.path.exists(t.name))
print(type(tempfile.gettempdir()), type(tempfile.gettempdirb()), tempfile.gettempprefix(), os.path.isdir(tempfile.gettempdir()))
print(type(tempfile.mkdtemp(dir=os.fsencode(d))))
with tempfile.SpooledTemporaryFile(max_size=10) as s:
    s.write(b'small'); s.seek(0); print(s.read())
shutil.rmtree(base)
print(os.path.exists(base))
