# xml.sax.saxutils: escape, unescape, quoteattr, and the attribute classes.
from xml.sax import saxutils, xmlreader, SAXException, SAXParseException

for s in ['plain', 'a < b & c > d', '&amp;', 'quote "double"', "single 'x'",
          'both "d" and \'s\'', 'tab\there\nline\rcr']:
    print(repr(s), repr(saxutils.escape(s)), repr(saxutils.quoteattr(s)),
          repr(saxutils.unescape(saxutils.escape(s))))
ents = {'"': '&quot;', 'é': '&eacute;'}
print(saxutils.escape('"é" <x>', ents), saxutils.unescape('&quot;&eacute;&amp;lt;',
                                                         {'&quot;': '"', '&eacute;': 'é'}))
print(saxutils.quoteattr('a"b', {'"': '&quot;'}))

attrs = xmlreader.AttributesImpl({'a': '1', 'b': '2'})
print(len(attrs), attrs.getLength(), attrs.getNames(), attrs.getQNames(),
      attrs.getValue('a'), attrs.getType('a'), attrs.getValueByQName('b'),
      'a' in attrs, attrs.get('z', 'none'), attrs.items(), attrs.values(),
      attrs.keys(), attrs.copy().items())
try:
    attrs.getNameByQName('zz')
except KeyError as e:
    print('KeyError', e)
ns = xmlreader.AttributesNSImpl({('urn:x', 'k'): 'v', (None, 'plain'): 'p'},
                                {('urn:x', 'k'): 'x:k', (None, 'plain'): 'plain'})
print(ns.getValueByQName('x:k'), ns.getNameByQName('plain'),
      ns.getQNameByName(('urn:x', 'k')), ns.getQNames(), ns.copy().getLength())

src = xmlreader.InputSource('sys.xml')
src.setPublicId('pub')
src.setEncoding('utf-8')
print(src.getSystemId(), src.getPublicId(), src.getEncoding(),
      src.getByteStream(), src.getCharacterStream())
e = SAXException('msg', ValueError('inner'))
print(str(e), e.getMessage(), repr(e.getException()))
try:
    e[0]
except AttributeError as exc:
    print('AttributeError', exc)


class Loc(xmlreader.Locator):
    def getLineNumber(self):
        return 3

    def getSystemId(self):
        return 'file.xml'


print(SAXParseException('bad', None, Loc()), SAXParseException('bad', None, xmlreader.Locator()))
