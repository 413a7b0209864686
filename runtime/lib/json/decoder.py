"""JSON text to Python objects: JSONDecoder and JSONDecodeError.

The scanning itself is json.scanner's (the _json accelerator); this module holds
the configuration the scanner reads and the top-level document rules."""

from _json import scanstring
from json import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

c_scanstring = scanstring

# The characters JSON allows between tokens.
_BLANKS = ' \t\n\r'

# The non-standard constants accepted by default.
_SPECIAL_FLOATS = {'NaN': float('nan'), 'Infinity': float('inf'),
                   '-Infinity': float('-inf')}


class JSONDecodeError(ValueError):
    """A JSON document could not be decoded.

    msg: the bare message; doc: the document; pos: the offending index;
    lineno, colno: that index as a 1-based line and column."""

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        column = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, f'{msg}: line {line} column {column} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = column

    def __reduce__(self):
        # Rebuild from the three constructor arguments, not from args.
        return type(self), (self.msg, self.doc, self.pos)


def _after_blanks(s, i):
    n = len(s)
    while i < n and s[i] in _BLANKS:
        i += 1
    return i


class JSONDecoder(object):
    """Decodes JSON text; objects become dicts (or what object_hook /
    object_pairs_hook make of them), numbers go through parse_int/parse_float,
    and NaN/Infinity/-Infinity through parse_constant."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = float if parse_float is None else parse_float
        self.parse_int = int if parse_int is None else parse_int
        self.parse_constant = (_SPECIAL_FLOATS.__getitem__ if parse_constant is None
                               else parse_constant)
        self.strict = strict
        self.parse_string = scanstring
        # Equal keys of one document share one str object.
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """The Python value of the whole document s (blanks around it allowed)."""
        obj, end = self.raw_decode(s, _after_blanks(s, 0))
        end = _after_blanks(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode one value starting at s[idx]: (value, index after it)."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as stop:
            raise JSONDecodeError('Expecting value', s, stop.value) from None
