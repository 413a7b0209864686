# xml.sax.xmlreader and expatreader: the base interfaces' errors, attribute
# collections, InputSource, features/properties, incremental feeding, errors
# and the reader's position once closed.
import io
import xml.sax
from xml.sax import handler, xmlreader, expatreader


def attempt(f, *args):
    try:
        print('  ->', f(*args))
    except Exception as e:
        print('  ', type(e).__name__, e)


base = xmlreader.XMLReader()
print(type(base.getContentHandler()).__name__, type(base.getErrorHandler()).__name__)
for call in [base.parse, base.setLocale, base.getFeature, base.getProperty]:
    attempt(call, 'x')
attempt(base.setFeature, 'f', 1)
attempt(base.setProperty, 'p', 1)
inc = xmlreader.IncrementalParser()
for call in [inc.feed, inc.prepareParser]:
    attempt(call, 'x')
attempt(inc.close)
loc = xmlreader.Locator()
print(loc.getColumnNumber(), loc.getLineNumber(), loc.getPublicId(), loc.getSystemId())

src = xmlreader.InputSource('sys.xml')
src.setPublicId('pub')
src.setEncoding('utf-8')
print(src.getSystemId(), src.getPublicId(), src.getEncoding(), src.getByteStream(),
      src.getCharacterStream())

a = xmlreader.AttributesImpl({'a': '1', 'b': '2'})
print(a.getLength(), len(a), a.getType('zz'), a.getValue('a'), a.getValueByQName('b'),
      a.getNames(), a.getQNames(), a.keys(), a.items(), a.values(), 'a' in a,
      a.get('q', 'dflt'), a['b'], type(a.copy()).__name__, a.copy().items())
for call in [a.getValue, a.getNameByQName, a.getQNameByName, a.__getitem__]:
    attempt(call, 'zz')
ns = xmlreader.AttributesNSImpl({('urn:p', 'a'): '1', (None, 'b'): '2'},
                                {('urn:p', 'a'): 'p:a', (None, 'b'): 'b'})
print(ns.getValueByQName('p:a'), ns.getNameByQName('b'), ns.getQNameByName(('urn:p', 'a')),
      ns.getQNames(), ns.getNames(), ns.copy().getQNames())
for call in [ns.getValueByQName, ns.getNameByQName, ns.getQNameByName]:
    attempt(call, 'zz')

p = expatreader.create_parser()
for name in handler.all_features:
    print(name.rsplit('/', 1)[1], p.getFeature(name))
    for state in (True, False):
        attempt(p.setFeature, name, state)
for name in handler.all_properties:
    attempt(p.getProperty, name)
    attempt(p.setProperty, name, None)
attempt(p.getFeature, 'urn:nope')
print(expatreader.create_parser(1).getFeature(handler.feature_namespaces))


class Events(handler.ContentHandler):
    def __init__(self, reader):
        super().__init__()
        self.reader = reader

    def startDocument(self):
        print('  startDocument')

    def endDocument(self):
        print('  endDocument')

    def startElement(self, name, attrs):
        print('  start', name, attrs.items())
        attempt(self.reader.setFeature, handler.feature_namespaces, 1)
        print('  context', self.reader.getProperty(handler.property_xml_string)[:6])

    def characters(self, text):
        print('  chars', repr(text))


p = expatreader.create_parser()
p.setContentHandler(Events(p))
p.feed('<r a="1">ab')
p.feed(b'cd</r>')
p.close()
print(p.getLineNumber(), p.getColumnNumber())
p.feed('<again/>')
p.reset()
p.feed('<fresh/>')
p.close()

p = expatreader.create_parser()
p.feed('<r>')
attempt(p.close)
print(p.getLineNumber(), p.getColumnNumber())
attempt(p.close)


class Collect(handler.ErrorHandler):
    def fatalError(self, e):
        print('  fatal:', e, e.getLineNumber(), e.getColumnNumber())


p = expatreader.create_parser()
p.setErrorHandler(Collect())
p.feed('<r><')
p.feed('/x>')
print('  kept going')

stream = io.BytesIO(b'<doc><!-- c --><x/></doc>')
src = xmlreader.InputSource('memory.xml')
src.setByteStream(stream)
xml.sax.parse(src, handler.ContentHandler())
print('closed after parse:', stream.closed)
for bad in ['<a><b></a>', '<a>\n  &bad;</a>', '', b'<a>\xff</a>', '<a', '<a/><b/>']:
    try:
        xml.sax.parseString(bad, handler.ContentHandler())
    except xml.sax.SAXParseException as e:
        print(repr(bad), e, e.getLineNumber(), e.getColumnNumber(),
              type(e.getException()).__name__)
