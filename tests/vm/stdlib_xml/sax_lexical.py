# xml.sax: the lexical handler property (comments, CDATA, DTD bounds),
# skipped entities and DTD handler notations/unparsed entities.
import io, xml.sax
from xml.sax import handler, saxutils
class Lex(handler.LexicalHandler, handler.ContentHandler):
    def __init__(self): super().__init__(); self.ev = []
    def comment(self, c): self.ev.append(('comment', c))
    def startDTD(self, *a): self.ev.append(('startDTD',) + a)
    def endDTD(self): self.ev.append(('endDTD',))
    def startCDATA(self): self.ev.append(('startCDATA',))
    def endCDATA(self): self.ev.append(('endCDATA',))
    def characters(self, c): self.ev.append(('chars', c))
    def startElement(self, n, a): self.ev.append(('start', n))
    def skippedEntity(self, n): self.ev.append(('skipped', n))
p = xml.sax.make_parser()
h = Lex()
p.setContentHandler(h)
p.setProperty(handler.property_lexical_handler, h)
p.parse(io.StringIO('<!DOCTYPE r SYSTEM "r.dtd"><!--c1--><r>a<![CDATA[<x>]]><!--c2-->&ext;</r>'))
for e in h.ev: print(e)
print(p.getProperty(handler.property_lexical_handler) is h)
class DTD(handler.DTDHandler):
    def notationDecl(self, *a): print('notation', a)
    def unparsedEntityDecl(self, *a): print('unparsed', a)
p = xml.sax.make_parser(); p.setDTDHandler(DTD()); p.setContentHandler(handler.ContentHandler())
p.parse(io.StringIO('<!DOCTYPE r [<!NOTATION gif SYSTEM "image/gif"><!ENTITY pic SYSTEM "p.gif" NDATA gif>]><r/>'))
try: p.getProperty('http://x/y')
except xml.sax.SAXNotRecognizedException as e: print(e)
