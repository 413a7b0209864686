# ElementTree: building trees, indent, namespaces, and write() options.
import io
import xml.etree.ElementTree as ET

root = ET.Element('root', {'b': '2'}, a='1')
s = ET.SubElement(root, 'child', name='x')
s.text = 'hi & <bye>'
s.tail = '\n'
ET.SubElement(root, 'empty')
root.append(ET.Comment(' note '))
root.append(ET.PI('target', 'data'))
q = ET.SubElement(root, ET.QName('urn:q', 'qn'))
q.set('attr', 'line1\nline2\t"q"')
print(ET.tostring(root, encoding='unicode'))
ET.indent(root)
print(ET.tostring(root, encoding='unicode'))
ET.indent(root, space='\t', level=1)
print(repr(ET.tostring(root, encoding='unicode')))
try:
    ET.indent(root, level=-1)
except ValueError as e:
    print(e)
print(list(root.itertext()), [e.tag for e in root.iter('child')])
print(root.keys(), root.items(), root.get('a'), root.get('zz', 'dflt'))
del root[0]
print(len(root), root[0].tag, [str(e.tag)[:15] for e in root[2:4]])
root.insert(0, ET.Element('first'))
root.remove(root[1])
print([e.tag for e in root if isinstance(e.tag, str)])
root.clear()
print(root.attrib, len(root), root.text)

n = ET.fromstring('<r xmlns="urn:d" xmlns:p="urn:p"><p:x p:a="1">v</p:x><y/></r>')
print(ET.tostring(n, encoding='unicode'))
print(ET.tostring(n, encoding='unicode', default_namespace='urn:d'))
ET.register_namespace('pp', 'urn:p')
print(ET.tostring(n, encoding='unicode'))
try:
    ET.register_namespace('ns1', 'x')
except ValueError as e:
    print(e)
try:
    ET.tostring(ET.Element('plain'), default_namespace='urn:d')
except ValueError as e:
    print(e)
x = ET.Element('{http://www.w3.org/1999/xhtml}html')
x.set('{http://www.w3.org/XML/1998/namespace}lang', 'en')
print(ET.tostring(x, encoding='unicode'))

tree = ET.ElementTree(ET.fromstring(
    '<root>\n  <item n="1">caf\u00e9</item>\n  <item n="2">two</item>\n</root>'))
for kw in [{}, {'encoding': 'utf-8'}, {'encoding': 'utf-8', 'xml_declaration': True},
           {'encoding': 'iso-8859-1'}, {'method': 'html'}, {'method': 'text'},
           {'xml_declaration': False, 'encoding': 'latin-1'}]:
    b = io.BytesIO()
    tree.write(b, **kw)
    print(kw, repr(b.getvalue()))
sio = io.StringIO()
tree.write(sio, encoding='unicode')
print(repr(sio.getvalue()))

h = ET.Element('html')
body = ET.SubElement(h, 'body')
ET.SubElement(body, 'br')
ET.SubElement(body, 'input', disabled='')
sc = ET.SubElement(body, 'script')
sc.text = 'a < b && c'
ET.SubElement(body, 'p', c='a"b<>&').text = 'x<y'
print(ET.tostring(h, method='html', encoding='unicode'))
print(ET.tostring(h, encoding='unicode'))
print(ET.QName('u', 'l'), repr(ET.QName('{u}l')), ET.QName('a') == 'a',
      ET.QName('a') < ET.QName('b'))
print(ET.tostringlist(ET.Element('t')), ET.iselement(h), ET.iselement('x'))
r, ids = ET.XMLID('<a id="x"><b id="y"/><c/></a>')
print(sorted(ids), ids['y'].tag, ET.fromstringlist(['<a>', 'b', '</a>']).text)
import copy
c = copy.deepcopy(r)
c[0].set('id', 'changed')
print(ET.tostring(r), ET.tostring(c), ET.tostring(copy.copy(r)))
ET.dump(ET.fromstring('<d><e/></d>'))
