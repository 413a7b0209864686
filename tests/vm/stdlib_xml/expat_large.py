# xml.parsers.expat on a larger generated document, whole and in pieces of
# several sizes: the same events (text chunked at the piece boundaries only
# when buffer_text is off).
from xml.parsers import expat

parts = ['<?xml version="1.0"?>\n<catalog xmlns:x="urn:x">\n']
for i in range(60):
    parts.append('  <book id="b%d" x:lang="en" note=\'a&amp;b\tc\'>\n'
                 '    <title>Title &amp; %d &lt;%d&gt;</title><!-- c%d -->\n'
                 '    <desc>Text ] with <b>bold</b> and caf\u00e9 &#233;.</desc>'
                 '<![CDATA[raw <%d>]]><?pi %d?>\n  </book>\n'
                 % (i, i, i * 7, i, i, i))
parts.append('</catalog>\n')
DOC = ''.join(parts)


def events(pieces, ns, buffered):
    out = []
    p = expat.ParserCreate(namespace_separator=ns)
    p.buffer_text = buffered
    p.StartElementHandler = lambda n, a: out.append(('S', n, tuple(a.items())))
    p.EndElementHandler = lambda n: out.append(('E', n))
    p.CharacterDataHandler = lambda d: out.append(('D', d))
    p.CommentHandler = lambda d: out.append(('C', d))
    p.ProcessingInstructionHandler = lambda t, d: out.append(('P', t, d))
    for piece in pieces:
        p.Parse(piece, False)
    p.Parse(b'' if pieces and isinstance(pieces[0], bytes) else '', True)
    return out


def merged(evs):
    out = []
    for e in evs:
        if e[0] == 'D' and out and out[-1][0] == 'D':
            out[-1] = ('D', out[-1][1] + e[1])
        else:
            out.append(e)
    return out


whole = events([DOC], None, False)
print(len(DOC), len(whole), whole[:6], whole[-3:])
data = DOC.encode()
for size in (3, 7, 100, 4096):
    pieces = [data[k:k + size] for k in range(0, len(data), size)]
    for ns in (None, '}'):
        got = events(pieces, ns, True)
        ref = merged(events([DOC], ns, False))
        print(size, ns, len(got), merged(got) == ref)
print(merged(whole) == merged(events([DOC], None, True)))
print(sum(1 for e in whole if e[0] == 'D'), events([DOC], '}', False)[1:3])
