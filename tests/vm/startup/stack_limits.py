# Deep recursion ends in RecursionError, not a crash, however the stack was found: in the
# main thread with the usual environment, with an empty one, with a small stack limit, and
# in another thread.
import os
import subprocess
import sys

PROGRAM = r'''
import sys, threading
def down(n):
    return down(n + 1)
def probe(where):
    try:
        down(0)
    except RecursionError as e:
        print(where, 'python:', e)
    x = []
    for _ in range(5000):
        x = [x]
    try:
        repr(x)
    except RecursionError as e:
        print(where, 'repr:', e)
probe('main')
th = threading.Thread(target=probe, args=('thread',))
th.start()
th.join()
'''

for label, env, prefix in (('inherited', dict(os.environ), []),
                           ('empty', {}, []),
                           ('one variable', {'A': 'b'}, []),
                           ('1 MB stack', dict(os.environ), ['prlimit', '--stack=1048576'])):
    try:
        p = subprocess.run(prefix + [sys.executable, '-c', PROGRAM], env=env, capture_output=True, text=True)
    except FileNotFoundError:
        print(label, 'skipped')
        continue
    print(label, p.returncode)
    print(p.stdout, end='')
    print(p.stderr[-200:], end='')
