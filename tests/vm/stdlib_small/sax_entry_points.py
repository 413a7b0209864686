# xml.sax's entry points and exceptions: make_parser's driver search, parse and
# parseString over str and bytes, SAXParseException's position text.
import io
import xml.sax
from xml.sax import _exceptions as sax_errors


class Collect(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.events = []

    def startElement(self, name, attrs):
        self.events.append(('start', name, dict(attrs)))

    def characters(self, content):
        self.events.append(('text', content))


for doc in ('<a x="1">h\xe9<b/></a>', '<a x="1">h\xe9<b/></a>'.encode('utf-8')):
    handler = Collect()
    xml.sax.parseString(doc, handler)
    print(handler.events)
handler = Collect()
xml.sax.parse(io.BytesIO(b'<r><i>1</i></r>'), handler)
print(handler.events)
try:
    xml.sax.parseString('<a>', Collect())
except xml.sax.SAXParseException as e:
    print(type(e).__name__, e, e.getLineNumber(), e.getColumnNumber(), e.getSystemId())
print(type(xml.sax.make_parser(['no.such.driver'])).__name__, xml.sax.default_parser_list)
try:
    xml.sax.make_parser(5)
except TypeError as e:
    print('TypeError', e)
try:
    xml.sax._create_parser('json')
except AttributeError as e:
    print('AttributeError', e)
saved = xml.sax.default_parser_list[:]
xml.sax.default_parser_list[:] = ['no.such.driver']
try:
    xml.sax.make_parser()
except xml.sax.SAXReaderNotAvailable as e:
    print('SAXReaderNotAvailable', e, e.getException())
xml.sax.default_parser_list[:] = saved

e = sax_errors.SAXException('m')
print(repr(e), str(e), e.args, e.getMessage(), e.getException())
e = sax_errors.SAXException('m', ValueError('v'))
print(repr(e.getException()))
try:
    e[0]
except AttributeError as err:
    print('AttributeError', err)


class Locator:
    line, column, system = 7, 3, 'doc.xml'

    def getColumnNumber(self):
        return self.column

    def getLineNumber(self):
        return self.line

    def getPublicId(self):
        return 'public-' + str(self.line)

    def getSystemId(self):
        return self.system


where = Locator()
e = sax_errors.SAXParseException('bad', None, where)
where.line, where.column, where.system = None, 0, None
print(str(e), e.args, e.getLineNumber(), e.getColumnNumber(), e.getPublicId(), e.getSystemId())
print(str(sax_errors.SAXParseException('worse', KeyError('k'), where)))
print([c.__mro__[1].__name__ for c in (sax_errors.SAXNotRecognizedException,
                                       sax_errors.SAXNotSupportedException,
                                       sax_errors.SAXReaderNotAvailable)])
