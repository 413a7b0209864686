# ElementTree: the Element protocol's corners (indexing, slices, errors),
# copies and pickling, TreeBuilder rules, serialisation of namespaces, QName,
# tag None, html/text methods, and bare-tag lookups.
import copy
import io
import pickle
import xml.etree.ElementTree as ET


def attempt(f):
    try:
        result = f()
        print('  ->', result if not ET.iselement(result) else ('element', result.tag))
    except Exception as e:
        print('  ', type(e).__name__, e)


E = ET.Element
for args in [(), ('a', 'b'), ('a', None), ('a', {}, {})]:
    attempt(lambda: E(*args).tag)
attempt(lambda: E('a', attrib=5))
attempt(lambda: E('a', {'x': '1'}, attrib={'y': '2'}, z='3').attrib)
e = E('root')
e.extend(E(f'c{i}') for i in range(5))
print(len(e), e[-1].tag, [k.tag for k in e[1:4:2]], bool(e), bool(E('leaf')))
attempt(lambda: e[9])
attempt(lambda: e['x'])
attempt(lambda: e.__setitem__(0, 'x'))
attempt(lambda: e.__setitem__(slice(0, 1), ['x']))
attempt(lambda: e.__setitem__(slice(0, 4, 2), [E('q')]))
attempt(lambda: e.__delitem__(9))
attempt(lambda: e.remove(E('zz')))
attempt(lambda: e.remove('zz'))
attempt(lambda: e.insert(0, 'x'))
attempt(lambda: e.append(None))
attempt(lambda: e.makeelement('q'))
attempt(lambda: ET.SubElement('a', 'b'))
attempt(lambda: ET.SubElement(e, 'b', 5))
e[1:3] = [E('n1'), E('n2'), E('n3')]
del e[::3]
print([k.tag for k in e])
e.set('k', 'v')
e.text, e.tail = 'text', 'tail'
shallow = copy.copy(e)
print(shallow is e, shallow.attrib is e.attrib, shallow[0] is e[0], shallow.text, shallow.tail)
deep = copy.deepcopy(e)
print(deep.attrib is e.attrib, deep[0] is e[0], deep.attrib, [k.tag for k in deep])
state = e.__getstate__()
print(sorted(state), state['tag'], len(state['_children']))
back = pickle.loads(pickle.dumps(e))
print(type(back).__name__, back.tag, back.attrib, back.text, [k.tag for k in back])
print(e.keys(), e.items(), e.get('k'), e.get('z', 'dflt'))
e.clear()
print(e.tag, e.attrib, e.text, e.tail, len(e))

tree = ET.fromstring('<a>x<b>y<c/>z</b>w<!--c--><?p d?></a>')
print(list(tree.itertext()), [n.tag for n in tree.iter('*')], [n.tag for n in tree.iter('c')])
with_comments = ET.XML('<a>x<!--c-->y<?p d?></a>',
                       parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True,
                                                                 insert_pis=True)))
print(list(with_comments.itertext()), ET.tostring(with_comments, method='text'))
flat = ET.fromstring('<r><p:x xmlns:p="urn:p"/><y/></r>')
print([n.tag for n in flat.findall('y')], flat.find('p:x'), flat.findtext('y'), flat.findtext('nope', 'D'))
attempt(lambda: flat.findall('p:x', {}))

b = ET.TreeBuilder()
b.data('ignored before')
b.start('a', {})
b.data('x')
b.data('y')
b.comment('not kept')
b.data('z')
b.end('a')
attempt(lambda: b.start('b', {}))
attempt(lambda: b.end('b'))
attempt(lambda: b.close().text)
b = ET.TreeBuilder(comment_factory=lambda t: ('C', t), pi_factory=lambda t, d=None: ('P', t, d))
print(b.comment('x'), b.pi('t', 'd'), b.close())

q = ET.QName('urn:u', 'local')
print(str(q), repr(q), q == '{urn:u}local', q < ET.QName('{urn:v}a'), hash(q) == hash(q.text))
node = E('{http://www.w3.org/1999/xhtml}a', {q: ET.QName('urn:u', 'v'), 'plain': ET.QName('w')})
ET.SubElement(node, '{urn:z}b')
ET.SubElement(node, '{}c')
print(ET.tostring(node))
ET.register_namespace('', 'urn:empty')
print(ET.tostring(E('{urn:empty}a')))
ET.register_namespace('dc', 'urn:other')
print(ET.tostring(E('{urn:other}a', {'{http://purl.org/dc/elements/1.1/}x': '1'})))
attempt(lambda: ET.tostring(E('a', {1: 'v'})))
attempt(lambda: ET.tostring(E(1)))
attempt(lambda: ET.tostring(E('a'), method='bogus'))
bare = E(None)
bare.text = 'x<'
ET.SubElement(bare, 'b').text = 'y'
print(ET.tostring(bare), ET.tostring(E('a'), short_empty_elements=False))
h = ET.fromstring('<html><head><style><![CDATA[a<b&]]></style></head><body>'
                  '<p a="&lt;&amp;&gt;&quot;&#10;">t<br/>x</p><BR/><Script><![CDATA[1<2]]></Script>'
                  '<x/></body></html>')
print(ET.tostring(h, method='html', encoding='unicode'))
print(ET.tostring(h, method='text', encoding='unicode'))
odd = E('a')
odd.text = 'a\rb\nc'
odd.set('k', 'a\rb\nc\td')
print(ET.tostring(odd), ET.tostring(odd, method='html'))
print(ET.tostring(E('a'), xml_declaration=True, encoding='unicode'))
print(ET.tostring(E('a'), xml_declaration=True, encoding='UTF-8'))
print(b''.join(ET.tostringlist(h, encoding='utf-8')) == ET.tostring(h, encoding='utf-8'))
