# posixpath's string functions on str, bytes and PathLike, with their error messages.
import os
import posixpath as p

class P:
    def __init__(self, s):
        self.s = s
    def __fspath__(self):
        return self.s
    def __repr__(self):
        return f"P({self.s!r})"

def t(f, *args):
    try:
        print(f.__name__, args, repr(f(*args)))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)

samples = ['', '/', '//', '///', 'a', 'a/', 'a//b', '//a', '///a/b/', '.', '..', 'a/../..',
           '/..', '//..', '/a/./b/../../c', 'a.b.c', '.bashrc', '..x', 'a/.b', 'a.', '/a.b/c',
           'x..', 'a/b/./../c/', '../../a/./', '/../x', '..a/b', b'a/b.c', b'//x/../y',
           P('q/r.s')]
for f in (p.split, p.basename, p.dirname, p.splitext, p.normpath, p.splitdrive, p.isabs,
          p.normcase):
    print(f.__name__, [f(x) for x in samples])

t(p.join, 'a', 'b', 'c')
t(p.join, 'a/', '/b', 'c')
t(p.join, '', '')
t(p.join, '', 'a', '', 'b/', '')
t(p.join, b'x', b'y')
t(p.join, P('x'), P('y'))
t(p.join)
t(p.join, 'a', 5)
t(p.join, 5)
t(p.join, 'a', b'b')
t(p.join, b'a', 'b')
t(p.join, 'a', None)
t(p.join, 'a', P('b'), 5)
t(p.join, 'a', bytearray(b'x'))
for f in (p.split, p.basename, p.splitext, p.normpath, p.isabs, p.expanduser, p.expandvars,
          p.splitdrive, p.dirname, p.normcase):
    t(f, 5)
t(p.islink, 5)
t(p.lexists, None)

t(p.relpath, '')
t(p.relpath, b'')
t(p.relpath, 'a', '')
t(p.relpath, 'a', None)
t(p.relpath, b'a', b'b')
t(p.relpath, 'a', b'b')
t(p.relpath, 5)
t(p.relpath, '/a/b', '/a/c/d')
t(p.relpath, '/a/b/c', '/a')
t(p.relpath, '/', '/a/b')
t(p.relpath, 'a', 'a')
t(p.relpath, P('/x/y'), '/x')
t(p.commonpath, [])
t(p.commonpath, ['/a', 'b'])
t(p.commonpath, ['/a/b', '/a/c'])
t(p.commonpath, ['/a/bc', '/a/b'])
t(p.commonpath, ['a/b/', 'a/b/c'])
t(p.commonpath, ['/', '/a'])
t(p.commonpath, [b'/a', b'/a/b'])
t(p.commonpath, ['/a', b'/a'])
t(p.commonpath, ['a', 5])
t(p.commonpath, 'ab')
t(p.commonpath, [''])
t(p.commonpath, ['./a/./b', 'a//b/c'])
print(p.commonpath(iter(['/x/y', '/x'])))
t(p.commonpath, ['a', 'b'])
t(p.commonpath, [P('/a/b'), '/a/b/c'])
t(p.commonprefix, ['/a/bc', '/a/bd'])

os.environ['HOME'] = '/home/me/'
os.environ['V'] = 'val'
os.environ.pop('NOPE', None)
for x in ['~', '~/x', '~root/x', '~no_such_user_here/x', 'a~', '~/', '/~', b'~/x', '~root',
          P('~/p')]:
    t(p.expanduser, x)
os.environ['HOME'] = '/'
t(p.expanduser, '~/x')
t(p.expanduser, '~')
t(p.expanduser, b'~')
for x in ['$V', '${V}', '$V/x', '$NOPE/$V', '${NOPE', '${V', '$', 'a$', '$$V', '${}', '$1',
          '${V}x$V_', '${V.x}', '${V-x}', b'$V/${V}', b'$NOPE$V', '%V%', 'no dollar',
          P('$V/p'), '$V$V${V}']:
    t(p.expandvars, x)
print(p.sep, p.altsep, p.curdir, p.pardir, p.extsep, p.pathsep, p.defpath, p.devnull,
      p.supports_unicode_filenames, sorted(p.__all__) == sorted(set(p.__all__)), len(p.__all__))
print(os.path is p, p.abspath('/a/../b'), p.abspath(b'//x/.'), p.abspath('x') == p.join(os.getcwd(), 'x'))
