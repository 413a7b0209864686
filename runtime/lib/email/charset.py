"""Character sets as MIME sees them: which encoding (quoted-printable, base64 or
none) headers and bodies in a charset use, and under which name they go out."""

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

from functools import partial

import email.base64mime
import email.quoprimime
from email import errors
from email.encoders import encode_7or8bit

QP = 1          # quoted-printable
BASE64 = 2      # base64
SHORTEST = 3    # whichever of the two is shorter (headers only)

# Room left on a line for the text of an encoded word.
RFC2047_CHROME_LEN = 7

DEFAULT_CHARSET = 'us-ascii'
UNKNOWN8BIT = 'unknown-8bit'
EMPTYSTRING = ''

# charset -> (header encoding, body encoding, output charset)
CHARSETS = {
    'iso-8859-1': (QP, QP, None),
    'iso-8859-2': (QP, QP, None),
    'iso-8859-3': (QP, QP, None),
    'iso-8859-4': (QP, QP, None),
    'iso-8859-9': (QP, QP, None),
    'iso-8859-10': (QP, QP, None),
    'iso-8859-13': (QP, QP, None),
    'iso-8859-14': (QP, QP, None),
    'iso-8859-15': (QP, QP, None),
    'iso-8859-16': (QP, QP, None),
    'windows-1252': (QP, QP, None),
    'viscii': (QP, QP, None),
    'us-ascii': (None, None, None),
    'big5': (BASE64, BASE64, None),
    'gb2312': (BASE64, BASE64, None),
    'euc-jp': (BASE64, None, 'iso-2022-jp'),
    'shift_jis': (BASE64, None, 'iso-2022-jp'),
    'iso-2022-jp': (BASE64, None, None),
    'koi8-r': (BASE64, BASE64, None),
    'utf-8': (SHORTEST, BASE64, 'utf-8'),
}

# Other spellings of the charsets above.
ALIASES = {'latin_%d' % n: 'iso-8859-%d' % m for n, m in
           ((1, 1), (2, 2), (3, 3), (4, 4), (5, 9), (6, 10), (7, 13), (8, 14), (9, 15), (10, 16))}
ALIASES.update({'latin-%d' % n: ALIASES['latin_%d' % n] for n in range(1, 11)})
ALIASES.update({'cp949': 'ks_c_5601-1987', 'euc_jp': 'euc-jp',
                'euc_kr': 'euc-kr', 'ascii': 'us-ascii'})

# charset -> Python codec name, where Python's name differs.
CODEC_MAP = {
    'gb2312': 'eucgb2312_cn',
    'big5': 'big5_tw',
    'us-ascii': None,
}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    """Register how a charset is encoded in headers and bodies."""
    if body_enc == SHORTEST:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    """Register another name for a charset."""
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    """Register the Python codec for a charset."""
    CODEC_MAP[charset] = codecname


def _encode(string, codec):
    if codec == UNKNOWN8BIT:
        return string.encode('ascii', 'surrogateescape')
    return string.encode(codec)


class Charset:
    """A charset's MIME properties: input_charset, header_encoding, body_encoding,
    output_charset, input_codec and output_codec."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        try:
            if isinstance(input_charset, str):
                input_charset.encode('ascii')
            else:
                input_charset = str(input_charset, 'ascii')
        except UnicodeError:
            raise errors.CharsetError(input_charset)
        input_charset = input_charset.lower()
        self.input_charset = ALIASES.get(input_charset, input_charset)
        header_enc, body_enc, conv = CHARSETS.get(
            self.input_charset, (SHORTEST, BASE64, None))
        if not conv:
            conv = self.input_charset
        self.header_encoding = header_enc
        self.body_encoding = body_enc
        self.output_charset = ALIASES.get(conv, conv)
        self.input_codec = CODEC_MAP.get(self.input_charset, self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __repr__(self):
        return self.input_charset.lower()

    __str__ = __repr__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def get_body_encoding(self):
        """The Content-Transfer-Encoding for bodies: 'quoted-printable', 'base64',
        or an encoder function (7bit/8bit) when the charset needs none."""
        assert self.body_encoding != SHORTEST
        if self.body_encoding == QP:
            return 'quoted-printable'
        if self.body_encoding == BASE64:
            return 'base64'
        return encode_7or8bit

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def header_encode(self, string):
        """string as one RFC 2047 encoded word (or unchanged when no encoding)."""
        codec = self.output_codec or 'us-ascii'
        header_bytes = _encode(string, codec)
        encoder_module = self._get_encoder(header_bytes)
        if encoder_module is None:
            return string
        return encoder_module.header_encode(header_bytes, codec)

    def header_encode_lines(self, string, maxlengths):
        """string as encoded words, one per line, each fitting the line lengths
        the iterator maxlengths yields."""
        codec = self.output_codec or 'us-ascii'
        header_bytes = _encode(string, codec)
        encoder_module = self._get_encoder(header_bytes)
        encoder = partial(encoder_module.header_encode, charset=codec)
        charset = self.get_output_charset()
        extra = len(charset) + RFC2047_CHROME_LEN
        lines = []
        current = []
        maxlen = next(maxlengths) - extra
        for ch in string:
            current.append(ch)
            candidate = EMPTYSTRING.join(current)
            length = encoder_module.header_length(_encode(candidate, codec))
            if length > maxlen:
                current.pop()
                if not lines and not current:
                    lines.append(None)
                else:
                    lines.append(encoder(_encode(EMPTYSTRING.join(current), codec)))
                current = [ch]
                maxlen = next(maxlengths) - extra
        lines.append(encoder(_encode(EMPTYSTRING.join(current), codec)))
        return lines

    def _get_encoder(self, header_bytes):
        if self.header_encoding == BASE64:
            return email.base64mime
        if self.header_encoding == QP:
            return email.quoprimime
        if self.header_encoding == SHORTEST:
            b64_len = email.base64mime.header_length(header_bytes)
            qp_len = email.quoprimime.header_length(header_bytes)
            return email.base64mime if b64_len < qp_len else email.quoprimime
        return None

    def body_encode(self, string):
        """A body in this charset's body encoding (str in, str out)."""
        if not string:
            return string
        if self.body_encoding is BASE64:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return email.base64mime.body_encode(string)
        if self.body_encoding is QP:
            # Quoted-printable works on characters: map the bytes one to one.
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            string = string.decode('latin1')
            return email.quoprimime.body_encode(string)
        if isinstance(string, str):
            string = string.encode(self.output_charset).decode('ascii')
        return string
