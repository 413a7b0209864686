# shutil archives: every built-in format (bztar, xztar too), member names with root_dir and
# base_dir, dry runs, the logger, custom formats and the registries' errors.
import logging
import os
import shutil
import sys
import tarfile
import tempfile
import zipfile

work = tempfile.mkdtemp()
os.chdir(work)


class Scrubbed:
    """Log output with the temporary directory's name replaced."""

    def write(self, text):
        sys.stdout.write(text.replace(work, 'W'))

    def flush(self):
        sys.stdout.flush()


logging.basicConfig(level=logging.DEBUG, stream=Scrubbed(), format='%(levelname)s %(message)s')
log = logging.getLogger('arch')


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, '->', type(exc).__name__, str(exc).replace(work, 'W'))
    else:
        print(label, '->', repr(result).replace(work, 'W'))


os.makedirs('root/pkg/sub')
os.makedirs('root/pkg/empty')
for path in ('root/top.txt', 'root/pkg/a.txt', 'root/pkg/sub/b.txt'):
    with open(path, 'w') as f:
        f.write(path * 3)
os.symlink('a.txt', 'root/pkg/lnk')
os.symlink('nowhere', 'root/pkg/dang')


def members(name):
    if name.endswith('.zip'):
        with zipfile.ZipFile(name) as z:
            return sorted((i.filename, i.compress_type, i.file_size) for i in z.infolist())
    with tarfile.open(name) as t:
        return sorted((m.name, m.type.decode(), m.size, m.uname, m.gname) for m in t)


for fmt in ('tar', 'gztar', 'bztar', 'xztar', 'zip'):
    for options in ({'root_dir': 'root'}, {'root_dir': 'root', 'base_dir': 'pkg'},
                    {'base_dir': 'root'}, {'root_dir': 'root', 'base_dir': './pkg/'}):
        name = shutil.make_archive('out/arc', fmt, owner='nobody', group='nogroup', **options)
        print(fmt, options, name.replace(work, 'W'))
        print('  ', members(name))
        target = os.path.join('un', fmt)
        shutil.unpack_archive(name, target)
        print('  ', sorted(os.path.join(p, n)[len(target) + 1:] for p, ds, fs in os.walk(target) for n in ds + fs))
        shutil.rmtree(target)
        os.unlink(name)

print(shutil.make_archive('logged/z', 'zip', 'root', 'pkg/sub', logger=log).replace(work, 'W'))
print(shutil.make_archive('dry/z', 'gztar', 'root', logger=log, dry_run=1).replace(work, 'W'),
      os.path.exists('dry'))
print(shutil.make_archive('logged/t', 'tar', base_dir='root/pkg/sub', logger=log))
attempt('root is a file', lambda: shutil.make_archive('x', 'zip', root_dir='root/top.txt'))
attempt('root missing', lambda: shutil.make_archive('x', 'tar', root_dir='nope'))
attempt('unknown', lambda: shutil.make_archive('x', 'nope'))
print(sorted(os.listdir('.')))


def custom(base_name, base_dir, **kw):
    print('custom', base_name.replace(work, 'W'), base_dir, sorted(kw.items()), os.getcwd().replace(work, 'W'))
    return 'made'


shutil.register_archive_format('cu', custom, [('extra', 1)], 'my format')
attempt('custom', lambda: shutil.make_archive('x', 'cu'))
attempt('custom root', lambda: shutil.make_archive('x', 'cu', 'root', 'b', dry_run=1, logger=log))
attempt('custom missing root', lambda: shutil.make_archive('x', 'cu', 'nope'))
print(shutil.get_archive_formats())
shutil.unregister_archive_format('cu')


def unpacker(*args, **kw):
    print('unpacker', [str(a).replace(work, 'W') for a in args], sorted(kw.items()))


shutil.register_unpack_format('uc', ['.uc', '.u2'], unpacker, [('k', 2)], 'mine')
attempt('unpack custom', lambda: shutil.unpack_archive('a.u2'))
attempt('unpack filter', lambda: shutil.unpack_archive('a.uc', 'dd', filter='data'))
attempt('unpack format', lambda: shutil.unpack_archive('a.bin', 'dd', format='uc'))
attempt('unpack bytes', lambda: shutil.unpack_archive(b'a.uc', 'dd'))
print(shutil.get_unpack_formats())
for label, func in [
        ('not callable', lambda: shutil.register_archive_format('x', 5)),
        ('extra not seq', lambda: shutil.register_archive_format('x', print, 5)),
        ('extra element', lambda: shutil.register_archive_format('x', print, [1])),
        ('extra short', lambda: shutil.register_archive_format('x', print, [('a',)])),
        ('unregister', lambda: shutil.unregister_archive_format('nope')),
        ('unregister unpack', lambda: shutil.unregister_unpack_format('nope')),
        ('taken ext', lambda: shutil.register_unpack_format('y', ['.zip'], 5)),
        ('taken ext2', lambda: shutil.register_unpack_format('y', ['.q', '.tgz'], print)),
        ('not callable unpack', lambda: shutil.register_unpack_format('y', ['.q'], 5)),
        ('same again', lambda: shutil.register_unpack_format('uc', ['.uc'], print)),
        ('unknown unpack', lambda: shutil.unpack_archive('x.unknown')),
        ('unknown format', lambda: shutil.unpack_archive('x.zip', format='nope')),
        ('not zip', lambda: shutil.unpack_archive('root/top.txt', 'o', format='zip')),
        ('not tar', lambda: shutil.unpack_archive('root/top.txt', 'o', format='gztar')),
        ('missing zip', lambda: shutil.unpack_archive('missing.zip', 'o')),
        ('missing tar', lambda: shutil.unpack_archive('missing.tar.xz', 'o'))]:
    attempt(label, func)
with zipfile.ZipFile('evil.zip', 'w') as z:
    for name in ('../up.txt', '/abs.txt', 'ok/a..b.txt', 'ok/fine.txt', 'dir/'):
        z.writestr(name, '' if name.endswith('/') else name)
shutil.unpack_archive('evil.zip', 'ev')
print(sorted(os.path.join(p, n)[3:] for p, ds, fs in os.walk('ev') for n in ds + fs),
      os.path.exists('up.txt'))
os.chdir('/')
shutil.rmtree(work)
