# quopri: file and string encoders, header mode, helpers and the command line.
import io
import os
import quopri
import subprocess
import sys
import tempfile

print(quopri.ESCAPE, quopri.MAXLINESIZE, quopri.HEX, quopri.EMPTYSTRING)
print([quopri.needsquoting(c, q, h) for c in (b'=', b' ', b'\t', b'_', b'a', b'\x7f', b'\x80', b'~', b'\n')
       for q in (0, 1) for h in (0, 1)])
print(quopri.quote(b'='), quopri.quote(b'\xff'), quopri.quote(b'a'))
print([quopri.ishex(c) for c in (b'a', b'F', b'g', b'0', b'G', b'f')])
print(quopri.unhex(b'3D'), quopri.unhex(b'ff'), quopri.unhex(b''))
out = io.BytesIO()
quopri.encode(io.BytesIO(b'caf\xe9 =\n\tx \n'), out, True)
print(out.getvalue())
out = io.BytesIO()
quopri.encode(io.BytesIO(b'caf\xe9 =\n\tx \n'), out, False)
print(out.getvalue())
out = io.BytesIO()
quopri.decode(io.BytesIO(b'a_b=3D=\nc=ZZ'), out, header=True)
print(out.getvalue())
print(quopri.encodestring(b'a b_c', header=True), quopri.decodestring(b'a_b', header=True))
print(quopri.encodestring(b'x' * 100), quopri.decodestring(b'soft=\nbreak=41'))
print(quopri.decodestring(quopri.encodestring(bytes(range(256)))) == bytes(range(256)))
try:
    quopri.encodestring('str')
except TypeError as e:
    print('TypeError', e)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'in.txt')
    with open(path, 'wb') as f:
        f.write(b'a=3Db')
    for args in (['-h'], ['-t', '-d'], ['-d', path, os.path.join(d, 'missing')], ['-t', path]):
        done = subprocess.run([sys.executable, '-m', 'quopri'] + args, capture_output=True)
        print(args[0], done.returncode, done.stdout,
              done.stderr.decode().replace(d, 'DIR').splitlines())
    done = subprocess.run([sys.executable, '-m', 'quopri', '-t'], input=b'caf\xe9 \t\n',
                          capture_output=True)
    print(done.returncode, done.stdout)
