"""Implementation of JSONDecoder (hand-written scanner, no regular expressions)."""

from json import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEX = '0123456789abcdefABCDEF'


def _hex4(s, pos):
    # The 4 hex digits at s[pos:pos+4], or -1.
    h = s[pos:pos + 4]
    if len(h) != 4:
        return -1
    for c in h:
        if c not in _HEX:
            return -1
    return int(h, 16)


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Returns a tuple of the decoded string and the index of the character
    in s after the end quote."""
    q = s.find('"', end)
    if q >= 0:
        content = s[end:q]
        if '\\' not in content and (not strict or content.isprintable()):
            return content, q + 1
    chunks = []
    append = chunks.append
    begin = end - 1
    n = len(s)
    while True:
        q = s.find('"', end)
        b = s.find('\\', end, q if q >= 0 else n)
        stop = b if b >= 0 else q
        if stop < 0:
            stop = n
        content = s[end:stop]
        if strict and not content.isprintable():
            for i, c in enumerate(content):
                if c <= '\x1f':
                    raise JSONDecodeError("Invalid control character at", s, end + i)
        if stop == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if content:
            append(content)
        if s[stop] == '"':
            return ''.join(chunks), stop + 1
        # backslash escape
        nxt = stop + 1
        if nxt >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[nxt]
        if esc != 'u':
            try:
                char = BACKSLASH[esc]
            except KeyError:
                raise JSONDecodeError("Invalid \\escape", s, nxt - 1) from None
            end = nxt + 1
        else:
            if nxt + 1 + 4 >= n:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt)
            uni = _hex4(s, nxt + 1)
            if uni < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt)
            end = nxt + 5
            if 0xd800 <= uni <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
                uni2 = _hex4(s, end + 2)
                if uni2 < 0:
                    raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            char = chr(uni)
        append(char)


py_scanstring = scanstring

try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

scanstring = c_scanstring or py_scanstring


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = None
        self.parse_array = None
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document)."""
        n = len(s)
        idx = 0
        while idx < n and s[idx] in ' \t\n\r':
            idx += 1
        obj, end = self.raw_decode(s, idx)
        while end < n and s[end] in ' \t\n\r':
            end += 1
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
