# ElementTree: find/findall/findtext/iterfind with the ElementPath subset.
import xml.etree.ElementTree as ET

root = ET.fromstring(
    '<a x="1"><b>t<c/>tail</b><b id="2">u<c>deep</c></b><d><b id="3"/></d>'
    '<!--c--><?pi d?><e>text<f>more</f></e></a>')
for path in ['b', 'b/c', './/c', '*', '.', 'b[@id]', "b[@id='2']",
             "b[@id!='2']", 'b[c]', "b[.='u']", "b[c='deep']", "b[c!='deep']",
             'b[1]', 'b[2]', 'b[last()]', 'b[last()-1]', '..', 'b/..', '{*}b',
             '{}b', 'x', 'b/', './/b', './/b[@id]', 'd/b', 'd/*',
             '*/c', ".//*[@id='3']", 'e/f', "e[.='textmore']", './/b/..']:
    found = root.findall(path)
    first = root.find(path)
    print(repr(path), [(e.tag, e.get('id')) for e in found],
          repr(root.findtext(path)), first is None or first.tag,
          [e.tag for e in root.iterfind(path)] == [e.tag for e in found])
print(repr(root.findtext('zz', 'dflt')), repr(root.findtext('b[1]/c')))
for path in ['/a', 'b[', 'b[0]', 'b[@x=', '//', 'b[last()-0]', 'b[foo()]',
             'p:x', 'q:b']:
    try:
        print(repr(path), root.findall(path))
    except (SyntaxError, TypeError) as e:
        print(repr(path), type(e).__name__, e)
try:
    root.findall('q:b[@id]')
except SyntaxError as e:
    print('SyntaxError:', e)

ns = ET.fromstring('<r xmlns="urn:d" xmlns:p="urn:p"><p:x p:a="1">v</p:x>'
                   '<y a="2"/><p:y/></r>')
m = {'d': 'urn:d', 'p': 'urn:p'}
print([e.tag for e in ns.findall('p:x', m)], [e.tag for e in ns.findall('d:y', m)])
print([e.tag for e in ns.findall('y', {'': 'urn:d'})])
print([e.tag for e in ns.findall('{*}y')], [e.tag for e in ns.findall('{urn:p}*')])
print([e.tag for e in ns.findall('{urn:d}y[@a]')], ns.findtext('p:x', namespaces=m))
print([e.tag for e in ns.iter()], [e.tag for e in ns.iter('{urn:p}y')])
tree = ET.ElementTree(root)
print(tree.find('b').text, len(tree.findall('.//b')), tree.findtext('e'))
print([e.tag for e in root.iter('b')], list(root.itertext()))
