"""RFC 2047 encoded words (=?charset?q-or-b?text?=), encoding and decoding."""

import re
import base64
import binascii
from string import ascii_letters, digits

from email import errors

__all__ = ['decode_q', 'encode_q', 'decode_b', 'encode_b', 'len_q', 'len_b',
           'decode', 'encode']

_Q_SAFE = set(b'-!*+/' + ascii_letters.encode('ascii') + digits.encode('ascii'))
_Q_BYTE = {b: (chr(b) if b in _Q_SAFE else '_' if b == 0x20 else '=%02X' % b)
           for b in range(256)}
_q_escape = re.compile(br'=([a-fA-F0-9]{2})')


def decode_q(encoded):
    encoded = encoded.replace(b'_', b' ')
    return _q_escape.sub(lambda m: bytes.fromhex(m.group(1).decode()), encoded), []


def encode_q(bstring):
    return ''.join(_Q_BYTE[b] for b in bstring)


def len_q(bstring):
    return sum(len(_Q_BYTE[b]) for b in bstring)


def decode_b(encoded):
    """base64 bytes -> (bytes, defects), tolerating bad padding and stray characters."""
    missing = len(encoded) % 4
    padding = b'==='[:4 - missing] if missing else b''
    try:
        value = base64.b64decode(encoded + padding, validate=True)
        return value, [errors.InvalidBase64PaddingDefect()] if missing else []
    except binascii.Error:
        pass
    try:
        return base64.b64decode(encoded, validate=False), [errors.InvalidBase64CharactersDefect()]
    except binascii.Error:
        pass
    try:
        return (base64.b64decode(encoded + b'==', validate=False),
                [errors.InvalidBase64CharactersDefect(), errors.InvalidBase64PaddingDefect()])
    except binascii.Error:
        return encoded, [errors.InvalidBase64LengthDefect()]


def encode_b(bstring):
    return base64.b64encode(bstring).decode('ascii')


def len_b(bstring):
    groups, leftover = divmod(len(bstring), 3)
    return groups * 4 + (4 if leftover else 0)


_DECODERS = {'q': decode_q, 'b': decode_b}
_ENCODERS = {'q': encode_q, 'b': encode_b}
_LENGTHS = {'q': len_q, 'b': len_b}


def decode(ew):
    """An encoded word -> (text, charset, language, defects)."""
    _, charset, cte, cte_string, _ = ew.split('?')
    charset, _, lang = charset.partition('*')
    cte = cte.lower()
    raw, defects = _DECODERS[cte](cte_string.encode('ascii', 'surrogateescape'))
    try:
        text = raw.decode(charset)
    except UnicodeDecodeError:
        defects.append(errors.UndecodableBytesDefect(
            "Encoded word contains bytes not decodable using {!r} charset".format(charset)))
        text = raw.decode(charset, 'surrogateescape')
    except (LookupError, UnicodeEncodeError):
        text = raw.decode('ascii', 'surrogateescape')
        if charset.lower() != 'unknown-8bit':
            defects.append(errors.CharsetError(
                "Unknown charset {!r} in encoded word; decoded as unknown bytes".format(charset)))
    return text, charset, lang, defects


def encode(string, charset='utf-8', encoding=None, lang=''):
    """string as one encoded word; encoding 'q' or 'b' (default: 'q' unless 'b'
    is at least five characters shorter)."""
    if charset == 'unknown-8bit':
        raw = string.encode('ascii', 'surrogateescape')
    else:
        raw = string.encode(charset)
    if encoding is None:
        encoding = 'q' if len_q(raw) - len_b(raw) < 5 else 'b'
    if lang:
        lang = '*' + lang
    return "=?{}{}?{}?{}?=".format(charset, lang, encoding, _ENCODERS[encoding](raw))
