# xml.dom.minidom: parsing documents, the resulting tree, toxml and
# toprettyxml.
from xml.dom import minidom
import xml.dom, xml.sax, io
docs = ['<?xml version="1.0"?><!DOCTYPE a SYSTEM "x.dtd"><!--c--><a x="1" xmlns:p="u"><p:b p:y="2">t&amp;<![CDATA[cd]]>u</p:b>\n  <c/><?pi data?></a>',
        '<!DOCTYPE a [\n  <!ENTITY e "ee">\n  <!-- c -->\n  <!ELEMENT a ANY>\n]>\n<a>&e;</a>',
        '<a xmlns="u" b="1"><c/></a>', '<a><![CDATA[x]]>y</a>', '<a>\n<b> x </b>\n</a>',
        '<?xml version="1.0" encoding="utf-8" standalone="no"?><a xml:lang="en">\u00e9</a>',
        '<!DOCTYPE a PUBLIC "-//P//EN" "http://x/y.dtd"><a/>',
        '<a><b>x</b><c>1<d/>2</c><e></e></a>']
for s in docs:
    d = minidom.parseString(s)
    print(repr(d.toxml()))
    print(repr(d.toprettyxml(indent='  ')))
    print(repr(d.toxml('utf-8')), d.version, d.encoding, d.standalone)
    de = d.documentElement
    print(de.tagName, de.namespaceURI, de.localName, de.prefix, de.attributes.items(), [(a.name, a.namespaceURI, a.prefix, a.localName) for a in de.attributes.values()])
    print([(n.nodeType, n.nodeName, n.nodeValue) for n in d.childNodes])
    for n in de.getElementsByTagName('*'):
        print('  ', n.tagName, n.namespaceURI, [(c.nodeType, c.nodeName, c.nodeValue) for c in n.childNodes], n.parentNode.nodeName, n.previousSibling and n.previousSibling.nodeName, n.nextSibling and n.nextSibling.nodeName)
    if d.doctype:
        dt = d.doctype
        print('  doctype', dt.name, dt.publicId, dt.systemId, repr(dt.internalSubset), [(e.nodeName, e.systemId, [c.data for c in e.childNodes]) for e in dt.entities._seq])
