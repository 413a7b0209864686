# shutil.make_archive / unpack_archive with the zip format, and the format registries.
import os
import shutil
import tempfile
import zipfile

tmp = tempfile.mkdtemp()
root = os.path.join(tmp, 'root')
os.makedirs(os.path.join(root, 'pkg', 'sub'))
os.makedirs(os.path.join(root, 'pkg', 'empty'))
for rel, text in [('pkg/a.txt', 'A'), ('pkg/sub/b.txt', 'B' * 100), ('top.txt', 'T')]:
    with open(os.path.join(root, rel), 'w') as f:
        f.write(text)

name = shutil.make_archive(os.path.join(tmp, 'out', 'arch'), 'zip', root_dir=root)
print(os.path.relpath(name, tmp))
with zipfile.ZipFile(name) as zf:
    print(sorted(zf.namelist()), zf.getinfo('pkg/sub/b.txt').compress_type)
name2 = shutil.make_archive(os.path.join(tmp, 'only_pkg'), 'zip', root_dir=root, base_dir='pkg')
with zipfile.ZipFile(name2) as zf:
    print(sorted(zf.namelist()))
cwd = os.getcwd()
os.chdir(root)
name3 = shutil.make_archive(os.path.join(tmp, 'from_cwd'), 'zip')
os.chdir(cwd)
with zipfile.ZipFile(name3) as zf:
    print(sorted(zf.namelist()))
print(shutil.make_archive(os.path.join(tmp, 'dry'), 'zip', root_dir=root, dry_run=True) == os.path.join(tmp, 'dry.zip'), os.path.exists(os.path.join(tmp, 'dry.zip')))

shutil.unpack_archive(name, os.path.join(tmp, 'unpacked'))
shutil.unpack_archive(name2, os.path.join(tmp, 'unpacked2'), format='zip')
for d in ['unpacked', 'unpacked2']:
    print(sorted(os.path.relpath(os.path.join(p, n), os.path.join(tmp, d)) for p, ds, fs in os.walk(os.path.join(tmp, d)) for n in ds + fs))
print(open(os.path.join(tmp, 'unpacked', 'pkg', 'sub', 'b.txt')).read()[:5])
print(('zip', 'ZIP file') in shutil.get_archive_formats(), [f for f in shutil.get_unpack_formats() if f[0] == 'zip'])

calls = []
shutil.register_archive_format('fake', lambda base, base_dir, **kw: calls.append((os.path.basename(base), base_dir, sorted(kw))) or 'made', [('extra', 1)], 'fake format')
print(shutil.make_archive(os.path.join(tmp, 'f'), 'fake', root_dir=root), calls, ('fake', 'fake format') in shutil.get_archive_formats())
shutil.unregister_archive_format('fake')
shutil.register_unpack_format('fakeu', ['.fk'], lambda f, d: calls.append(('unpack', os.path.basename(f))), description='fk')
shutil.unpack_archive(os.path.join(tmp, 'x.fk'), tmp)
print(calls[-1])
shutil.unregister_unpack_format('fakeu')
for bad in [lambda: shutil.make_archive('x', 'nope'), lambda: shutil.unpack_archive('x.unknown'), lambda: shutil.unpack_archive('x.zip', format='nope'),
            lambda: shutil.unpack_archive(os.path.join(root, 'top.txt'), tmp, format='zip'), lambda: shutil.register_archive_format('x', 5),
            lambda: shutil.register_unpack_format('y', ['.zip'], print), lambda: shutil.make_archive('x', 'zip', root_dir=os.path.join(root, 'top.txt'))]:
    try:
        bad()
    except (ValueError, shutil.ReadError, TypeError, shutil.RegistryError, NotADirectoryError) as e:
        print(type(e).__name__, str(e).replace(tmp, 'TMP'))
shutil.rmtree(tmp)
