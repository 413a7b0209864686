# Encodings: declared, byte order marks, UTF-16 without BOM, an XMLParser encoding,
# invalid bytes, unknown encodings, and declarations split across feeds.
import xml.etree.ElementTree as ET
from xml.parsers import expat
from xml.dom import minidom
cases = [b'<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>',
         '<?xml version="1.0" encoding="utf-16"?><a>\u00e9\u20ac</a>'.encode('utf-16'),
         '<a>\u00e9</a>'.encode('utf-16-le'), '<a>\u00e9</a>'.encode('utf-16-be'),
         b'\xef\xbb\xbf<a>\xc3\xa9</a>', b'<?xml version="1.0" encoding="ascii"?><a>x</a>',
         b'<?xml version="1.0" encoding="windows-1252"?><a>\x80</a>',
         b'<?xml version="1.0" encoding="bogus-enc"?><a>x</a>',
         b'<?xml version="1.0" encoding="latin-1"?><a>\xff</a>',
         b'<a>\xc3</a>', b'<a>\xe9</a>', '<?xml version="1.0" encoding="latin-1"?><a>\u20ac</a>']
for c in cases:
    try:
        print(repr(ET.fromstring(c).text))
    except (ET.ParseError, LookupError) as e:
        print(type(e).__name__, e, getattr(e, 'code', None))
    try:
        print(repr(minidom.parseString(c).documentElement.firstChild.data))
    except Exception as e:
        print(type(e).__name__, e)
p = ET.XMLParser(encoding='latin-1'); p.feed(b'<a>\xe9</a>'); print(repr(p.close().text))
p = ET.XMLParser(encoding='utf-8'); p.feed(b'<?xml version="1.0" encoding="latin-1"?><a>\xc3\xa9</a>'); print(repr(p.close().text))
for piece in ([b'<a>\xc3', b'\xa9</a>'], [b'<?xml version="1.0" encoding="iso-8859-1"?>', b'<a>\xe9</a>'], [b'<?xml ver', b'sion="1.0" encoding="iso-8859-1"?><a>\xe9</a>']):
    p = expat.ParserCreate(); out = []
    p.CharacterDataHandler = out.append
    try:
        for x in piece: p.Parse(x)
        p.Parse(b'', True); print(out)
    except expat.ExpatError as e: print('err', e)
