# mimetypes: data URLs, suffix/encoding chains, case rules, file reading, init layering
# and the command line.
import io
import os
import subprocess
import sys
import tempfile
import mimetypes

db = mimetypes.MimeTypes()
for url in ['DATA:text/x;a=b,zz', 'data:Text/HTML,x', 'data:;base64,x', 'data:/,x',
            'http://a/b.js?x=1', 'HTTP://a/b.js', 'file:///x/y.png', 'a.tar.gz.bz2',
            'a.svgz.gz', 'a.GZ', 'a.TGZ', 'a.Tgz', '.tar.gz', 'a.', 'a.txt/', 'x/.png',
            'c:\\x\\a.PNG', 'a.txz', 'a.taz', 'a.xz', 'b.br']:
    print(repr(url), db.guess_type(url), db.guess_type(url, strict=False))
for bad in [3, b'a.png']:
    try:
        db.guess_type(bad)
    except TypeError as e:
        print('TypeError', e)

db.add_type('x/strict', '.abc')
db.add_type('x/loose', '.ABC', False)
db.add_type('x/s2', '.QQ')
db.add_type('x/l2', '.qq', False)
print(db.guess_type('q.ABC', False), db.guess_type('q.qq', False), db.guess_type('q.Qq'))
db.add_type('x/noDot', 'nd')
print(db.types_map[True]['nd'], db.guess_all_extensions('x/noDot'))
db.add_type('a/x', '.html')
print(db.guess_all_extensions('text/html'), db.guess_type('i.html'))
db.add_type('text/plain', '.bat', strict=False)
db.add_type('text/plain', '.new', strict=False)
print(db.guess_all_extensions('text/plain', False), db.guess_extension('text/plain', False))
db.readfp(io.StringIO('onlytype\n  x/y   a b#c\n#x/z q\nx/w\t.dot  dd\n'))
print(db.guess_all_extensions('x/y'), db.guess_extension('x/w'), db.guess_type('f.q'))
print(db.read_windows_registry())
try:
    db.read('/no/such/mime.types')
except OSError as e:
    print(type(e).__name__, e.errno)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'extra.types')
    with open(path, 'w') as f:
        f.write('text/x-q qq\napplication/x-spry spry sp\n')
    found = mimetypes.read_mime_types(path)
    print(len(found), found['.qq'], found['.sp'], found['.html'])
    loose = mimetypes.MimeTypes([path], strict=False)
    print(loose.guess_type('a.qq'), loose.guess_type('a.qq', False))
    mimetypes.init()
    mimetypes.add_type('a/b', '.zzz')
    mimetypes.init([path])
    print(mimetypes.guess_type('x.zzz'), mimetypes.guess_type('x.sp'), mimetypes.inited)
    print(mimetypes.types_map['.qq'], mimetypes.common_types['.pic'])
    mimetypes.init()
    print(mimetypes.guess_type('x.zzz'), mimetypes.guess_type('x.qq'))
print(sorted(mimetypes.__all__))

for args in [['a.html', 'x.qqq'], ['-e', 'text/html', 'a'], ['-le', 'audio/midi'],
             ['--ext', 'audio/midi'], ['-l', 'a.rtf'], ['-h'], ['--bad']]:
    run = subprocess.run([sys.executable, '-m', 'mimetypes'] + args,
                         capture_output=True, text=True)
    print(args, run.returncode, repr(run.stdout), repr(run.stderr))
