# xml.parsers.expat: Expat's error and position for less common malformed
# input: text and declarations outside the root, broken references,
# comment and CDATA openers, the XML declaration, namespace names.
from xml.parsers import expat

CASES = [
    (None, ['xmlns<a>', 'r<!--a-->', '!x', '%<a/>', '% <a/>', '#x<r/>',
            '<!OCTYPE r><r/>', '<!DOCT;YPE r>', '<!DOCTYPEhtml>', '<a/>y<',
            '<a></a>a]', '<a/> %', '<a/>#x', '"lit"<a/>', "'unclosed",
            '<r><!-a--></r>', '<r><![CDAT[a]]></r>', '<r><![DA',
            '<r>&am p;</r>', '<r>&#x;</r>', '<r>&#12a;</r>', '<r a="&#"/>',
            '<r a="</a>\x01"/>', '<r a="b&c"/>', '<?XML version="1.0"?><r/>',
            '<?xml vers?>x<r/>', '<?xml version=\'1.0?><r/>',
            '<?xml encoding"utf8"?><r/>', '<?xml encodi="utf/-8"?><r/>',
            '<?xml version="1.0" encoding="8bit"?><r/>',
            '<?xml version="1.0"standalone="yes"?><r/>', '<?pi!x?><r/>',
            '<r><![CDATA[line1\nline2]]', '<r><![CDATA[a]']),
    (' ', ['<p:/r xmlns:p="u"/>', '<r xmlns:p="u" p:="2"/>', '<:r/>', '<:',
           '<p:r xmlns:p="u"></:r>', '<r xmlns:p="u" xmlns:q="" p:x="2"/>',
           '<r xmlns:a="urn:a b"/>', '<r xmlns:p="u" :x="2"/>',
           '<r>&a:b;</r>', '<p:r xmlns:p="u" xmlns:q="u"></q:r>']),
]
for sep, docs in CASES:
    for doc in docs:
        p = expat.ParserCreate(namespace_separator=sep)
        seen = []
        p.StartNamespaceDeclHandler = lambda *a: seen.append(('ns',) + a)
        p.EndNamespaceDeclHandler = lambda *a: seen.append(('endns',) + a)
        p.StartElementHandler = lambda n, a: seen.append(('start', n))
        try:
            p.Parse(doc, True)
            print(repr(doc), 'parsed', seen)
        except expat.ExpatError as e:
            print(repr(doc), '->', e, e.code, seen)
