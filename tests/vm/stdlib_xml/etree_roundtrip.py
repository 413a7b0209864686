# ElementTree: parsing documents and serializing them back, in every
# encoding and method.
import xml.etree.ElementTree as ET

DOCS = [
    '<a x="1" y="2"><b>t<c/>tail</b><b id="2">u</b><!--c--><?pi d?></a>',
    '<r xmlns="urn:d" xmlns:p="urn:p"><p:x p:a="1">v</p:x><y/></r>',
    '<a>&lt;&amp;&gt;"\'<![CDATA[<x>&]]></a>',
    '<?xml version="1.0" encoding="UTF-8"?>\n<!-- top --><root>\n'
    '  <item n="1">one</item>\n  <item n="2">two</item>\n</root>',
    '<a>\u00e9\u20ac\U0001F600</a>',
    '<!DOCTYPE d [<!ENTITY e "expanded &amp; more">]><d a="&e;">&e;</d>',
    '<a z="3" a="1" m="2" n="tab\tnl\ncr\rq&quot;"/>',
]


def kids(root):
    return [(c.tag if isinstance(c.tag, str) else c.tag.__name__,
             c.text, c.tail) for c in root]


for doc in DOCS:
    for data in (doc, doc.encode('utf-8')):
        root = ET.fromstring(data)
        print(type(data).__name__, root.tag, root.attrib, repr(root.text),
              kids(root))
    for enc in (None, 'unicode', 'utf-8', 'us-ascii', 'iso-8859-1'):
        print('  ', enc, repr(ET.tostring(root, encoding=enc)))
    print('   html', repr(ET.tostring(root, encoding='unicode', method='html')))
    print('   text', repr(ET.tostring(root, encoding='unicode', method='text')))
    print('   decl', repr(ET.tostring(root, xml_declaration=True)))
    print('   long', repr(ET.tostring(root, encoding='unicode',
                                      short_empty_elements=False)))
    again = ET.fromstring(ET.tostring(root))
    print('   same', ET.tostring(again) == ET.tostring(root))

tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=tb)
p.feed('<!--before--><a><!--x--><?t d?>text<?u?></a>')
r = p.close()
print([(str(c.tag)[10:17], c.text, c.tail) for c in r], r.text)
print(ET.XMLParser().version)
