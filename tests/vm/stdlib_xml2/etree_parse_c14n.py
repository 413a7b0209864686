# ElementTree parsing side: XMLParser targets (entities, doctype, missing
# methods), pull parser events and errors, iterparse's root, indent rules,
# and Canonical XML 2.0 namespace placement and prefix rewriting.
import io
import xml.etree.ElementTree as ET


class Log:
    def __init__(self):
        self.seen = []

    def start(self, tag, attrib):
        self.seen.append(('start', tag, sorted(attrib.items())))

    def end(self, tag):
        self.seen.append(('end', tag))

    def data(self, text):
        self.seen.append(('data', text))

    def doctype(self, name, pubid, system):
        self.seen.append(('doctype', name, pubid, system))

    def close(self):
        return self.seen


p = ET.XMLParser(target=Log())
p.entity['custom'] = 'C!'
p.feed('<!DOCTYPE r SYSTEM "r.dtd"><r xmlns:p="urn:p" p:a="1" b="2">x&custom;y')
p.feed(b'<p:e/></r>')
for event in p.close():
    print(event)


class OnlyStart:
    def start(self, tag, attrib):
        print('start only', tag)


p = ET.XMLParser(target=OnlyStart())
p.feed('<a><b/>text<!--c--></a>')
print('close ->', p.close())
p = ET.XMLParser()
try:
    p.feed('<!DOCTYPE r SYSTEM "r.dtd"><r>\n &unknown;</r>')
except ET.ParseError as e:
    print('ParseError', e, e.code, e.position)

pull = ET.XMLPullParser(events=('start', 'end', 'start-ns', 'end-ns', 'comment', 'pi'))
pull.feed('<r xmlns="urn:d"><!--c--><?t d?>')
for event, value in pull.read_events():
    print(event, value if event in ('start-ns', 'end-ns') else
          (value.tag if isinstance(value.tag, str) else value.text))
pull.feed('<x/></r>')
print([(ev, el if ev == 'end-ns' else el.tag) for ev, el in pull.read_events()])
pull.close()
bad = ET.XMLPullParser()
bad.feed('<a><b/>')
bad.feed('</c>')
events = bad.read_events()
print(next(events)[1].tag)
try:
    next(events)
except ET.ParseError as e:
    print('ParseError', e, e.position)
try:
    ET.XMLPullParser(events=('start', 'nope'))
except ValueError as e:
    print('ValueError', e)

it = ET.iterparse(io.BytesIO(b'<r><a>1</a><a>2</a></r>'), events=('start', 'end'))
print(it.root)
print([(ev, el.tag, el.text) for ev, el in it], it.root.tag)
try:
    for _ in ET.iterparse(io.BytesIO(b'<r><a></r>')):
        pass
except ET.ParseError as e:
    print('iterparse', e)

doc = ET.fromstring('<r>keep<a>x<b/>btail</a>atail<c> </c><d><e/>etail</d></r>')
ET.indent(doc)
print(repr(ET.tostring(doc, encoding='unicode')))
lone = ET.fromstring('<r><a/></r>')
lone.tail = 'T'
ET.indent(ET.ElementTree(lone), '-')
print(repr(ET.tostring(lone, encoding='unicode')))
single = ET.Element('only')
ET.indent(single)
print(repr(ET.tostring(single, encoding='unicode')))

for doc, opts in [
        ('<a xmlns:z="urn:z" xmlns:y="urn:y"><y:b/><z:c/></a>', {}),
        ('<a xmlns:z="urn:z" xmlns:y="urn:y"><y:b/><z:c/></a>', {'rewrite_prefixes': True}),
        ('<a xmlns="urn:d" xmlns:b="urn:b" b:x="1" a="1"><e xmlns=""/></a>', {'rewrite_prefixes': True}),
        ('<a xmlns:p="urn:p"><b p:x="1"><c xmlns:p="urn:p" p:y="2"/></b><p:d/></a>', {}),
        ('<a xmlns:p="urn:p"><b xmlns:p="urn:q"><p:c/></b><p:d/></a>', {}),
        ('<a xmlns:q="urn:p" xmlns:p="urn:p"><p:b/><q:c/></a>', {}),
        ('<a xmlns:b="urn:b" b:z="1" b:a="2" z="3" a="4" xmlns:c="urn:a" c:m="5"/>', {}),
        ('<a>  x  <b> </b>\n<c xml:space="preserve"> y <d xml:space="default"> z </d></c></a>',
         {'strip_text': True}),
        ('<a k="&#9;&#10;&#13;>">t\r\n&#13;x&gt;"</a>', {}),
        ('<!--x--><a>E<?p?><?q  r  s ?><!--y--></a><!--z-->', {'with_comments': True}),
        ('<r xmlns:x="urn:x" xml:lang="en"><x:v/></r>', {'rewrite_prefixes': True}),
        ('<r xmlns:x="urn:x" a="1"><v x:k="1">x:val</v>tail</r>',
         {'exclude_attrs': ['a'], 'exclude_tags': ['v']}),
        ('<r xmlns="urn:d" xmlns:x="urn:x"><w attr="plain"/><w attr="x:y"/></r>',
         {'qname_aware_attrs': ['attr']})]:
    print(repr(ET.canonicalize(doc, **opts)))
