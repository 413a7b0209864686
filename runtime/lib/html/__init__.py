"""Escaping text for HTML and decoding HTML character references."""

import re

from html.entities import html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > (and both quote characters when quote is true) with
    character references, so s can sit in HTML text or a quoted attribute value."""
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;').replace("'", '&#x27;')
    return s


# HTML5's rules for a numeric reference: the C1 range is read as windows-1252 (the
# bytes cp1252 leaves undefined stay as they are), NUL, surrogates and numbers past
# Unicode become U+FFFD, and control characters and noncharacters are dropped.
def _from_number(n):
    if n == 0 or 0xD800 <= n <= 0xDFFF or n > 0x10FFFF:
        return '\ufffd'
    if 0x80 <= n <= 0x9F:
        try:
            return bytes([n]).decode('cp1252')
        except UnicodeDecodeError:
            return chr(n)
    if (1 <= n <= 8 or n == 0xB or 0xE <= n <= 0x1F or n == 0x7F
            or 0xFDD0 <= n <= 0xFDEF or n & 0xFFFE == 0xFFFE):
        return ''
    return chr(n)


def _from_name(name):
    # An exact name (most end in ';'); else the longest name that may omit its ';'
    # (like "&amp" or "&not") followed by the rest of the text unchanged.
    if name in html5:
        return html5[name]
    for end in range(len(name) - 1, 1, -1):
        if name[:end] in html5:
            return html5[name[:end]] + name[end:]
    return '&' + name


_REFERENCE = re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def _decode(match):
    ref = match.group(1)
    if ref[0] != '#':
        return _from_name(ref)
    digits = ref[1:].rstrip(';')
    if digits[0] in 'xX':
        return _from_number(int(digits[1:], 16))
    return _from_number(int(digits))


def unescape(s):
    """Replace every named and numeric character reference in s with the character it
    stands for, as an HTML5 parser would."""
    if '&' not in s:
        return s
    return _REFERENCE.sub(_decode, s)
