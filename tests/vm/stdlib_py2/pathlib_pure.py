# pathlib's pure paths: parsing, components, derived paths, comparisons.
import pathlib
from pathlib import PurePath, PurePosixPath, Path, PosixPath

for s in ['', '.', 'a', 'a/b/', '/a/./b//c', '//a/b', '///a', 'a/../b', '/', '~/x.tar.gz', '.bashrc', 'x.']:
    p = PurePath(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.name), repr(p.stem), repr(p.suffix),
          p.suffixes, repr(p.anchor), repr(p.root), repr(p.drive), p.is_absolute())

p = PurePosixPath('/usr/lib/python3.11/os.tar.gz')
print(p.parent, p.parent.parent, PurePath('/').parent, PurePath('.').parent, PurePath('a').parent)
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], p.parents[::-2])
print(repr(p.parents))
try:
    p.parents[4]
except IndexError as e:
    print('IndexError', e)
print(p.with_name('x.py'), p.with_suffix('.bz2'), p.with_suffix(''), p.with_stem('q'))
print(PurePath('a/b').with_suffix('.c'), PurePath('a/b.c.d').with_stem('e'))
for bad in [lambda: PurePath('/').with_name('x'), lambda: p.with_name(''), lambda: p.with_name('a/b'),
            lambda: p.with_name('.'), lambda: p.with_suffix('txt'), lambda: p.with_suffix('.'),
            lambda: p.with_suffix('./x'), lambda: PurePath('').with_suffix('.x')]:
    try:
        print(bad())
    except ValueError as e:
        print('ValueError', e)

print(p.relative_to('/usr'), p.relative_to('/usr', 'lib'), p.relative_to(p), PurePath('a/b').relative_to(''))
for a, b in [('/a/b', '/c'), ('a/b', '/a'), ('/a', ''), ('a', 'a/b')]:
    try:
        PurePath(a).relative_to(b)
    except ValueError as e:
        print('ValueError', e)
print(p.is_relative_to('/usr'), p.is_relative_to('usr'), PurePath('a/b').is_relative_to('a'))
try:
    p.relative_to()
except TypeError as e:
    print('TypeError', e)

print(PurePath('a') / 'b' / PurePath('c'), 'x' / PurePath('y'), PurePath('a') / '/etc', PurePath('a').joinpath('b', 'c', '/d', 'e'))
print(PurePath('a', 'b', PurePath('c/d')), PurePath(PurePath('/x'), 'y'))
try:
    PurePath('a') / 5
except TypeError as e:
    print('TypeError', e)
try:
    PurePath(b'a')
except TypeError as e:
    print('TypeError', e)

for pat in ['*.gz', 'os.*', '/*.gz', '*/*.gz', 'python3.11/*', '/usr/lib/*/*.gz', '*/lib', 'lib/*/*.gz', '**/*.gz', 'OS.tar.gz']:
    print(pat, p.match(pat))
print(PurePath('/a').match('*/a'), PurePath('a/b').match('*/a/b'))
try:
    p.match('')
except ValueError as e:
    print('ValueError', e)

a, b, c = PurePath('a/b'), PurePath('a/b/'), PurePath('a/c')
print(a == b, a != c, a < c, c > a, a <= b, c >= a, hash(a) == hash(b), a == 'a/b')
print(sorted([PurePath('b'), PurePath('/z'), PurePath('a/b'), PurePath('a'), PurePath('/')]))
print(len({PurePath('x/y'), PurePath('x//y'), PurePath('x/./y')}), PurePath('a') == Path('a'))
try:
    PurePath('a') < 'b'
except TypeError as e:
    print('TypeError', e)

print(p.as_posix(), bytes(p), p.__fspath__(), p.is_reserved(), type(PurePath('x')).__name__, type(Path('x')).__name__)
print(isinstance(Path('x'), PurePath), isinstance(Path('x'), PosixPath), issubclass(PosixPath, PurePosixPath))
import os, pickle, copy
print(os.fspath(p), os.path.join(PurePath('a'), 'b'), pickle.loads(pickle.dumps(p)) == p, copy.copy(Path('q')))


class MyPath(PosixPath):
    def shout(self):
        return str(self).upper()


m = MyPath('a', 'b')
print(repr(m), repr(m / 'c'), repr(m.parent), (m / 'c').shout(), repr(m.with_suffix('.x')))
try:
    pathlib.WindowsPath('a')
except NotImplementedError as e:
    print('NotImplementedError', e)
