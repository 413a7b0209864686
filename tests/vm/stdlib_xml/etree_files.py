# ElementTree and mimetypes with real files: write() to a path in several
# encodings, parse() and iterparse() from a path, mime.types files.
import mimetypes
import os
import tempfile
import xml.etree.ElementTree as ET

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'doc.xml')
root = ET.Element('root', lang='fr')
ET.SubElement(root, 'item').text = 'caf\u00e9 \u20ac'
ET.SubElement(root, 'empty')
tree = ET.ElementTree(root)
for kw in [{}, {'encoding': 'utf-8'}, {'encoding': 'iso-8859-1'},
           {'encoding': 'unicode'}, {'encoding': 'utf-8', 'xml_declaration': True},
           {'method': 'html'}, {'method': 'text', 'encoding': 'utf-8'}]:
    tree.write(path, **kw)
    with open(path, 'rb') as f:
        print(kw, f.read())
tree.write(path, encoding='utf-8', xml_declaration=True)
again = ET.parse(path)
print(again.getroot().tag, again.getroot().attrib, again.find('item').text)
print([(ev, el.tag) for ev, el in ET.iterparse(path, events=('start', 'end'))])
with open(path, 'rb') as f:
    print(ET.parse(f).getroot()[0].text)
try:
    ET.parse(os.path.join(tmp, 'missing.xml'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
with open(path, 'w', encoding='utf-8') as f:
    f.write('<bad><x></bad>')
try:
    ET.parse(path)
except ET.ParseError as e:
    print('ParseError', e, e.position)

types = os.path.join(tmp, 'mime.types')
with open(types, 'w', encoding='utf-8') as f:
    f.write('# local types\napplication/x-spry  spry  spr\n'
            'text/x-note note # comment words\n\nimage/png png2\n')
db = mimetypes.MimeTypes([types])
print(db.guess_type('a.spry'), db.guess_type('b.SPR'), db.guess_type('c.note'))
print(db.guess_all_extensions('image/png'), db.guess_extension('application/x-spry'))
print(mimetypes.read_mime_types(types))
mimetypes.init([types])
print(mimetypes.guess_type('x.note'), mimetypes.guess_extension('text/x-note'))
loose = mimetypes.MimeTypes()
loose.read(types, strict=False)
print(loose.guess_type('a.spry'), loose.guess_type('a.spry', strict=False))
for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
