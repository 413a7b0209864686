"""Quoted-printable for MIME bodies (RFC 2045) and RFC 2047 'Q' encoded words."""

__all__ = ['body_decode', 'body_encode', 'body_length', 'decode', 'decodestring',
           'header_decode', 'header_encode', 'header_length', 'quote', 'unquote']

import re
from string import ascii_letters, digits, hexdigits

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''

# byte -> its encoded form, for headers and for bodies.
_QUOPRI_MAP = ['=%02X' % c for c in range(256)]
_QUOPRI_HEADER_MAP = _QUOPRI_MAP[:]
_QUOPRI_BODY_MAP = _QUOPRI_MAP[:]
for _c in (b'-!*+/' + ascii_letters.encode('ascii') + digits.encode('ascii')):
    _QUOPRI_HEADER_MAP[_c] = chr(_c)
_QUOPRI_HEADER_MAP[ord(' ')] = '_'
for _c in bytes(range(32, 127)) + b'\t':
    if _c != ord('='):
        _QUOPRI_BODY_MAP[_c] = chr(_c)
# Line ends pass through body encoding; body_encode() splits on them.
_QUOPRI_BODY_ENCODE_MAP = _QUOPRI_BODY_MAP[:]
for _c in b'\r\n':
    _QUOPRI_BODY_ENCODE_MAP[_c] = chr(_c)
del _c


def header_check(octet):
    """True if the byte must be encoded in a 'Q' encoded word."""
    return chr(octet) != _QUOPRI_HEADER_MAP[octet]


def body_check(octet):
    """True if the byte must be encoded in a quoted-printable body."""
    return chr(octet) != _QUOPRI_BODY_MAP[octet]


def header_length(bytearray):
    """The length of bytearray once 'Q'-encoded."""
    return sum(len(_QUOPRI_HEADER_MAP[b]) for b in bytearray)


def body_length(bytearray):
    """The length of bytearray once quoted-printable encoded."""
    return sum(len(_QUOPRI_BODY_MAP[b]) for b in bytearray)


def unquote(s):
    """'=XX' -> the character with that code."""
    return chr(int(s[1:3], 16))


def quote(c):
    return _QUOPRI_MAP[ord(c)]


def header_encode(header_bytes, charset='iso-8859-1'):
    """header_bytes as one '=?charset?q?...?=' encoded word."""
    if not header_bytes:
        return ''
    return '=?%s?q?%s?=' % (charset, EMPTYSTRING.join(_QUOPRI_HEADER_MAP[b] for b in header_bytes))


def _split_encoded_line(line, maxlinelen, eol, out):
    """Append the pieces of one encoded line to out, with soft breaks ('=') so
    that no piece is longer than maxlinelen and no '=XX' escape is cut."""
    width = maxlinelen - 1
    start = 0
    last_start = len(line) - 1 - maxlinelen
    while start <= last_start:
        stop = start + width
        if line[stop - 2] == '=':
            # An escape begins two characters before the cut: its '=' ends this piece.
            out.append(line[start:stop - 1])
            start = stop - 2
        elif line[stop - 1] == '=':
            out.append(line[start:stop])
            start = stop - 1
        else:
            out.append(line[start:stop] + '=')
            start = stop
    if line and line[-1] in ' \t':
        # White space at the end of a line must be protected.
        room = start - last_start
        soft_break = '=' + eol
        if room >= 3:
            tail = quote(line[-1])
        elif room == 2:
            tail = line[-1] + soft_break
        else:
            tail = soft_break + quote(line[-1])
        out.append(line[start:-1] + tail)
    else:
        out.append(line[start:])


def body_encode(body, maxlinelen=76, eol=NL):
    """A str body -> quoted-printable, lines at most maxlinelen long, ending in eol."""
    if maxlinelen < 4:
        raise ValueError("maxlinelen must be at least 4")
    if not body:
        return body
    body = EMPTYSTRING.join(_QUOPRI_BODY_ENCODE_MAP[ord(c)] if ord(c) < 256 else c for c in body)
    lines = []
    for line in body.splitlines():
        _split_encoded_line(line, maxlinelen, eol, lines)
    if body[-1] in CRLF:
        lines.append('')
    return eol.join(lines)


def decode(encoded, eol=NL):
    """Quoted-printable text -> text (soft breaks removed, lines joined with eol)."""
    if not encoded:
        return encoded
    out = []
    for line in encoded.splitlines():
        line = line.rstrip()
        if not line:
            out.append(eol)
            continue
        i = 0
        n = len(line)
        soft = False
        while i < n:
            c = line[i]
            if c != '=':
                out.append(c)
                i += 1
            elif i + 1 == n:
                soft = True
                i += 1
            elif i + 2 < n and line[i + 1] in hexdigits and line[i + 2] in hexdigits:
                out.append(unquote(line[i:i + 3]))
                i += 3
            else:
                out.append(c)
                i += 1
        if not soft:
            out.append(eol)
    if not encoded.endswith(('\r', '\n')) and out and out[-1] == eol:
        out.pop()
    return EMPTYSTRING.join(out)


body_decode = decode
decodestring = decode


def _unquote_match(match):
    return unquote(match.group(0))


def header_decode(s):
    """The text of a 'Q' encoded word -> str ('_' is a space)."""
    s = s.replace('_', ' ')
    return re.sub(r'=[a-fA-F0-9]{2}', _unquote_match, s, flags=re.ASCII)
