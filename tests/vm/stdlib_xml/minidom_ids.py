# xml.dom.minidom: getElementById with ID attributes declared in the DTD's
# internal subset or marked with setIdAttribute.
from xml.dom import minidom

doc = minidom.parseString(
    '<!DOCTYPE r [<!ATTLIST item key ID #IMPLIED other CDATA #IMPLIED>\n'
    '<!ATTLIST r rid ID #REQUIRED>]><r rid="top"><item key="k1" other="o1">a'
    '</item><item key="k2"/><x key="k3"/></r>')
for key in ['k1', 'k2', 'top', 'k3', 'o1']:
    found = doc.getElementById(key)
    print(key, found.toxml() if found is not None else None)
item = doc.getElementById('k1')
print(item.getAttributeNode('key').isId, item.getAttributeNode('other').isId)
x = doc.getElementsByTagName('x')[0]
x.setIdAttribute('key')
print(doc.getElementById('k3').tagName, x.getAttributeNode('key').isId)
try:
    x.setIdAttribute('missing')
except Exception as e:
    print(type(e).__name__)
print(repr(doc.doctype.internalSubset))
plain = minidom.parseString('<r id="a"><s id="b"/></r>')
print(plain.getElementById('a'), plain.getElementById('b'))
