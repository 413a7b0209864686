# xml.parsers.expat: the handler calls for a document, with and without
# namespace processing, ordered attributes and text buffering.
from xml.parsers import expat

DOC = '''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE r [
  <!ENTITY who "World &amp; co">
  <!ATTLIST r kind CDATA "plain">
]>
<r xmlns:p="urn:p" id="1"><!-- hi --><?target some data?>
Hello &who;!<p:x p:a="&lt;1&gt;" b='two'>a&#65;&#x42;</p:x><![CDATA[<raw> & ]]]]>
</r>'''


def make(events, **kw):
    p = expat.ParserCreate(**kw)
    p.XmlDeclHandler = lambda *a: events.append(('xmldecl',) + a)
    p.StartDoctypeDeclHandler = lambda *a: events.append(('doctype',) + a)
    p.EndDoctypeDeclHandler = lambda: events.append(('enddoctype',))
    p.EntityDeclHandler = lambda *a: events.append(('entity',) + a)
    p.StartElementHandler = lambda n, a: events.append(('start', n, a))
    p.EndElementHandler = lambda n: events.append(('end', n))
    p.CharacterDataHandler = lambda d: events.append(('data', d))
    p.CommentHandler = lambda d: events.append(('comment', d))
    p.ProcessingInstructionHandler = lambda t, d: events.append(('pi', t, d))
    p.StartNamespaceDeclHandler = lambda pr, u: events.append(('ns', pr, u))
    p.EndNamespaceDeclHandler = lambda pr: events.append(('endns', pr))
    p.StartCdataSectionHandler = lambda: events.append(('cdata',))
    p.EndCdataSectionHandler = lambda: events.append(('endcdata',))
    return p


for kw, opts in [({}, {}), ({'namespace_separator': ' '}, {}),
                 ({'namespace_separator': '|'},
                  {'ordered_attributes': True, 'buffer_text': True,
                   'namespace_prefixes': True})]:
    events = []
    p = make(events, **kw)
    for k, v in opts.items():
        setattr(p, k, v)
    print(kw, opts, p.Parse(DOC, True))
    for e in events:
        print('   ', e)

# Incremental bytes, cut inside a multi-byte character and inside tags.
data = '<doc a="\u00e9t\u00e9">caf\u00e9 \u20ac\U0001F600<e/>x</doc>'.encode()
for size in (1, 3, 7):
    events = []
    p = make(events)
    p.buffer_text = True
    for i in range(0, len(data), size):
        p.Parse(data[i:i + size], False)
    p.Parse(b'', True)
    print(size, [e for e in events if e[0] != 'data'],
          ''.join(e[1] for e in events if e[0] == 'data'))

p = expat.ParserCreate()
print(p.buffer_text, p.ordered_attributes, p.specified_attributes, p.buffer_size)
print(expat.ErrorString(3), expat.ErrorString(7), expat.errors.XML_ERROR_SYNTAX)
print(expat.errors.codes['mismatched tag'], expat.errors.messages[11])
print(expat.error is expat.ExpatError, issubclass(expat.ExpatError, Exception))
print(expat.model.XML_CTYPE_SEQ, expat.model.XML_CQUANT_PLUS)
import xml.parsers.expat.errors as errs
print(errs.XML_ERROR_TAG_MISMATCH)
