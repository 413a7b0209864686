# mimetypes: guessing from the built-in tables, independent of /etc/mime.types.
import io
import mimetypes

db = mimetypes.MimeTypes()
for name in ['index.html', 'INDEX.HTM', 'a.tar.gz', 'a.tgz', 'img.svgz',
             'x.Z', 'x.z', 'photo.JPG', 'photo.jpg', 'doc.rtf', 'song.mid',
             'data:text/html;base64,PGI+', 'data:,plain', 'data:a=b,x',
             'data:nocomma', 'http://example.com/path/app.js?q=1#f',
             'noext', '.bashrc', 'dir.d/file', 'style.css.br', 'arc.tbz2',
             'm.mjs', 'w.wasm', 'p.pdf', 'x.json', 'y.py', 'img.webp']:
    print(name, db.guess_type(name), db.guess_type(name, strict=False))

for t in ['text/html', 'application/javascript', 'image/jpeg', 'text/plain',
          'image/jpg', 'audio/midi', 'TEXT/HTML', 'no/such', 'application/zip']:
    print(t, db.guess_extension(t), db.guess_all_extensions(t),
          db.guess_extension(t, strict=False),
          db.guess_all_extensions(t, strict=False))

db.add_type('application/x-spry', '.spry')
db.add_type('application/x-spry', '.spr')
db.add_type('text/x-loose', '.loose', strict=False)
print(db.guess_type('a.spry'), db.guess_all_extensions('application/x-spry'))
print(db.guess_type('a.loose'), db.guess_type('a.loose', False))
db.readfp(io.StringIO('# comment line\n'
                      'text/x-fancy   fcy  fancy # trailing fcz\n'
                      '\n'
                      'image/x-odd odd\n'))
print(db.guess_type('q.fancy'), db.guess_type('q.fcz'), db.guess_type('q.ODD'))
print(db.guess_all_extensions('text/x-fancy'))

fresh = mimetypes.MimeTypes()
print(fresh.guess_type('a.spry'), fresh.guess_type('q.fancy'))
print(sorted(fresh.encodings_map.items()))
print(sorted(fresh.suffix_map.items()))
print(mimetypes.read_mime_types('/no/such/file'))
mimetypes.init([])
print(mimetypes.inited, mimetypes.guess_type('x.html'), mimetypes.guess_extension('image/png'))
print(len(mimetypes.knownfiles), mimetypes.knownfiles[0])
