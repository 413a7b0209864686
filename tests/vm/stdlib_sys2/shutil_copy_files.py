# shutil's file copies: copyfile/copy/copy2/copymode/copystat/copyfileobj and their errors.
import io
import os
import shutil
import tempfile

work = tempfile.mkdtemp()
os.chdir(work)


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        extra = exc.args if isinstance(exc, shutil.Error) else ''
        print(label, '->', type(exc).__name__, exc, extra)
    else:
        print(label, '->', repr(result))


with open('a', 'w') as f:
    f.write('hello world')
os.chmod('a', 0o640)
os.utime('a', ns=(1_000_000_000_123, 2_000_000_000_456))
os.mkdir('d')
os.symlink('a', 'la')
os.mkfifo('fifo')
attempt('same', lambda: shutil.copyfile('a', 'a'))
attempt('same via link', lambda: shutil.copyfile('a', 'la'))
attempt('onto dir', lambda: shutil.copyfile('a', 'd'))
attempt('from dir', lambda: shutil.copyfile('d', 'x'))
attempt('missing', lambda: shutil.copyfile('nope', 'x'))
attempt('fifo src', lambda: shutil.copyfile('fifo', 'x'))
attempt('fifo dst', lambda: shutil.copyfile('a', 'fifo'))
attempt('no parent', lambda: shutil.copyfile('a', 'nodir/x'))
attempt('None dst', lambda: shutil.copyfile('a', None))
attempt('link kept', lambda: shutil.copyfile('la', 'lb', follow_symlinks=False))
print(os.path.islink('lb'), os.readlink('lb'))
attempt('link followed', lambda: shutil.copyfile('la', 'lc'))
print(os.path.islink('lc'), open('lc').read(), oct(os.stat('lc').st_mode & 0o777))
attempt('copy into dir', lambda: shutil.copy('a', 'd'))
st = os.stat('d/a')
print(oct(st.st_mode & 0o777), st.st_mtime_ns == 2_000_000_000_456)
attempt('copy2 into dir/', lambda: shutil.copy2('a', 'd/'))
st = os.stat('d/a')
print(oct(st.st_mode & 0o777), st.st_atime_ns == os.stat("a").st_atime_ns, st.st_mtime_ns)
attempt('bytes', lambda: shutil.copy(b'a', b'd'))
attempt('copy2 link', lambda: shutil.copy2('la', 'd/lx', follow_symlinks=False))
print(os.path.islink('d/lx'))
attempt('copymode links', lambda: shutil.copymode('la', 'd/lx', follow_symlinks=False))
attempt('copystat links', lambda: shutil.copystat('la', 'd/lx', follow_symlinks=False))
attempt('copymode missing dst', lambda: shutil.copymode('a', 'nope'))
attempt('copymode missing src', lambda: shutil.copymode('nope', 'a'))
attempt('copystat missing src', lambda: shutil.copystat('nope', 'a'))
with open('b', 'w') as f:
    f.write('b')
os.chmod('b', 0o600)
shutil.copymode('a', 'b')
print(oct(os.stat('b').st_mode & 0o777), os.stat('b').st_mtime_ns == 2_000_000_000_456)
os.chmod('b', 0o604)
shutil.copystat('a', 'b')
print(oct(os.stat('b').st_mode & 0o777), os.stat('b').st_mtime_ns, open('b').read())
attempt('copy missing', lambda: shutil.copy('nope', 'd'))
attempt('copy dir', lambda: shutil.copy('d', 'e'))

src = io.BytesIO(b'abc' * 10)
out = io.BytesIO()
print(shutil.copyfileobj(src, out, 7), out.getvalue())
src, out = io.StringIO('text'), io.StringIO()
shutil.copyfileobj(src, out, -1)
print(out.getvalue())


class Recorder:
    def __init__(self):
        self.sizes = []

    def read(self, n):
        self.sizes.append(n)
        return b'' if len(self.sizes) > 2 else b'xy'


for length in (0, 5):
    r, out = Recorder(), io.BytesIO()
    shutil.copyfileobj(r, out, length)
    print(length, r.sizes, out.getvalue())
print(shutil.COPY_BUFSIZE, issubclass(shutil.SameFileError, shutil.Error),
      issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.RegistryError, OSError))
os.chdir('/')
shutil.rmtree(work)
print(os.path.exists(work))
