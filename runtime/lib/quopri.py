"""Conversions to/from quoted-printable transport encoding as per RFC 1521.

Written for Spry from the documented behaviour of CPython 3.11's quopri,
which does its work through binascii.b2a_qp and binascii.a2b_qp.
"""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

from binascii import a2b_qp, b2a_qp

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''


def needsquoting(c, quotetabs, header):
    """Whether the byte c must be written as =XX: spaces and tabs when
    quotetabs, '_' in headers (where it stands for a space), '=' and
    anything outside printable ASCII."""
    assert isinstance(c, bytes)
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """The =XX form of the single byte c."""
    assert isinstance(c, bytes) and len(c) == 1
    c = ord(c)
    return ESCAPE + bytes((HEX[c // 16], HEX[c % 16]))


def encode(input, output, quotetabs, header=False):
    """Encodes the binary stream input into output (quotetabs: also quote
    inner spaces and tabs; header: write spaces as '_', RFC 1522)."""
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Decodes the binary stream input into output ('_' is a space when
    header is true)."""
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    return a2b_qp(s, header=header)


def ishex(c):
    """Whether the single byte c is an ASCII hex digit."""
    assert isinstance(c, bytes)
    return b'0' <= c <= b'9' or b'a' <= c <= b'f' or b'A' <= c <= b'F'


def unhex(s):
    """The value of the hex digits s."""
    return int(s, 16)
