# zipfile: writing stored and deflated members, reading back, appending, extracting, errors.
import hashlib
import io
import os
import shutil
import tempfile
import zipfile
from zipfile import ZipFile, ZipInfo

FIXED = (2024, 5, 17, 12, 30, 44)


def info(name, compress=zipfile.ZIP_STORED):
    zi = ZipInfo(name, FIXED)
    zi.compress_type = compress
    zi.external_attr = 0o644 << 16
    return zi


buf = io.BytesIO()
with ZipFile(buf, 'w') as zf:
    zf.writestr(info('hello.txt'), 'Hello, world!\n')
    zf.writestr(info('data/deflated.bin', zipfile.ZIP_DEFLATED), b'abc' * 1000)
    zf.writestr(info('data/level1.txt'), 'x' * 500, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
    zf.writestr(info('ünïcode.txt'), 'ü')
    zf.mkdir('emptydir')
    with zf.open(info('streamed.txt', zipfile.ZIP_DEFLATED), 'w') as w:
        print(w.write(b'line one\n'), w.write(bytearray(b'line two\n')), w.writable())
    zf.comment = b'archive comment'
    print(repr(zf).startswith('<zipfile.ZipFile file=<_io.BytesIO'), zf.namelist())
data = buf.getvalue()
print(len(data), hashlib.sha256(data).hexdigest())
print(zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b'not a zip' * 10)))

with ZipFile(io.BytesIO(data)) as zf:
    print(zf.namelist(), zf.comment)
    for zi in zf.infolist():
        print(repr(zi), zi.date_time, zi.CRC, zi.compress_size, zi.file_size, zi.header_offset, zi.is_dir(), zi.flag_bits, zi.create_version, zi.extract_version)
    print(zf.read('hello.txt'), len(zf.read('data/deflated.bin')), zf.read('ünïcode.txt').decode(), zf.read('emptydir/'))
    with zf.open('streamed.txt') as f:
        print(f.readline(), f.read(4), f.tell(), f.seek(0), list(f), f.readable(), f.seekable())
    with zf.open(zf.getinfo('hello.txt')) as f:
        print(io.TextIOWrapper(f, encoding='utf-8').read().strip())
    out = io.StringIO()
    zf.printdir(file=out)
    print(out.getvalue(), end='')
    print(zf.testzip())
    for bad in [lambda: zf.getinfo('nope'), lambda: zf.read('nope'), lambda: zf.open('hello.txt', 'a'),
                lambda: zf.writestr('x', 'y'), lambda: zf.open('hello.txt', 'w', pwd=b'p')]:
        try:
            bad()
        except (KeyError, ValueError) as e:
            print(type(e).__name__, e)

corrupt = bytearray(data)
corrupt[data.index(b'Hello, world')] ^= 0x20
with ZipFile(io.BytesIO(bytes(corrupt))) as zf:
    print(zf.testzip())
    try:
        zf.read('hello.txt')
    except zipfile.BadZipFile as e:
        print('BadZipFile', e)

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'a.zip')
src = os.path.join(tmp, 'src')
os.makedirs(os.path.join(src, 'sub'))
with open(os.path.join(src, 'sub', 'f.txt'), 'w') as f:
    f.write('file contents\n')
with ZipFile(path, 'w', compression=zipfile.ZIP_DEFLATED) as zf:
    zf.write(os.path.join(src, 'sub', 'f.txt'), arcname='sub/f.txt')
    zf.write(os.path.join(src, 'sub'), arcname='subdir')
    zf.writestr('auto.txt', 'auto')
    print(repr(zf) == '<zipfile.ZipFile filename=%r mode=%r>' % (path, 'w'))
with ZipFile(path, 'a') as zf:
    zf.writestr(info('appended.txt'), 'more')
    print(zf.namelist())
with ZipFile(path) as zf:
    print(zf.namelist(), [repr(zi) for zi in zf.infolist()][:2], zf.getinfo('auto.txt').external_attr >> 16 == 0o600)
    print(os.path.relpath(zf.extract('sub/f.txt', os.path.join(tmp, 'out')), tmp))
    zf.extractall(os.path.join(tmp, 'all'))
    print(sorted(os.path.relpath(os.path.join(d, n), tmp) for d, ds, fs in os.walk(os.path.join(tmp, 'all')) for n in ds + fs))
print(repr(ZipFile(path)).endswith("mode='r'>"), zipfile.is_zipfile(path), zipfile.is_zipfile(os.path.join(src, 'sub', 'f.txt')))
evil = io.BytesIO()
with ZipFile(evil, 'w') as zf:
    zf.writestr(info('../../escape.txt'), 'x')
    zf.writestr(info('/abs/path.txt'), 'y')
with ZipFile(evil) as zf:
    zf.extractall(os.path.join(tmp, 'safe'))
print(sorted(os.path.relpath(os.path.join(d, n), tmp) for d, ds, fs in os.walk(os.path.join(tmp, 'safe')) for n in ds + fs))

for bad in [lambda: ZipFile(io.BytesIO(b'x' * 100)), lambda: ZipFile(io.BytesIO(), 'q'), lambda: ZipFile(path, 'x'),
            lambda: ZipFile(io.BytesIO(), 'w', compression=99),
            lambda: ZipInfo('old', (1979, 1, 1, 0, 0, 0)), lambda: ZipFile(io.BytesIO(), 'w', metadata_encoding='utf-8')]:
    try:
        bad()
    except (zipfile.BadZipFile, ValueError, RuntimeError, NotImplementedError) as e:
        print(type(e).__name__, e)
    except FileExistsError as e:
        print('FileExistsError', e.errno, os.path.basename(e.filename))
zf = ZipFile(io.BytesIO(), 'w')
w = zf.open('a', 'w')
zf2 = ZipFile(io.BytesIO(), 'w')
with zf2.open('a', 'w'):
    try:
        zf2.write(__file__)
    except ValueError as e:
        print('ValueError', e)
zf2.close()
for bad in [lambda: zf.writestr('b', 'c'), lambda: zf.open('c', 'w'), lambda: zf.close()]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
w.close()
zf.close()
print(repr(zf), zf.fp)
try:
    zf.writestr('late', 'x')
except ValueError as e:
    print('ValueError', e)
zi = ZipInfo('name\0junk', FIXED)
print(zi.filename, zi.orig_filename, zi.compress_type, zi.create_system, repr(ZipInfo()), repr(ZipInfo('d/')), zipfile.BadZipfile is zipfile.BadZipFile)
print(repr(ZipInfo.from_file(os.path.join(src, 'sub'), 'x')).replace(oct(os.stat(os.path.join(src, 'sub')).st_mode & 0o777)[2:], 'MODE')[:40])
shutil.rmtree(tmp)


class Unseekable:
    def __init__(self):
        self.chunks = []

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

    def flush(self):
        pass


u = Unseekable()
with ZipFile(u, 'w', compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(info('s.txt', zipfile.ZIP_DEFLATED), 'streamed ' * 20)
    zf.writestr(info('t.txt'), 'plain')
raw = b''.join(u.chunks)
print(len(raw), hashlib.sha256(raw).hexdigest())
with ZipFile(io.BytesIO(raw)) as zf:
    print([(zi.filename, zi.flag_bits, zi.file_size) for zi in zf.infolist()], zf.read('s.txt')[:9])
