# ElementTree.ParseError: Expat's message, code and position.
import io
import xml.etree.ElementTree as ET

BAD = ['<a></b>', '<a>', '', 'x', '<a>&foo;</a>', '<a><b x="1" x="2"/></a>',
       '<a/><b/>', '<a>\n<b>\n</a>', '<!DOCTYPE a SYSTEM "x"><a>\n &foo;</a>',
       '<p:a/>', b'<a>\xff</a>', '<a>&#0;</a>', '<a><![CDATA[x</a>',
       '<a b="1" c="2"\n  d=3/>', b'<?xml version="1.0" encoding="utf-8"?>\n\n<a><b></a>']
for doc in BAD:
    try:
        ET.fromstring(doc)
        print(repr(doc), 'parsed')
    except ET.ParseError as e:
        print(repr(doc), '->', e, e.code, e.position,
              isinstance(e, SyntaxError))

try:
    ET.parse(io.BytesIO(b'<root>\n  <open>\n</root>'))
except ET.ParseError as e:
    print('parse', e, e.position)

# An undefined entity the external DTD might define: supplied by .entity.
p = ET.XMLParser()
p.entity['nbsp'] = '\u00a0'
p.feed('<!DOCTYPE html SYSTEM "about:legacy-compat"><p>a&nbsp;b</p>')
print(repr(p.close().text))

for bad in ['x', ET.Element(1)]:
    try:
        el = ET.Element('a')
        el.append(bad)
        print(ET.tostring(el))
    except TypeError as e:
        print('TypeError', e)
try:
    ET.Element('a', attrib=[1])
except TypeError as e:
    print('TypeError', e)
e = ET.Element('a')
e.text = 3
try:
    ET.tostring(e)
except TypeError as exc:
    print('TypeError', exc)
pp = ET.XMLPullParser()
pp.feed('<a><b></c>')
try:
    list(pp.read_events())
except ET.ParseError as exc:
    print('pull', exc, exc.position)
