# os's Python layer: environ/environb as live mappings, makedirs/removedirs/renames, walk in
# both orders with pruning, onerror and links, get_exec_path, fsencode/fsdecode, PathLike,
# popen/fdopen, the spawn* family and its argument checks.
import os
import shutil
import sys
import tempfile

work = tempfile.mkdtemp()
def rel(p):
    return p.replace(work, '<w>')

def t(f):
    try:
        print(rel(repr(f())))
    except Exception as e:
        print(type(e).__name__, rel(str(e)))

e = os.environ
print(e.setdefault('ZZ_Q', '1'), e.pop('ZZ_Q'), e.pop('ZZ_Q', 'd'), 'ZZ_Q' in e)
t(lambda: e.pop('ZZ_Q'))
os.environ |= {'ZZ_A': '1'}
print(os.environ['ZZ_A'], os.getenv('ZZ_A'), os.getenvb(b'ZZ_A'), os.environb[b'ZZ_A'])
os.environb[b'ZZ_B'] = b'2'
print(os.environ['ZZ_B'], os.environ.get('ZZ_B'), os.environ.get('ZZ_NONE', 'dflt'))
del os.environ['ZZ_A']
print(os.getenv('ZZ_A', 'gone'), os.popen('echo "[$ZZ_B]"').read().strip())
e.update({'ZZ_C': 'c'}, ZZ_D='d')
e.update([('ZZ_E', 'e')])
print(sorted(k for k in e if k.startswith('ZZ_')), type(e.copy()).__name__)
merged = e | {'ZZ_F': 'f'}
print(type(merged).__name__, merged['ZZ_F'], 'ZZ_F' in e, type({'x': 'y'} | e).__name__)
print(e == dict(e), dict(e) == e, e != {}, e.keys() == set(dict(e)))
for bad in (lambda: e | 5, lambda: e.__ior__(5), lambda: e[5], lambda: e.__setitem__('a', 5),
            lambda: e['ZZ_NOPE'], lambda: os.environb['x'], lambda: e.__setitem__('a=b', 'c'),
            lambda: e.__delitem__('ZZ_NOPE'), lambda: 1 in e, lambda: hash(e)):
    t(bad)
print(repr(os.environb)[:9], repr(e)[:9], type(e).__name__)
os.environ['ZZ_SUR'] = 'a\udcff'
print(repr(os.environb[b'ZZ_SUR']))

print(os.get_exec_path({}), os.get_exec_path({b'PATH': b'/a:/b'}), os.get_exec_path({'PATH': ''}),
      os.get_exec_path({'PATH': b'/x'}))
t(lambda: os.get_exec_path({'PATH': 'a', b'PATH': b'b'}))
print(os.fsencode('a\udcff'), ascii(os.fsdecode(b'a\xff')), os.fsdecode('s'), os.fsencode(b'b'))
t(lambda: os.fsencode(5))

class P:
    def __fspath__(self):
        return 'pp'
class NotPath:
    __fspath__ = None
print(os.fspath(P()), os.fsencode(P()), isinstance(P(), os.PathLike), issubclass(str, os.PathLike),
      isinstance(NotPath(), os.PathLike), os.PathLike[int])
class Sub(os.PathLike):
    pass
t(lambda: Sub())

a = os.path.join(work, 'a')
os.makedirs(os.path.join(a, 'b', 'c'))
os.makedirs(os.path.join(a, 'b', 'c'), exist_ok=True)
t(lambda: rel(str(os.makedirs(os.path.join(a, 'b')))))
os.makedirs(os.path.join(a, 'x', '.'))
print(sorted(os.listdir(a)))
open(os.path.join(a, 'f.txt'), 'w').close()
t(lambda: os.makedirs(os.path.join(a, 'f.txt'), exist_ok=True))
t(lambda: os.makedirs('/'))
os.symlink(os.path.join(a, 'b'), os.path.join(a, 'lnk'))
open(os.path.join(a, 'b', 'c', 'deep.txt'), 'w').close()

def walk_out(**kw):
    return [(rel(d), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(a, **kw)]
print(sorted(walk_out()))
print(sorted(walk_out(followlinks=True)))
bottom = walk_out(topdown=False)
print([d for d, _, _ in bottom].index('<w>/a') == len(bottom) - 1, sorted(bottom))
pruned = []
for d, ds, fs in os.walk(a):
    ds[:] = [x for x in ds if x != 'b']
    pruned.append(rel(d))
print(sorted(pruned))
errors = []
print(list(os.walk(os.path.join(work, 'missing'), onerror=errors.append)),
      [type(x).__name__ for x in errors])
print([(d, sorted(fs)) for d, ds, fs in os.walk(os.fsencode(os.path.join(a, 'b', 'c')))][0][1])

os.renames(os.path.join(a, 'b', 'c', 'deep.txt'), os.path.join(a, 'new', 'sub', 'deep.txt'))
print(sorted(os.listdir(a)), os.listdir(os.path.join(a, 'new', 'sub')))
os.removedirs(os.path.join(a, 'x'))
print(sorted(os.listdir(a)))

fd = os.open(os.path.join(a, 'f.txt'), os.O_RDWR)
with os.fdopen(fd, 'w') as f:
    f.write('hello')
with os.fdopen(os.open(os.path.join(a, 'f.txt'), os.O_RDONLY), 'rb') as f:
    print(f.read())
t(lambda: os.fdopen('x'))
with os.popen('echo one; echo two') as p:
    print(list(p))
p = os.popen('exit 3')
print(p.read(), p.close())
p = os.popen('cat > ' + os.path.join(a, 'w.txt'), 'w')
p.write('written')
print(p.close(), open(os.path.join(a, 'w.txt')).read())
for bad in (lambda: os.popen(5), lambda: os.popen('ls', 'x'), lambda: os.popen('ls', 'r', 0)):
    t(bad)

print(os.spawnv(os.P_WAIT, '/bin/sh', ['sh', '-c', 'exit 3']),
      os.spawnv(os.P_WAIT, '/nonexistent', ['x']),
      os.spawnvp(os.P_WAIT, 'sh', ['sh', '-c', 'kill -9 $$']),
      os.spawnlp(os.P_WAIT, 'true', 'true'),
      os.spawnle(os.P_WAIT, '/bin/sh', 'sh', '-c', 'exit $Q', {'Q': '4'}),
      os.spawnve(os.P_WAIT, '/bin/sh', ('sh', '-c', 'exit 1'), {}))
pid = os.spawnl(os.P_NOWAIT, '/bin/sh', 'sh', '-c', 'exit 5')
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
for bad in (lambda: os.spawnv(0, '/bin/true', 'x'), lambda: os.spawnv(0, '/bin/true', []),
            lambda: os.spawnv(0, '/bin/true', [''])):
    t(bad)
print(os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO, os.name, repr(os.linesep), os.error is OSError,
      os.supports_bytes_environ, sys.modules['os.path'] is os.path)
print(all(hasattr(os, n) for n in os.__all__), [n for n in ('walk', 'environ', 'makedirs',
      'spawnv', 'popen', 'PathLike', 'fsencode') if n not in os.__all__])
shutil.rmtree(work)
