# xml.sax.saxutils: escaping helpers, XMLGenerator's exact output (encodings,
# short empty elements, namespaces, bytes content), XMLFilterBase relaying,
# and prepare_input_source on the kinds of source it accepts.
import io
import os
import xml.sax
from xml.sax import handler, saxutils, xmlreader

print(saxutils.escape('a&<>"\'', {'"': '&quot;', 'a': 'A'}))
print(saxutils.escape('a&b', {'&': 'X'}))
print(saxutils.unescape('&amp;lt; &lt;&gt;&amp;&quot;', {'&quot;': '"'}))
print(saxutils.unescape('&amp;lt;', {'&amp;lt;': 'Q'}))
for value in ['plain', 'a"b', "a'b", 'a"\'b', '\n\r\t<&>', 'x']:
    print(saxutils.quoteattr(value), saxutils.quoteattr(value, {'x': 'y'}))


def play(gen, ns=False):
    gen.startDocument()
    gen.startElement('a', {'x': '1"<', 'y': '\n'})
    gen.startElement('b', {})
    gen.endElement('b')
    gen.characters('t<&>"')
    gen.characters('')
    gen.ignorableWhitespace(' &')
    gen.processingInstruction('pi', 'd&')
    gen.startElement('c', {})
    gen.characters(b'\xc3\xa9')
    gen.endElement('c')
    gen.endElement('a')
    gen.endDocument()


for kw in [{}, {'encoding': 'utf-8'}, {'short_empty_elements': True}]:
    out = io.StringIO()
    play(saxutils.XMLGenerator(out, **kw) if kw.get('encoding') else
         saxutils.XMLGenerator(out, 'utf-8', **kw))
    print(repr(out.getvalue()))
for enc in ['ascii', 'latin-1', 'utf-16']:
    out = io.BytesIO()
    gen = saxutils.XMLGenerator(out, enc)
    gen.startDocument()
    gen.startElement('a', {'t': '\u20ac'})
    gen.characters('\u00e9\u20ac')
    gen.endElement('a')
    print(enc, out.getvalue())


class Sink:
    def write(self, data):
        print('  write', data)


gen = saxutils.XMLGenerator(Sink(), 'utf-8', short_empty_elements=True)
gen.startElement('e', {})
gen.endElement('e')

out = io.StringIO()
gen = saxutils.XMLGenerator(out, short_empty_elements=True)
A = xmlreader.AttributesNSImpl
gen.startPrefixMapping(None, 'urn:d')
gen.startPrefixMapping('p', 'urn:p')
gen.startElementNS(('urn:d', 'root'), 'root', A({('urn:p', 'a'): '1', (None, 'b'): '"'}, {}))
gen.startElementNS(('urn:p', 'x'), None, A({}, {}))
gen.endElementNS(('urn:p', 'x'), None)
gen.startPrefixMapping('q', 'urn:q')
gen.startElementNS(('urn:q', 'z'), 'q:z', A({('http://www.w3.org/XML/1998/namespace', 'lang'): 'en'}, {}))
gen.characters('zz')
gen.endElementNS(('urn:q', 'z'), 'q:z')
gen.endPrefixMapping('q')
gen.endElementNS(('urn:d', 'root'), 'root')
print(out.getvalue())
try:
    gen.startElementNS(('urn:unknown', 'u'), None, A({}, {}))
except KeyError as e:
    print('KeyError', e)
gen = saxutils.XMLGenerator(io.StringIO())
for _ in range(2):
    try:
        gen.endPrefixMapping('p')
        print('popped')
    except IndexError as e:
        print('IndexError', e)


class Upper(saxutils.XMLFilterBase):
    def characters(self, content):
        super().characters(content.upper())

    def startElement(self, name, attrs):
        super().startElement(name.upper(), attrs)


out = io.StringIO()
f = Upper(xml.sax.make_parser())
f.setContentHandler(saxutils.XMLGenerator(out))
f.parse(io.StringIO('<doc k="v">text<in/>more</doc>'))
print(out.getvalue())
print(f.getFeature(handler.feature_namespaces), type(f.getParent()).__name__)
try:
    f.setFeature('urn:nope', 1)
except xml.sax.SAXNotRecognizedException as e:
    print(e)

here = os.path.dirname(os.path.abspath(__file__))
for source in ['saxutils_output.py', io.StringIO('x'), io.BytesIO(b'x')]:
    s = saxutils.prepare_input_source(source)
    print(os.path.basename(s.getSystemId() or '-'), type(s.getByteStream()).__name__,
          type(s.getCharacterStream()).__name__)
    for stream in (s.getByteStream(), s.getCharacterStream()):
        if stream is not None:
            stream.close()
s = saxutils.prepare_input_source('saxutils_output.py', os.path.join(here, 'base.xml'))
print(s.getSystemId() == os.path.join(here, 'saxutils_output.py'))
s.getByteStream().close()
src = xmlreader.InputSource()
src.setCharacterStream(io.StringIO('<a/>'))
print(saxutils.prepare_input_source(src) is src)
