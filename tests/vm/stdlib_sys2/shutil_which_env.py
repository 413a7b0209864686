# shutil.which (PATH, mode, bytes, directories in the command), get_terminal_size (COLUMNS,
# LINES, fallback), disk_usage and chown's argument errors.
import os
import pathlib
import shutil
import tempfile

work = tempfile.mkdtemp()
os.chdir(work)


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, '->', type(exc).__name__, str(exc).replace(work, 'W'))
    else:
        print(label, '->', repr(result).replace(work, 'W'))


os.makedirs('b1')
os.makedirs('b2')
os.makedirs('b3/tool')
for path, mode in (('b1/tool', 0o644), ('b2/tool', 0o755), ('b1/ro', 0o444), ('b2/ro', 0o555),
                   ('here', 0o755)):
    open(path, 'w').close()
    os.chmod(path, mode)
P = os.pathsep.join(['b1', 'b2', 'b3'])
attempt('exec', lambda: shutil.which('tool', path=P))
attempt('exists', lambda: shutil.which('tool', path=P, mode=os.F_OK))
attempt('readable', lambda: shutil.which('tool', path=P, mode=os.R_OK))
attempt('ro exec', lambda: shutil.which('ro', path=P))
attempt('bytes cmd', lambda: shutil.which(b'tool', path=P))
attempt('bytes path', lambda: shutil.which('tool', path=P.encode()))
attempt('both bytes', lambda: shutil.which(b'tool', path=P.encode()))
attempt('cwd not searched', lambda: shutil.which('here', path=P))
attempt('relative cmd', lambda: shutil.which('./here', path=P))
attempt('cmd with dir', lambda: shutil.which('b2/tool', path='zzz'))
attempt('cmd with dir, not exec', lambda: shutil.which('b1/tool', path='zzz'))
attempt('absolute', lambda: shutil.which(os.path.join(work, 'b2', 'tool')))
attempt('empty path', lambda: shutil.which('tool', path=''))
attempt('list path', lambda: shutil.which('tool', path=['b2']))
attempt('dir name', lambda: shutil.which('b3', path='.'))
attempt('repeated', lambda: shutil.which('tool', path='b2' + os.pathsep + 'b2'))
attempt('tilde', lambda: shutil.which('tool', path='~'))
attempt('Path cmd', lambda: shutil.which(pathlib.Path('tool'), path=P))
attempt('Path with dir', lambda: shutil.which(pathlib.Path('b2/tool')))
attempt('Path path', lambda: shutil.which('tool', path=pathlib.Path('b2')))
attempt('int', lambda: shutil.which(3, path=P))
attempt('empty cmd', lambda: shutil.which('', path=P))
saved_path = os.environ.get('PATH')
os.environ['PATH'] = P
attempt('env PATH', lambda: shutil.which('tool'))
os.environ['PATH'] = ''
attempt('env PATH empty', lambda: shutil.which('tool'))
os.chdir('b2')
attempt('empty entries', lambda: shutil.which('tool', path=os.pathsep))
attempt('dot', lambda: shutil.which('tool', path='.'))
os.chdir(work)
os.environ['PATH'] = saved_path

for env in ({}, {'COLUMNS': '100'}, {'LINES': '7'}, {'COLUMNS': '0', 'LINES': '0'},
            {'COLUMNS': 'x', 'LINES': '9'}, {'COLUMNS': '-5', 'LINES': '3'},
            {'COLUMNS': ' 12 ', 'LINES': '40'}):
    for name in ('COLUMNS', 'LINES'):
        os.environ.pop(name, None)
    os.environ.update(env)
    # stdout is not a terminal here: the fallback fills what the environment leaves out
    for fallback in ((80, 24), (10, 5), [1, 2]):
        size = shutil.get_terminal_size(fallback)
        print(sorted(env.items()), fallback, size, type(size).__name__)

usage = shutil.disk_usage(work)
print(type(usage).__name__, usage._fields, usage.total >= usage.used >= 0, usage.total >= usage.free >= 0)
attempt('disk missing', lambda: shutil.disk_usage('nope'))
attempt('chown nothing', lambda: shutil.chown('here'))
attempt('chown user', lambda: shutil.chown('here', user='no-such-user-xyz'))
attempt('chown group', lambda: shutil.chown('here', group='no-such-group-xyz'))
attempt('chown missing', lambda: shutil.chown('nope', user=os.getuid()))
attempt('chown ids', lambda: shutil.chown('here', os.getuid(), os.getgid()))
print(os.stat('here').st_uid == os.getuid(), os.stat('here').st_gid == os.getgid())
os.chdir('/')
shutil.rmtree(work)
