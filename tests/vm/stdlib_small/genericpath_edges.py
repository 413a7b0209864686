# genericpath through os.path: predicates on odd arguments, commonprefix, splitext
# corner cases and the argument-type errors os.path.join raises.
import os
import os.path
import tempfile

for name in ('exists', 'isfile', 'isdir'):
    fn = getattr(os.path, name)
    print(name, fn('/'), fn('/no/such/file'), fn('bad\0path'), fn(b'/'), fn(10 ** 6))
    for bad in (3.5, None, [1]):
        try:
            fn(bad)
        except TypeError as e:
            print(' ', e)
try:
    os.path.getsize('/no/such/file')
except FileNotFoundError as e:
    print('getsize', e)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.txt')
    with open(path, 'w') as f:
        f.write('12345')
    print(os.path.getsize(path), os.path.isfile(path), os.path.isdir(d))
    print(os.path.getmtime(path) == os.stat(path).st_mtime,
          os.path.getatime(path) == os.stat(path).st_atime,
          os.path.getctime(path) == os.stat(path).st_ctime)
    os.symlink(path, os.path.join(d, 'link'))
    os.symlink(os.path.join(d, 'gone'), os.path.join(d, 'dangling'))
    print(os.path.samefile(path, os.path.join(d, 'link')), os.path.exists(os.path.join(d, 'dangling')),
          os.path.lexists(os.path.join(d, 'dangling')))
    with open(path) as a, open(os.path.join(d, 'link')) as b:
        print(os.path.sameopenfile(a.fileno(), b.fileno()))
    print(os.path.samestat(os.stat(d), os.stat(d + '/.')), os.path.samestat(os.stat(d), os.stat(path)))

print(repr(os.path.commonprefix([])), repr(os.path.commonprefix('abc')), os.path.commonprefix(['/usr/lib', '/usr/local']),
      os.path.commonprefix([['a', 'b'], ['a', 'c']]), os.path.commonprefix((b'ab', b'ac')),
      os.path.commonprefix([(1, 2, 3), (1, 2), (1, 2, 4)]))


class Path:
    def __fspath__(self):
        return '/srv/data'


print(os.path.commonprefix([Path(), '/srv/dump']))
try:
    os.path.commonprefix(['a', b'a'])
except TypeError as e:
    print('commonprefix', e)
for p in ('a/b.tar.gz', '.bashrc', 'a/..b', 'a.b/c', '..', 'x.', '/a/.b.c', '', 'a...b', b'x.y', b'.x'):
    print(repr(p), os.path.splitext(p))
for args in (('a', 3), ('a', b'b'), (3, 'a', b'b'), (b'a', 'b')):
    try:
        os.path.join(*args)
    except TypeError as e:
        print('join', e, e.__suppress_context__)
try:
    os.path.relpath(b'a', 'b')
except TypeError as e:
    print('relpath', e)
