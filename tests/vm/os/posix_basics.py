# os/posix basics: constants, cwd, pids, fspath, fsencode/fsdecode, strerror, environ.
import os, posix, sys
print(os.name, repr(os.sep), repr(os.pathsep), repr(os.linesep), os.curdir, os.pardir, os.extsep, os.devnull, os.altsep)
print(os.path is sys.modules['os.path'], os.path.__name__)
print(type(os.getcwd()), type(os.getcwdb()), os.getcwd() == os.fsdecode(os.getcwdb()))
print(type(os.getpid()), os.getpid() > 0, os.getppid() != os.getpid())
print(type(os.getuid()), type(os.geteuid()), type(os.getgid()), type(os.getegid()))
print(os.fspath('a'), os.fspath(b'b'))
class P:
    def __fspath__(self): return 'from-p'
class Bad:
    def __fspath__(self): return 3
print(os.fspath(P()), isinstance(P(), os.PathLike), isinstance('x', os.PathLike), issubclass(P, os.PathLike))
for v in (1, None, Bad()):
    try:
        os.fspath(v)
    except TypeError as e:
        print('TypeError', e)
print(os.fsencode('h\xe9'), os.fsdecode(b'h\xc3\xa9'), os.fsencode(b'x'), os.fsdecode('y'))
print(ascii(os.fsdecode(b'\xff')), os.fsencode('\udcff'))
print(os.strerror(2), '|', os.strerror(13))
print(len(os.urandom(16)), type(os.urandom(0)), os.urandom(0))
try:
    os.urandom(-1)
except ValueError as e:
    print('ValueError', e)
print(type(os.cpu_count()), os.cpu_count() >= 1)
u = os.uname()
print(type(u).__name__, u.sysname, len(u), u[0] == u.sysname)
print(os.device_encoding(os.open(os.devnull, os.O_RDONLY)))
# environ
os.environ['SPRY_TEST_VAR'] = 'value 1'
print(os.environ['SPRY_TEST_VAR'], os.getenv('SPRY_TEST_VAR'), 'SPRY_TEST_VAR' in os.environ)
print(os.environb[b'SPRY_TEST_VAR'], os.getenvb(b'SPRY_TEST_VAR'))
print(os.environ.get('SPRY_NO_SUCH_VAR'), os.getenv('SPRY_NO_SUCH_VAR', 'dflt'))
print(os.environ.setdefault('SPRY_TEST_VAR', 'other'), os.environ.pop('SPRY_TEST_VAR'))
print('SPRY_TEST_VAR' in os.environ, os.getenv('SPRY_TEST_VAR'))
try:
    os.environ['SPRY_NO_SUCH_VAR']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError', e)
try:
    del os.environ['SPRY_NO_SUCH_VAR']
except KeyError as e:
    print('KeyError', e)
os.environ.update({'SPRY_A': '1'}, SPRY_B='2')
print(os.environ['SPRY_A'], os.environ['SPRY_B'], type(os.environ.copy()).__name__)
print(sorted(k for k in os.environ if k.startswith('SPRY_')))
print(os.get_exec_path({'PATH': '/a:/b'}), os.get_exec_path({}))
print(isinstance(os.environ, dict), len(os.environ) == len(list(os.environ)))
print(posix.environ[b'SPRY_A'] if b'SPRY_A' in posix.environ else 'snapshot')
print(os.error is OSError, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT != 0, os.WNOHANG)
