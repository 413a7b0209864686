"""Character sets for email: how text in each charset is put into headers (RFC 2047
encoded words) and bodies (a Content-Transfer-Encoding)."""

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

from email import errors
from email.encoders import encode_7or8bit

# How a charset is encoded: quoted-printable, base64, or whichever is shorter
# (headers only).  None means the text goes as it is.
QP = 1
BASE64 = 2
SHORTEST = 3

# '=?' '?q?' '?=' around an encoded word's text, its charset name aside.
RFC2047_CHROME_LEN = 7

DEFAULT_CHARSET = 'us-ascii'
UNKNOWN8BIT = 'unknown-8bit'
EMPTYSTRING = ''


def _registry():
    """CHARSETS: charset -> (header encoding, body encoding, output charset)."""
    table = {}
    for name in ('iso-8859-1', 'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-9',
                 'iso-8859-10', 'iso-8859-13', 'iso-8859-14', 'iso-8859-15',
                 'iso-8859-16', 'windows-1252', 'viscii'):
        table[name] = (QP, QP, None)
    table['us-ascii'] = (None, None, None)
    table['big5'] = table['gb2312'] = (BASE64, BASE64, None)
    table['euc-jp'] = table['shift_jis'] = (BASE64, None, 'iso-2022-jp')
    table['iso-2022-jp'] = (BASE64, None, None)
    table['koi8-r'] = (BASE64, BASE64, None)
    table['utf-8'] = (SHORTEST, BASE64, 'utf-8')
    return table


def _aliases():
    """ALIASES: another name -> the name used in CHARSETS."""
    table = {}
    for n, iso in ((1, 1), (2, 2), (3, 3), (4, 4), (5, 9), (6, 10), (7, 13), (8, 14),
                   (9, 15), (10, 16)):
        for sep in '_-':
            table['latin{}{}'.format(sep, n)] = 'iso-8859-{}'.format(iso)
    table.update(cp949='ks_c_5601-1987', euc_jp='euc-jp', euc_kr='euc-kr', ascii='us-ascii')
    return table


CHARSETS = _registry()
ALIASES = _aliases()
# charset name -> Python codec name, where they differ (None: no codec needed)
CODEC_MAP = {'gb2312': 'eucgb2312_cn', 'big5': 'big5_tw', 'us-ascii': None}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    """Register how charset is encoded in headers and bodies (QP, BASE64, SHORTEST
    for headers only, or None) and the charset its text is converted to."""
    if body_enc == SHORTEST:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    CODEC_MAP[charset] = codecname


def _to_bytes(text, codec):
    # unknown-8bit text carries its original bytes as surrogate escapes
    if codec == UNKNOWN8BIT:
        return text.encode('ascii', 'surrogateescape')
    return text.encode(codec)


def _transfer_module(kind):
    if kind == BASE64:
        from email import base64mime
        return base64mime
    if kind == QP:
        from email import quoprimime
        return quoprimime
    return None


class Charset:
    """A charset name with its encodings: header_encoding and body_encoding (QP,
    BASE64, SHORTEST or None), output_charset (what text is converted to before
    encoding) and the Python codecs for input and output."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        try:
            if isinstance(input_charset, str):
                input_charset.encode('ascii')
            else:
                input_charset = str(input_charset, 'ascii')
        except UnicodeError:
            raise errors.CharsetError(input_charset)
        name = input_charset.lower()
        self.input_charset = ALIASES.get(name, name)
        header, body, converted = CHARSETS.get(self.input_charset, (SHORTEST, BASE64, None))
        self.header_encoding = header
        self.body_encoding = body
        converted = converted or self.input_charset
        self.output_charset = ALIASES.get(converted, converted)
        self.input_codec = CODEC_MAP.get(self.input_charset, self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __str__(self):
        return self.input_charset

    __repr__ = __str__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def get_body_encoding(self):
        """The Content-Transfer-Encoding for a body in this charset: a name, or
        the function that picks 7bit or 8bit."""
        if self.body_encoding == QP:
            return 'quoted-printable'
        if self.body_encoding == BASE64:
            return 'base64'
        return encode_7or8bit

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def _header_module(self, raw):
        """The encoder for header bytes raw: the registered one, or for SHORTEST
        whichever gives the shorter text (quoted-printable on a tie)."""
        if self.header_encoding != SHORTEST:
            return _transfer_module(self.header_encoding)
        b64, qp = _transfer_module(BASE64), _transfer_module(QP)
        return b64 if b64.header_length(raw) < qp.header_length(raw) else qp

    def header_encode(self, string):
        """string as one encoded word (or unchanged when this charset needs none)."""
        codec = self.output_codec or 'us-ascii'
        raw = _to_bytes(string, codec)
        module = self._header_module(raw)
        if module is None:
            return string
        return module.header_encode(raw, codec)

    def header_encode_lines(self, string, maxlengths):
        """string as encoded words, the n-th at most the n-th of maxlengths long;
        None stands for a first line too short to hold even one character."""
        codec = self.output_codec
        module = self._header_module(_to_bytes(string, codec))

        def encoded(chars):
            return module.header_encode(_to_bytes(EMPTYSTRING.join(chars), codec), codec)

        words = []
        chars = []
        limit = next(maxlengths)
        for ch in string:
            chars.append(ch)
            if len(encoded(chars)) <= limit:
                continue
            chars.pop()
            words.append(encoded(chars) if words or chars else None)
            chars = [ch]
            limit = next(maxlengths)
        words.append(encoded(chars))
        return words

    def body_encode(self, string):
        """A body (str or bytes) encoded with this charset's body encoding."""
        if not string:
            return string
        if self.body_encoding == BASE64:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return _transfer_module(BASE64).body_encode(string)
        if self.body_encoding == QP:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return _transfer_module(QP).body_encode(string.decode('latin1'))
        if isinstance(string, str):
            string = string.encode(self.output_charset).decode('ascii')
        return string
