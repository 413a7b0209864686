# fileinput: openhooks (encoded, compressed), stdin '-', binary in-place editing,
# state after nextfile/exhaustion, module-level functions and their errors.
import bz2
import fileinput
import gzip
import io
import os
import pathlib
import shutil
import sys
import tempfile

tmp = tempfile.mkdtemp()


def path(name):
    return os.path.join(tmp, name)


with open(path('plain.txt'), 'w', encoding='utf-8') as f:
    f.write('one\ntwo\n')
with gzip.open(path('z.gz'), 'wb') as f:
    f.write('gz1\ngz\u00e92\n'.encode('utf-8'))
with bz2.BZ2File(path('z.bz2'), 'wb') as f:
    f.write(b'bz1\nbz2\n')
with open(path('latin.txt'), 'wb') as f:
    f.write(b'caf\xe9\n')

names = [path('plain.txt'), path('z.gz'), path('z.bz2')]
with fileinput.FileInput(names, openhook=fileinput.hook_compressed, encoding='utf-8') as fi:
    for line in fi:
        print(os.path.basename(fi.filename()), fi.lineno(), fi.filelineno(), repr(line))
print(list(fileinput.FileInput(names, mode='rb', openhook=fileinput.hook_compressed)))
print(list(fileinput.FileInput(path('latin.txt'), openhook=fileinput.hook_encoded('latin-1'))))
print(list(fileinput.FileInput(path('latin.txt'), openhook=fileinput.hook_encoded('ascii', 'replace'))))
print(list(fileinput.FileInput(pathlib.Path(path('plain.txt')), encoding='utf-8')))

# Hooks receive encoding/errors keywords only when an encoding was given.
calls = []


def hook(*args, **kwargs):
    calls.append((os.path.basename(args[0]), args[1], sorted(kwargs.items())))
    return open(args[0], args[1])


list(fileinput.FileInput(path('plain.txt'), openhook=hook))
list(fileinput.FileInput(path('plain.txt'), openhook=hook, encoding='utf-8'))
list(fileinput.FileInput(path('plain.txt'), openhook=hook, errors='strict'))
print(calls)

# State across nextfile() and after the last line.
fi = fileinput.FileInput([path('plain.txt'), path('latin.txt')], encoding='latin-1')
print(fi.filename(), fi.lineno(), fi.filelineno(), fi.isfirstline(), fi.fileno(), fi.isstdin())
print(repr(fi.readline()), fi.isfirstline())
fi.nextfile()
print(os.path.basename(fi.filename()), fi.lineno(), fi.filelineno(), fi.isfirstline(), fi.fileno())
print(repr(next(fi)), os.path.basename(fi.filename()), fi.lineno(), fi.filelineno(), fi.isfirstline())
print(repr(fi.readline()), repr(fi.readline()), os.path.basename(fi.filename()), fi.lineno(), fi.filelineno())
fi.close()

# '-' reads standard input (text and binary).
saved = sys.stdin
sys.stdin = io.TextIOWrapper(io.BytesIO(b'in1\nin2\n'), encoding='utf-8')
fi = fileinput.input(['-', path('plain.txt')], encoding='utf-8')
for line in fi:
    print(repr(line), fileinput.filename() if fileinput.isstdin() else os.path.basename(fileinput.filename()),
          fileinput.isstdin(), fileinput.lineno(), fileinput.filelineno())
print(fileinput.isstdin(), fileinput.lineno())
fileinput.close()
sys.stdin = io.TextIOWrapper(io.BytesIO(b'raw\n'), encoding='utf-8')
print(list(fileinput.FileInput(mode='rb')), list(fileinput.FileInput(None)))
sys.stdin = saved

# In-place editing in binary mode; the default '.bak' backup disappears.
with open(path('edit.bin'), 'wb') as f:
    f.write(b'ab\ncd\n')
os.chmod(path('edit.bin'), 0o640)
with fileinput.input(path('edit.bin'), inplace=True, mode='rb') as fi:
    for line in fi:
        sys.stdout.write(line.strip()[::-1] + b'!\n')
print(open(path('edit.bin'), 'rb').read(), oct(os.stat(path('edit.bin')).st_mode & 0o777))
print(sorted(os.listdir(tmp)))

# Errors.
for make in [lambda: fileinput.FileInput(mode='U'), lambda: fileinput.FileInput(mode='r+'),
             lambda: fileinput.FileInput(openhook='x'), lambda: fileinput.FileInput(inplace=True, openhook=5),
             fileinput.lineno, fileinput.nextfile, fileinput.isstdin, fileinput.fileno,
             lambda: fileinput.FileInput()[0], lambda: fileinput.FileInput(path('missing.txt')).readline()]:
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__, str(e).replace(tmp, 'TMP'))
fi = fileinput.input(path('plain.txt'), encoding='utf-8')
fi2 = fileinput.input(path('latin.txt'), encoding='latin-1')  # nothing open yet: replaces
print(fi2 is not fi, repr(next(fi2)))
try:
    fileinput.input(path('plain.txt'))
except RuntimeError as e:
    print('RuntimeError', e)
fileinput.close()
fileinput.close()
print(fileinput.FileInput[str])
shutil.rmtree(tmp)
