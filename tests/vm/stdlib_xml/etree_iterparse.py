# ElementTree: iterparse, XMLPullParser and custom parser targets.
import io
import xml.etree.ElementTree as ET

src = io.BytesIO(b'<r xmlns:x="u"><x:a>1</x:a><!--c--><?p q?><b/></r>')
events = []
for ev, el in ET.iterparse(src, events=('start', 'end', 'start-ns', 'end-ns',
                                        'comment', 'pi')):
    if ev in ('start-ns', 'end-ns'):
        events.append((ev, el))
    else:
        events.append((ev, el.tag if isinstance(el.tag, str) else el.text))
for e in events:
    print(e)
it = ET.iterparse(io.BytesIO(b'<r><a/><b>t</b></r>'))
print(it.root, [(ev, el.tag) for ev, el in it], it.root.tag)
try:
    ET.iterparse(io.BytesIO(b'<r/>'), events=('bogus',))
except ValueError as e:
    print('ValueError', e)

pp = ET.XMLPullParser(['start', 'end'])
for chunk in ['<ro', 'ot><a>te', 'xt</a', '><b/></root>']:
    pp.feed(chunk)
    print(repr(chunk), [(ev, el.tag, el.text) for ev, el in pp.read_events()])
pp.close()
try:
    pp.feed('<x/>')
except ValueError as e:
    print('ValueError', e)


class Target:
    def __init__(self):
        self.events = []

    def start(self, tag, attrib):
        self.events.append(('start', tag, attrib))

    def end(self, tag):
        self.events.append(('end', tag))

    def data(self, data):
        self.events.append(('data', data))

    def comment(self, text):
        self.events.append(('comment', text))

    def pi(self, target, data):
        self.events.append(('pi', target, data))

    def start_ns(self, prefix, uri):
        self.events.append(('start_ns', prefix, uri))

    def end_ns(self, prefix):
        self.events.append(('end_ns', prefix))

    def doctype(self, name, pubid, system):
        self.events.append(('doctype', name, pubid, system))

    def close(self):
        return self.events


p = ET.XMLParser(target=Target())
p.feed('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "http://x/y.dtd">'
       '<html xmlns="http://www.w3.org/1999/xhtml" a="1">x<!--c--><?p d?>y'
       '<br/>&lt;z&gt;</html>')
for e in p.close():
    print(e)


class Counter:
    depth = maxdepth = 0

    def start(self, tag, attrib):
        self.depth += 1
        self.maxdepth = max(self.maxdepth, self.depth)

    def end(self, tag):
        self.depth -= 1

    def close(self):
        return self.maxdepth


p = ET.XMLParser(target=Counter())
p.feed('<a><b><c/><d><e/></d></b></a>')
print('max depth', p.close())
