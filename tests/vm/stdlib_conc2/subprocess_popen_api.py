# subprocess beyond the basics: exception texts and aliases, CompletedProcess, list2cmdline,
# Popen's stdio choices, communicate() across a timeout, the child's session, group, umask
# and preexec_fn, pass_fds, and what the parent does with SIGPIPE
import os
import signal
import subprocess as sp
import sys

PY = sys.executable


def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


print(str(sp.CalledProcessError(1, 'ls')))
print(str(sp.CalledProcessError(-9, ['ls', 'x'])), str(sp.CalledProcessError(-200, 'x')))
e = sp.CalledProcessError(2, 'c', b'o', b'e')
print(repr(e), e.args, e.stdout, e.output, e.stderr)
e.stdout = b'new'
print(e.output, isinstance(e, sp.SubprocessError))
t = sp.TimeoutExpired('c', 2, b'o')
print(str(t), repr(t), t.stdout, t.stderr, str(sp.TimeoutExpired(['a'], 0.5)))
print(repr(sp.CompletedProcess(['a'], 0)), repr(sp.CompletedProcess('a', 3, b'x', None)),
      repr(sp.CompletedProcess('a', 3, None, 'e')), sp.CompletedProcess[str])
for seq in (['a b', 'c'], ['a"b'], ['ab\\\\', 'c\\\\"'], [''], ['a\tb'], ['\\\\a b\\\\'],
            ['x\\"y', 'p q\\'], [b'by tes']):
    print(sp.list2cmdline(seq))
print(sp.PIPE, sp.STDOUT, sp.DEVNULL, sorted(sp.__all__))

attempt('capture', lambda: sp.run(['true'], capture_output=True, stdout=sp.PIPE))
attempt('text', lambda: sp.Popen(['true'], text=True, universal_newlines=False))
attempt('env', lambda: sp.run(['true'], env={'A=B': '1'}))
attempt('nul', lambda: sp.run(['true\0']))
attempt('perm', lambda: sp.run(['/etc/passwd']))
attempt('missing', lambda: sp.run(['/nonexistent_dir_zz/prog']))
attempt('cwd', lambda: sp.run(['true'], cwd='/nonexistent_dir_zz'))
attempt('empty', lambda: sp.run([]))
attempt('int arg', lambda: sp.run(['ls', 3]))
attempt('preexec raises', lambda: sp.run(['true'], preexec_fn=lambda: 1 / 0))
attempt('bufsize', lambda: sp.Popen(['true'], bufsize='x'))
attempt('check kw', lambda: sp.check_output(['true'], check=True))
attempt('startupinfo', lambda: sp.Popen(['true'], startupinfo=1))
attempt('check_call', lambda: sp.check_call(args=['sh', '-c', 'exit 4']))
attempt('call timeout', lambda: sp.call(['sleep', '5'], timeout=0.1))

for kw in ({}, {'text': True}, {'universal_newlines': False}, {'encoding': 'utf-8'}):
    with sp.Popen(['true'], **kw) as p:
        pass
    print(kw, p.universal_newlines, p.text_mode, p.returncode)
p = sp.Popen(['echo'] + ['x' * 10] * 8, stdout=sp.DEVNULL)
p.wait()
print(repr(p))
p = sp.Popen(['cat'], stdin=sp.PIPE, stdout=sp.PIPE, bufsize=0)
print(type(p.stdin).__name__, type(p.stdout).__name__, p.communicate(b'raw'))
p = sp.Popen(['cat'], stdin=sp.PIPE, stdout=sp.PIPE, bufsize=1, text=True)
print(p.stdin.line_buffering, p.stdout.line_buffering, p.stdin.write_through, p.communicate('t'))
p = sp.Popen(['cat'], stdin=sp.PIPE, stdout=sp.PIPE)
p.stdin.write(b'written-')
print(p.communicate(b'then communicated'))
attempt('again', lambda: p.communicate(b'more'))

# with one pipe, communicate() goes through the file object: a line read before counts
p = sp.Popen(['printf', 'line1\nline2\nline3\n'], stdout=sp.PIPE, text=True)
print(repr(p.stdout.readline()), p.communicate())
attempt('read again', p.communicate)
p = sp.Popen(['head', '-c', '1'], stdin=sp.PIPE, stdout=sp.DEVNULL)
print('stdin only', p.communicate(b'x' * 200000), p.returncode)
attempt('write again', lambda: p.communicate(b'y'))

# communicate() keeps what it read across a timeout
p = sp.Popen(['sh', '-c', 'echo first; sleep 2; echo second'], stdout=sp.PIPE, stderr=sp.PIPE)
try:
    p.communicate(timeout=1)
except sp.TimeoutExpired as exc:
    print('partial', exc.output, exc.stderr, exc.timeout)
print('rest', p.communicate(), p.returncode)
try:
    sp.run(['sh', '-c', 'echo early; sleep 5'], capture_output=True, text=True, timeout=1.5)
except sp.TimeoutExpired as exc:
    print('run timeout', exc.stdout, exc.stderr)

# the pipes closed, or there were none, but the child lives on: the rest of the timeout
# goes to wait(), whose TimeoutExpired reports it
for cmd, pipe in ((['sleep', '4'], None), (['sh', '-c', 'exec >&-; sleep 4'], sp.PIPE)):
    p = sp.Popen(cmd, stdout=pipe)
    try:
        p.communicate(timeout=1.0)
    except sp.TimeoutExpired as exc:
        print('still running', 0 < exc.timeout < 1.0, exc.output, exc.stderr)
    p.kill()
    print(p.communicate(), p.returncode)

big = bytes(range(256)) * 2000
r = sp.run(['cat'], input=big, capture_output=True)
print(len(r.stdout), r.stdout == big)
r = sp.run(['head', '-c', '5'], input=big, capture_output=True)
print('reader quit early', r.stdout, r.returncode)
print(sp.run(['printf', 'a\r\nb\rc'], capture_output=True, text=True).stdout.encode())
print(repr(sp.check_output(['cat'], input=None)), repr(sp.check_output(['cat'], input=None, text=True)))

# stdio as file objects and fds
path = f'/tmp/_spry_sp_api_{os.getpid()}.txt'
with open(path, 'w') as f:
    sp.run(['echo', 'to a file'], stdout=f)
with open(path, 'rb') as f:
    print(sp.run(['cat'], stdin=f, capture_output=True).stdout)
fd = os.open(path, os.O_RDONLY)
print(sp.run(['wc', '-c'], stdin=fd, capture_output=True, text=True).stdout.strip())
os.close(fd)
os.unlink(path)

# what the child gets
r, w = os.pipe()
print(sp.run(['sh', '-c', f'echo passed >&{w}'], pass_fds=[w]).returncode)
os.close(w)
print(os.read(r, 100))
os.close(r)
r, w = os.pipe()
print(sp.run(['sh', '-c', f'echo leaked >&{w}'], stderr=sp.DEVNULL).returncode != 0)
os.close(w)
os.close(r)
probe = 'import os, signal; print(os.getsid(0) == os.getpid(), os.getpgrp() == os.getpid(), signal.getsignal(signal.SIGPIPE))'
print(sp.run([PY, '-c', probe], capture_output=True, text=True).stdout.strip())
print(sp.run([PY, '-c', probe], start_new_session=True, capture_output=True, text=True).stdout.strip())
print(sp.run([PY, '-c', probe], process_group=0, capture_output=True, text=True).stdout.strip())
print(sp.run([PY, '-c', probe], restore_signals=False, capture_output=True, text=True).stdout.strip())
print(sp.run(['sh', '-c', 'umask'], umask=0o027, capture_output=True, text=True).stdout.strip())
print(sp.run(['sh', '-c', 'echo $MARK'], preexec_fn=lambda: os.environ.__setitem__('MARK', 'set before exec'),
             capture_output=True, text=True).stdout.strip())
print('parent ignores SIGPIPE', signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN)
