# os.path (posixpath): the pure string functions, with str and bytes.
import os.path as p
import posixpath
print(p is posixpath, p.sep, p.curdir, p.pardir, p.extsep, p.pathsep, p.devnull, p.defpath)
for a in [('a', 'b'), ('a/', 'b'), ('/a', '/b', 'c'), ('', 'x'), ('a', ''), ('a', '', 'b'), (b'x', b'y')]:
    print(a, repr(p.join(*a)))
for s in ['a/b/c', '/a/b/', '/', '//', 'abc', '', 'a//b', '///x//y', b'/u/v']:
    print(repr(s), p.split(s), repr(p.basename(s)), repr(p.dirname(s)), p.splitdrive(s))
for s in ['a.txt', 'a.tar.gz', '.bashrc', '..', 'a/.b', 'a.b/c', 'x.', '...x', '.a.b', b'f.py', 'a/b.c/']:
    print(repr(s), p.splitext(s))
for s in ['', '.', '/', '//', '///', 'a/./b', 'a/../b', '../a', '/../a', 'a/b/../../..', '/a/b/../../..', 'a//b///c/', './', b'/x/./y/../z']:
    print(repr(s), repr(p.normpath(s)))
print(p.isabs('/x'), p.isabs('x'), p.isabs(b'/'), p.isabs(''))
print(p.commonprefix(['/usr/lib', '/usr/local', '/usr/l']), repr(p.commonprefix([])), p.commonprefix([[1, 2], [1, 3]]))
print(p.commonpath(['/usr/lib', '/usr/local/lib']), p.commonpath(['a/b', 'a/c']), p.commonpath(['/a']), p.commonpath([b'/x/y', b'/x/z']))
for bad in ([], ['/a', 'b']):
    try:
        p.commonpath(bad)
    except ValueError as e:
        print('ValueError', e)
print(p.relpath('/a/b/c', '/a'), p.relpath('/a', '/a/b/c'), p.relpath('/a/b', '/a/b'), p.relpath('/x/y', '/a/b'))
print(p.relpath(b'/a/b', b'/a'))
try:
    p.relpath('')
except ValueError as e:
    print('ValueError', e)
print(p.abspath('/a/b/../c'), p.abspath('x') == p.join(__import__('os').getcwd(), 'x'))
print(p.normcase('AbC'), p.expanduser('noexpand'), p.expanduser('~nosuchuser12345/x'))
import os
os.environ['SPRY_PP'] = 'val'
os.environ['HOME'] = '/home/someone'
print(p.expanduser('~'), p.expanduser('~/a/b'), p.expanduser(b'~/x'), p.expanduser('~root') in ('/root', '~root'))
print(p.expandvars('$SPRY_PP/${SPRY_PP}/$NOPE_NOPE/${NOPE_NOPE}/$/${}/${SPRY_PP'), p.expandvars(b'$SPRY_PP-x'), p.expandvars('a$SPRY_PP.b'))
for bad in [('a', 1), (1, 'a'), ('a', b'b')]:
    try:
        p.join(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    p.split(5)
except TypeError as e:
    print('TypeError', e)
class PL:
    def __fspath__(self): return '/pl/x.y'
print(p.basename(PL()), p.splitext(PL()), p.join(PL(), 'z'), p.dirname(PL()))
print(p.exists('/'), p.exists('/no/such/file/x'), p.isdir('/'), p.isfile('/'), p.islink('/no/such'), p.lexists('/'), p.exists('a\0b'))
print(p.ismount('/'), p.realpath('/'), p.realpath('/a/../b/./c'))
