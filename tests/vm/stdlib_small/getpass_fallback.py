# getpass without a terminal: the echo warning, the prompt on the given stream, the
# line read from stdin, EOFError at end of input; getuser from the environment.
import getpass
import io
import os
import subprocess
import sys
import warnings

CHILD = '''
import getpass, io, sys, warnings
warnings.simplefilter("error" if sys.argv[1] == "error" else "ignore")
stream = io.StringIO()
try:
    print(repr(getpass.getpass("PIN: ", stream=stream)), repr(stream.getvalue()))
except (EOFError, getpass.GetPassWarning) as e:
    print(type(e).__name__, e, repr(stream.getvalue()))
'''
for data, mode in ((b'1234\n', 'ignore'), (b'no newline', 'ignore'), (b'', 'ignore'),
                   (b'x\n', 'error')):
    done = subprocess.run([sys.executable, '-c', CHILD, mode], input=data, capture_output=True)
    print(done.returncode, done.stdout.decode().strip(), done.stderr.decode().splitlines()[-1:])
done = subprocess.run([sys.executable, '-W', 'ignore', '-c', 'import getpass; print(repr(getpass.getpass()))'],
                      input=b'pw\n', capture_output=True)
print(done.stdout, done.stderr)
print(issubclass(getpass.GetPassWarning, UserWarning), getpass.__all__)
saved = {k: os.environ.pop(k) for k in ('LOGNAME', 'USER', 'LNAME', 'USERNAME') if k in os.environ}
os.environ['USERNAME'] = 'from-username'
print(getpass.getuser())
os.environ['LNAME'] = 'from-lname'
print(getpass.getuser())
os.environ['LOGNAME'] = ''
print(getpass.getuser())
os.environ['LOGNAME'] = 'from-logname'
print(getpass.getuser())
os.environ.update(saved)
