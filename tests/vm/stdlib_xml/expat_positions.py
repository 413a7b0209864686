# xml.parsers.expat: positions after CR LF line ends (byte indexes count
# both bytes), errors inside attribute values, and the namespace
# declarations undone when an element fails to start.
from xml.parsers import expat


def attempt(doc, chunks=None, sep=None):
    p = expat.ParserCreate(namespace_separator=sep)
    seen = []
    p.StartNamespaceDeclHandler = lambda *a: seen.append(('ns',) + a)
    p.EndNamespaceDeclHandler = lambda *a: seen.append(('endns',) + a)
    p.StartElementHandler = lambda n, a: seen.append(
        ('start', n, p.CurrentLineNumber, p.CurrentColumnNumber,
         p.CurrentByteIndex))
    try:
        for piece in (chunks or [doc]):
            p.Parse(piece, False)
        p.Parse('', True)
        print(repr(doc), 'ok', seen)
    except expat.ExpatError as e:
        print(repr(doc), '->', e, p.ErrorByteIndex, seen)


attempt('<r>\r\n<a/>\r\n<b>\r\n</c>')
attempt('<r>\r\n<a/>\r\n<b>\r\n</c>', chunks=['<r>\r', '\n<a/>\r\n<b', '>\r\n</c>'])
attempt('<r>\r\n\r\n  <a\r\n x="1"\r\n/>\r\n</r>')
attempt('<r>\r<a/>\r</r>')
attempt('<r b="x&undefined;y"/>')
attempt('<r>\n  <s a="1" b="&#0;"/></r>')
attempt('<r a="x\n<y"/>')
attempt('<r xmlns:p="u" q:x="2"/>', sep=' ')
attempt('<r xmlns:p="u" xmlns:q="u" p:x="2" q:x="3"/>', sep=' ')
attempt('<r xmlns:p="u" xmlns:q="" p:x="2"/>', sep=' ')
attempt('<r xmlns:p="a b"/>', sep=' ')
