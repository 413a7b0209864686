# xml.dom.minidom: NamedNodeMap, character data editing and its errors,
# childless nodes, fragments, namespaced lookups, cloning and importing,
# document types and declarations in toxml/toprettyxml, feature queries.
import xml.dom
from xml.dom import minidom


def attempt(f):
    try:
        result = f()
        print('  ->', result)
    except Exception as e:
        text = str(e)
        print('  ', type(e).__name__, repr(text) if ' at 0x' not in text else '(names a node)')


impl = minidom.getDOMImplementation()
doc = impl.createDocument('urn:u', 'p:root', None)
root = doc.documentElement
print(doc.toxml(), root.namespaceURI, root.prefix, root.localName, root.attributes.items())
print(doc.toxml(standalone=True), doc.toxml('latin-1', standalone=False))
print(repr(doc.toprettyxml(encoding='utf-8')))
root.setAttribute('k', 'v')
root.setAttributeNS('urn:a', 'a:x', '1')
root.setAttributeNS('urn:a', 'b:x', '2')
attrs = root.attributes
print(attrs.length, len(attrs), list(attrs.keys()), attrs.items(), attrs.itemsNS(),
      attrs.item(0).name, attrs.item(9), attrs['k'].value, attrs[('urn:a', 'x')].name,
      'k' in attrs, ('urn:a', 'x') in attrs, attrs.get('zz', 'dflt'))
attrs['new'] = 'n'
del attrs['k']
print(root.toxml())
attempt(lambda: attrs.removeNamedItem('nope'))
attempt(lambda: attrs.setNamedItem(doc.createTextNode('t')))
attempt(lambda: root.removeAttributeNode(doc.createAttribute('z')))
attempt(lambda: doc.createElement('x').setAttributeNode(root.getAttributeNode('new')))

text = doc.createTextNode('abcdef')
root.appendChild(text)
text.insertData(1, 'XY')
text.deleteData(0, 1)
text.replaceData(0, 2, 'Q')
text.appendData('!')
print(text.data, text.length, len(text), text.substringData(1, 3), repr(text))
for call in [lambda: text.substringData(-1, 1), lambda: text.substringData(99, 1),
             lambda: text.substringData(0, -1), lambda: text.splitText(99),
             lambda: text.appendChild(doc.createTextNode('y')),
             lambda: text.insertBefore(doc.createTextNode('y'), None),
             lambda: text.removeChild(text), lambda: doc.appendChild(text),
             lambda: root.appendChild(doc), lambda: doc.createCDATASection(1),
             lambda: doc.importNode(doc, True),
             lambda: impl.createDocument(None, 'p:x', None),
             lambda: doc.createCDATASection('a]]>b').toxml()]:
    attempt(call)
second = text.splitText(2)
second.splitText(1)
print([n.data for n in root.childNodes], second.wholeText, text.hasChildNodes(), text.firstChild)

frag = doc.createDocumentFragment()
for name in ['f1', 'f2']:
    frag.appendChild(doc.createElement(name))
root.insertBefore(frag, text)
print([n.nodeName for n in root.childNodes], len(frag.childNodes))
swap = doc.createDocumentFragment()
swap.appendChild(doc.createComment('c1'))
swap.appendChild(doc.createElement('g'))
root.replaceChild(swap, root.firstChild)
print(root.toxml())
print([e.tagName for e in doc.getElementsByTagName('*')],
      [e.tagName for e in root.getElementsByTagNameNS('*', 'g')],
      [e.tagName for e in doc.getElementsByTagNameNS('urn:u', '*')])
print(root.firstChild.nextSibling.tagName, root.lastChild.previousSibling.data,
      root.childNodes.item(1).tagName, root.childNodes.item(50))

other = minidom.parseString('<o a="1"><i>t<![CDATA[c]]></i><!--x--></o>')
imported = doc.importNode(other.documentElement, True)
print(imported.ownerDocument is doc, imported.parentNode, imported.toxml())
shallow = other.documentElement.cloneNode(False)
print(shallow.toxml(), other.cloneNode(False), other.cloneNode(True).toxml())
print(repr(other.toprettyxml(indent='  ')), repr(other.documentElement.toprettyxml(newl='|')))

for public, system, subset in [('pub', 'sys', None), (None, 'sys', 'X'), (None, None, None)]:
    dt = impl.createDocumentType('q', public, system)
    dt.internalSubset = subset
    print(repr(dt.toxml()), repr(dt.toprettyxml()))
print(impl.hasFeature('CORE', '2.0'), impl.hasFeature('xml', ''), impl.hasFeature('ls-load', '1.0'),
      minidom.getDOMImplementation('core 2.0') is impl, minidom.getDOMImplementation('bogus'))
pi = doc.createProcessingInstruction('tgt', 'data')
print(pi.nodeName, pi.nodeValue, pi.toxml(), repr(doc.createComment('0123456789abcdef')))
with minidom.parseString('<z><y/></z>') as gone:
    kept = gone.documentElement
print(kept.parentNode, kept.childNodes.length)
