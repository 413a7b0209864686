# xml.dom.pulldom: namespaced element and attribute nodes, which nodes are
# attached while pulling, the end-of-input getEvent() order, PullDOM's node
# stack, SAX2DOM building a whole tree, and the error handler.
import io
import xml.sax
from xml.dom import pulldom

DOC = ('<a xmlns="urn:d" xmlns:q="urn:q" q:k="1" k="2">x&amp;y<q:b/>  '
       '<c><?t d?></c></a>')
stream = pulldom.parseString(DOC)
for event, node in stream:
    if event == pulldom.START_ELEMENT:
        print(event, node.tagName, node.namespaceURI, node.prefix, node.localName,
              [(a.name, a.namespaceURI, a.prefix, a.localName, a.value)
               for a in node.attributes.values()],
              node.parentNode.nodeName if node.parentNode else None)
        print('  ', node.toxml())
    else:
        print(event, node.nodeName, repr(node.nodeValue))
print(stream.getEvent()[0], stream.getEvent())

stream = pulldom.parseString('<r><a>1</a><b>2<i/></b><c/></r>')
kinds = []
for event, node in stream:
    kinds.append(event[:3])
    if event == pulldom.START_ELEMENT and node.tagName == 'b':
        stream.expandNode(node)
        print('expanded', node.toxml(), node.parentNode)
print(kinds)
document_event = pulldom.parseString('<!--c--><?pi x?><r>t<s/></r>')
kind, document = document_event.getEvent()
document_event.expandNode(document)
print(kind, document.toxml(), [n.nodeName for n in document.childNodes])
document_event.clear()
print(hasattr(document_event, 'pulldom'), document_event.parser, document_event.stream)

builder = pulldom.PullDOM()
builder.startDocument()
builder.startElement('x', {'k': 'v'})
print(builder.pop().toxml(), builder.pop().nodeName)
try:
    builder.pop()
except IndexError as e:
    print('IndexError', e)

tree = pulldom.SAX2DOM()
xml.sax.parseString('<top a="1">one<mid>two<?p q?></mid>three</top>', tree)
print(tree.document.toxml())

here = pulldom.parse(io.BytesIO(b'<f><g/></f>'), bufsize=3)
print([(e, n.nodeName) for e, n in here])
handler = pulldom.ErrorHandler()


class Where:
    def getSystemId(self):
        return 'doc.xml'

    def getLineNumber(self):
        return 3

    def getColumnNumber(self):
        return 7


problem = xml.sax.SAXParseException('bad thing', None, Where())
handler.warning(problem)
for report in (handler.error, handler.fatalError):
    try:
        report(problem)
    except xml.sax.SAXParseException as e:
        print('raised', e)
