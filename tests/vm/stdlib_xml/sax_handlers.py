# xml.sax: parseString/parse with a ContentHandler, namespaces, errors,
# the locator, and an XMLGenerator writing the events back.
import io
import xml.sax
from xml.sax import handler, saxutils


class Recorder(handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.events = []

    def startDocument(self):
        self.events.append(('startDocument',))

    def endDocument(self):
        self.events.append(('endDocument',))

    def startElement(self, name, attrs):
        self.events.append(('start', name, attrs.items(), attrs.getNames(),
                            attrs.getLength(),
                            self._locator and self._locator.getLineNumber()))

    def endElement(self, name):
        self.events.append(('end', name))

    def startElementNS(self, name, qname, attrs):
        self.events.append(('startNS', name, qname, sorted(attrs.items()),
                            sorted(attrs.getQNames())))

    def endElementNS(self, name, qname):
        self.events.append(('endNS', name, qname))

    def startPrefixMapping(self, prefix, uri):
        self.events.append(('prefix', prefix, uri))

    def endPrefixMapping(self, prefix):
        self.events.append(('endprefix', prefix))

    def characters(self, content):
        self.events.append(('chars', content))

    def processingInstruction(self, target, data):
        self.events.append(('pi', target, data))


DOC = ('<?xml version="1.0"?>\n<root a="1" b="&lt;2&gt;"><!-- skipped -->'
       '<x:item xmlns:x="urn:x" x:k="v">t&amp;u</x:item><?proc data?>\n'
       '<empty/></root>')
r = Recorder()
xml.sax.parseString(DOC, r)
for e in r.events:
    print(e)

p = xml.sax.make_parser()
p.setFeature(handler.feature_namespaces, True)
r = Recorder()
p.setContentHandler(r)
p.parse(io.BytesIO(DOC.encode()))
for e in r.events:
    print(e)
print(p.getFeature(handler.feature_namespaces),
      p.getFeature(handler.feature_validation))
for bad in ['http://example.com/nope', handler.feature_validation]:
    try:
        p.setFeature(bad, True)
    except xml.sax.SAXException as e:
        print(type(e).__name__, e)

for doc in ['<a><b></a>', '<a>\n  &bad;</a>', '', b'<a>\xff</a>']:
    try:
        xml.sax.parseString(doc, handler.ContentHandler())
    except xml.sax.SAXParseException as e:
        print(repr(doc), '->', e, '|', e.getMessage(), e.getLineNumber(),
              e.getColumnNumber(), e.getSystemId(), type(e.getException()).__name__)

out = io.StringIO()
xml.sax.parseString(DOC, saxutils.XMLGenerator(out, encoding='utf-8'))
print(out.getvalue())
out = io.BytesIO()
gen = saxutils.XMLGenerator(out, short_empty_elements=True)
p = xml.sax.make_parser()
p.setFeature(handler.feature_namespaces, True)
p.setContentHandler(gen)
p.parse(io.StringIO('<r xmlns="urn:d" xmlns:p="urn:p"><p:a p:x="1">\u00e9\u20ac</p:a><b/></r>'))
print(out.getvalue())

inc = xml.sax.make_parser()
r = Recorder()
inc.setContentHandler(r)
for piece in ['<doc>', 'some ', 'text<sub/>', '</doc>']:
    inc.feed(piece)
inc.close()
print([e[:2] for e in r.events])
