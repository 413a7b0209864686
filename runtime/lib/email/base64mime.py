"""Base64 for MIME bodies and RFC 2047 'B' encoded words."""

__all__ = ['body_decode', 'body_encode', 'decode', 'decodestring',
           'header_encode', 'header_length']

from base64 import b64encode
from binascii import b2a_base64, a2b_base64

from email._rawescape import raw_unicode_escape

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''
MISC_LEN = 7


def header_length(bytearray):
    """The length of bytearray once base64-encoded."""
    groups, leftover = divmod(len(bytearray), 3)
    return groups * 4 + (4 if leftover else 0)


def header_encode(header_bytes, charset='iso-8859-1'):
    """header_bytes as one '=?charset?b?...?=' encoded word."""
    if not header_bytes:
        return ""
    if isinstance(header_bytes, str):
        header_bytes = header_bytes.encode(charset)
    return '=?%s?b?%s?=' % (charset, b64encode(header_bytes).decode("ascii"))


def body_encode(s, maxlinelen=76, eol=NL):
    """bytes -> base64 text in lines of at most maxlinelen characters."""
    if not s:
        return ""
    chunk = maxlinelen * 3 // 4
    lines = []
    for start in range(0, len(s), chunk):
        line = b2a_base64(s[start:start + chunk]).decode("ascii")
        if line.endswith(NL) and eol != NL:
            line = line[:-1] + eol
        lines.append(line)
    return EMPTYSTRING.join(lines)


def decode(string):
    """Base64 text (str or bytes) -> bytes."""
    if not string:
        return bytes()
    if isinstance(string, str):
        return a2b_base64(raw_unicode_escape(string))
    return a2b_base64(string)


body_decode = decode
decodestring = decode
