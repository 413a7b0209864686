# pathlib's concrete paths against a temporary directory (names printed relative).
import os
import tempfile
from pathlib import Path

tmp = tempfile.mkdtemp()
base = Path(tmp)
print(base.is_dir(), base.is_absolute(), base.exists(), base.is_file(), base.is_symlink())

d = base / 'd'
d.mkdir()
try:
    d.mkdir()
except FileExistsError as e:
    print('FileExistsError', e.errno, Path(e.filename).name)
d.mkdir(exist_ok=True)
(base / 'x' / 'y' / 'z').mkdir(parents=True)
try:
    (base / 'p' / 'q').mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)

f = d / 'hello.txt'
print(f.write_text('héllo\nworld\n', encoding='utf-8'), f.read_text(encoding='utf-8').splitlines())
print(f.read_bytes()[:6], f.stat().st_size, f.is_file(), f.is_dir(), f.exists())
print((d / 'data.bin').write_bytes(b'\x00\x01\x02'), (d / 'data.bin').read_bytes())
print((d / 'arr.bin').write_bytes(bytearray(b'xyz')), (d / 'arr.bin').read_bytes())
try:
    f.write_text(b'bytes')
except TypeError as e:
    print('TypeError', e)
with f.open('a', encoding='utf-8') as fh:
    fh.write('more\n')
with f.open(encoding='utf-8') as fh:
    print(fh.readlines())

(d / 'empty').touch()
(d / 'empty').touch()
try:
    (d / 'empty').touch(exist_ok=False)
except FileExistsError as e:
    print('FileExistsError', e.errno)
(d / 'sub').mkdir()
(d / 'sub' / 'deep.py').write_text('pass\n')
(d / 'sub' / '.hidden.py').write_text('pass\n')
(d / 'top.py').write_text('pass\n')

rel = lambda paths: sorted(str(p.relative_to(base)) for p in paths)
print(rel(d.iterdir()))
print(rel(d.glob('*.py')), rel(d.glob('*')), rel(d.glob('s*/*')))
print(rel(d.glob('**/*.py')), rel(d.rglob('*.py')), rel(d.glob('**')))
print(rel(base.glob('*/sub/deep.py')), rel(base.glob('d/top.py')), rel(base.glob('d/nope.py')), rel(f.glob('*')))
print(rel(base.rglob('z')), rel(d.glob('[de]*')), rel(d.glob('?op.py')))
for bad in ['', '/abs', 'a**b/c']:
    try:
        list(d.glob(bad))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)

link = d / 'link.txt'
link.symlink_to('hello.txt')
print(link.is_symlink(), link.is_file(), link.readlink(), link.resolve() == f.resolve(), link.samefile(f), link.samefile(str(f)))
print(link.lstat().st_size == len('hello.txt'), link.stat().st_size == f.stat().st_size)
broken = d / 'broken'
broken.symlink_to('nowhere')
print(broken.exists(), broken.is_symlink(), broken.is_file())
print(f.resolve().relative_to(base.resolve()), (d / '..' / 'd' / '.' / 'top.py').resolve().name)

moved = f.rename(d / 'renamed.txt')
print(repr(moved.relative_to(base)), f.exists(), moved.exists())
(d / 'other').write_text('other')
r = (d / 'other').replace(moved)
print(r.name, moved.read_text())
f.chmod(0o600) if f.exists() else moved.chmod(0o640)
print(oct(moved.stat().st_mode & 0o777))

cwd = os.getcwd()
os.chdir(base)
print(Path.cwd() == base.resolve(), Path('d').absolute() == Path.cwd() / 'd', Path('d/sub').resolve().name)
os.chdir(cwd)
print(Path('/').absolute(), Path('~').expanduser() == Path.home(), Path('a/~').expanduser())

(d / 'empty').unlink()
(d / 'empty').unlink(missing_ok=True)
try:
    (d / 'empty').unlink()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)
try:
    d.rmdir()
except OSError as e:
    print(type(e).__name__, e.errno)
(base / 'x' / 'y' / 'z').rmdir()
print(rel(base.iterdir()), (base / 'x' / 'y' / 'z').exists())
with open(Path(d, 'top.py')) as fh:
    print(repr(fh.read()))
import shutil
shutil.rmtree(base)
print(base.exists())
