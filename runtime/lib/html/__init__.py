"""HTML helpers: escape() and unescape().

Written for Spry from the documented behaviour of CPython 3.11's html
module.  unescape() applies the HTML5 rules for numeric references; named
references are those of html.entities.html5, which in Spry is a subset of
HTML5's list (see html.entities).
"""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replaces '&', '<' and '>' (and, when quote is true, '"' and "'") by
    character references safe in HTML.
    """
    s = s.replace("&", "&amp;")  # first, or the others' ampersands double up
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Numeric references the HTML5 parser replaces: NUL, CR, and the C1 range,
# read as Windows-1252 (where that defines a character).
_NUMERIC_REPLACEMENTS = {
    0x00: '\ufffd', 0x0d: '\r',
    0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e',
    0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030',
    0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d', 0x8e: '\u017d',
    0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c',
    0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc',
    0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153', 0x9d: '\x9d',
    0x9e: '\u017e', 0x9f: '\u0178',
}


def _dropped_codepoint(cp):
    """Control characters and noncharacters a numeric reference may not
    produce: the reference is removed."""
    return (0x1 <= cp <= 0x8 or cp == 0xb or 0xe <= cp <= 0x1f or 0x7f <= cp <= 0x9f or
            0xfdd0 <= cp <= 0xfdef or (cp & 0xfffe) == 0xfffe)


def _replace_reference(match):
    ref = match.group(1)
    if ref[0] == '#':
        if ref[1] in 'xX':
            cp = int(ref[2:].rstrip(';'), 16)
        else:
            cp = int(ref[1:].rstrip(';'))
        if cp in _NUMERIC_REPLACEMENTS:
            return _NUMERIC_REPLACEMENTS[cp]
        if 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF:
            return '\uFFFD'
        if _dropped_codepoint(cp):
            return ''
        return chr(cp)
    if ref in _html5:
        return _html5[ref]
    # The longest known name that prefixes the reference wins ('&notit;'
    # is '¬it;').
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _html5:
            return _html5[ref[:end]] + ref[end:]
    return '&' + ref


_REFERENCE = _re.compile(r'&(#[0-9]+;?'
                         r'|#[xX][0-9a-fA-F]+;?'
                         r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Replaces the named and numeric character references in s by the
    characters they stand for, with the HTML5 rules for invalid ones.
    """
    if '&' not in s:
        return s
    return _REFERENCE.sub(_replace_reference, s)
