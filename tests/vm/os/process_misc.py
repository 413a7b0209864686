# Processes and misc: fork/waitpid/_exit, W* macros, kill, times, umask, terminal size, system.
import os, sys, errno
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b'child says hi')
    os._exit(7)
os.close(w)
print(os.read(r, 100))
os.close(r)
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), os.waitstatus_to_exitcode(status))
pid = os.fork()
if pid == 0:
    import time
    time.sleep(10)
    os._exit(0)
os.kill(pid, 9)
wpid, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status), os.WIFEXITED(status))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print('ChildProcessError', e.errno == errno.ECHILD, e)
try:
    os.kill(999999999, 0)
except (ProcessLookupError, OverflowError) as e:
    print(type(e).__name__)
t = os.times()
print(type(t).__name__, len(t), type(t.user), type(t.elapsed), t[0] == t.user)
old = os.umask(0o22)
print(type(old), os.umask(old) == 0o22)
try:
    os.get_terminal_size(os.open(os.devnull, os.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOTTY)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines)
sys.stdout.flush()
print(os.system('exit 3') >> 8, os.WEXITSTATUS(os.system('true')))
try:
    os.waitstatus_to_exitcode(0x7f)
except ValueError as e:
    print('ValueError', e)
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.execve('/bin/sh', ['sh', '-c', 'echo child sees $SPRY_EXEC_VAR'], {'SPRY_EXEC_VAR': 'bar'})
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
for args in [('/nonexistent/prog', ['x']), ('/bin/echo', []), ('/bin/echo', 'ab')]:
    try:
        os.execv(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    os.execve('/bin/echo', [], {})
except ValueError as e:
    print('ValueError', e)
