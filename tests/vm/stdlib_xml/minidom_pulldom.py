# xml.dom.pulldom: the event stream, expandNode, and minidom parsing through
# a SAX parser.
import io
import xml.sax
from xml.dom import minidom, pulldom

DOC = ('<?xml version="1.0"?><!--top--><?early x?><r xmlns:p="u" a="1">'
       '<p:x p:k="v" plain="w">text<y/></p:x><?pi d?><z>2</z>\n</r>')


def show(node):
    if node.nodeType == node.DOCUMENT_NODE:
        return '#document'
    if node.nodeType == node.ELEMENT_NODE:
        return '%s %s %s' % (node.tagName, node.namespaceURI,
                             sorted(node.attributes.items()))
    return '%s %r' % (node.nodeName, node.nodeValue)


events = pulldom.parseString(DOC)
for event, node in events:
    parent = node.parentNode
    print(event, show(node), parent.nodeName if parent else None)
    if event == pulldom.START_ELEMENT and node.tagName == 'p:x':
        events.expandNode(node)
        print('  expanded:', node.toxml())

stream = pulldom.parse(io.BytesIO(b'<list><b n="1">one</b><b n="2">two<c/></b>'
                                  b'<d/></list>'), bufsize=7)
for event, node in stream:
    if event == pulldom.START_ELEMENT and node.tagName == 'b':
        stream.expandNode(node)
        print(node.toxml())
print(stream.getEvent()[0])

print(minidom.parseString(DOC, xml.sax.make_parser()).toxml())
print(minidom.parse(io.BytesIO(DOC.encode()), bufsize=5).documentElement.toxml())
print(pulldom.START_DOCUMENT, pulldom.END_DOCUMENT, pulldom.CHARACTERS,
      pulldom.IGNORABLE_WHITESPACE, pulldom.COMMENT, pulldom.default_bufsize)
