"""Headers holding text in several charsets, RFC 2047 encoded words, and folding."""

__all__ = ['Header', 'decode_header', 'make_header']

import re
import binascii

import email.quoprimime
import email.base64mime
from email.errors import HeaderParseError
from email import charset as _charset
from email._rawescape import raw_unicode_escape

Charset = _charset.Charset

NL = '\n'
SPACE = ' '
BSPACE = b' '
SPACE8 = ' ' * 8
EMPTYSTRING = ''
MAXLINELEN = 78
FWS = ' \t'

USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')

# One encoded word: =?charset?q-or-b?text?=
ecre = re.compile(r'''
  =\?                   # literal =?
  (?P<charset>[^?]*?)   # non-greedy up to the next ? is the charset
  \?                    # literal ?
  (?P<encoding>[qQbB])  # either a "q" or a "b", case insensitive
  \?                    # literal ?
  (?P<encoded>.*?)      # non-greedy up to the next ?= is the encoded string
  \?=                   # literal ?=
  ''', re.VERBOSE | re.MULTILINE)

fcre = re.compile(r'[\041-\176]+:$')

# A folded value must not look like it starts another header.
_embedded_header = re.compile(r'\n[^ \t]+:')


def _split_encoded_words(header):
    """header -> [(text, encoding-or-None, charset-or-None)], dropping white space
    that only separates two encoded words."""
    words = []
    for line in header.splitlines():
        parts = ecre.split(line)
        first = True
        while parts:
            plain = parts.pop(0)
            if first:
                plain = plain.lstrip()
                first = False
            if plain:
                words.append((plain, None, None))
            if parts:
                charset = parts.pop(0).lower()
                encoding = parts.pop(0).lower()
                words.append((parts.pop(0), encoding, charset))
    drop = [n - 1 for n, word in enumerate(words)
            if n > 1 and word[1] and words[n - 2][1] and words[n - 1][0].isspace()]
    for n in reversed(drop):
        del words[n]
    return words


def decode_header(header):
    """A header value -> [(decoded bytes, charset)], runs in the same charset merged.
    A value without encoded words comes back as [(str, None)]."""
    if hasattr(header, '_chunks'):
        return [(_charset._encode(string, str(charset)), str(charset))
                for string, charset in header._chunks]
    if not ecre.search(header):
        return [(header, None)]
    decoded = []
    for text, encoding, charset in _split_encoded_words(header):
        if encoding is None:
            decoded.append((text, charset))
        elif encoding == 'q':
            decoded.append((email.quoprimime.header_decode(text), charset))
        elif encoding == 'b':
            missing = len(text) % 4
            if missing:
                text += '==='[:4 - missing]
            try:
                decoded.append((email.base64mime.decode(text), charset))
            except binascii.Error:
                raise HeaderParseError('Base64 decoding error')
        else:
            raise AssertionError('Unexpected encoding: ' + encoding)
    collapsed = []
    last_word = last_charset = None
    for word, charset in decoded:
        if isinstance(word, str):
            word = raw_unicode_escape(word)
        if last_word is None:
            last_word, last_charset = word, charset
        elif charset != last_charset:
            collapsed.append((last_word, last_charset))
            last_word, last_charset = word, charset
        elif last_charset is None:
            last_word += BSPACE + word
        else:
            last_word += word
    collapsed.append((last_word, last_charset))
    return collapsed


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    """A Header from decode_header()'s result."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name,
               continuation_ws=continuation_ws)
    for s, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        h.append(s, charset)
    return h


def _is_separator(s):
    return s.isspace() or s in ('(', ')', '\\')


class Header:
    """A header value made of chunks of text, each in its own charset."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        if maxlinelen is None:
            maxlinelen = MAXLINELEN
        self._maxlinelen = maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def __str__(self):
        """The value as text, with the spaces RFC 2047 implies between chunks."""
        self._normalize()
        pieces = []
        last_cs = None
        last_space = None
        for string, charset in self._chunks:
            this_cs = charset
            if pieces:
                starts_with_space = string and _is_separator(string[0])
                if last_cs not in (None, 'us-ascii'):
                    if this_cs in (None, 'us-ascii') and not starts_with_space:
                        pieces.append(SPACE)
                        this_cs = None
                elif this_cs not in (None, 'us-ascii') and not last_space:
                    pieces.append(SPACE)
            last_space = string and _is_separator(string[-1])
            last_cs = this_cs
            pieces.append(string)
        return EMPTYSTRING.join(pieces)

    def __eq__(self, other):
        return other == str(self)

    def append(self, s, charset=None, errors='strict'):
        """Add text (str, or bytes in charset) in charset (default the header's)."""
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if not isinstance(s, str):
            codec = charset.input_codec or 'us-ascii'
            if codec == _charset.UNKNOWN8BIT:
                s = s.decode('us-ascii', 'surrogateescape')
            else:
                s = s.decode(codec, errors)
        out_codec = charset.output_codec or 'us-ascii'
        if out_codec != _charset.UNKNOWN8BIT:
            try:
                s.encode(out_codec, errors)
            except UnicodeEncodeError:
                if out_codec != 'us-ascii':
                    raise
                charset = UTF8
        self._chunks.append((s, charset))

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        """The value as it goes on the wire: non-ASCII chunks as encoded words,
        folded into lines of at most maxlinelen (0: no folding), joined by linesep."""
        self._normalize()
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        folder = _Folder(self._headerlen, maxlinelen, self._continuation_ws, splitchars)
        last_cs = None
        has_space = last_space = None
        for string, charset in self._chunks:
            if has_space is not None:
                has_space = string and _is_separator(string[0])
                if last_cs not in (None, 'us-ascii'):
                    if not has_space or charset not in (None, 'us-ascii'):
                        folder.add_transition()
                elif charset not in (None, 'us-ascii') and not last_space:
                    folder.add_transition()
            last_space = string and _is_separator(string[-1])
            last_cs = charset
            has_space = False
            lines = string.splitlines()
            folder.feed('', lines[0] if lines else '', charset)
            for line in lines[1:]:
                folder.newline()
                if charset.header_encoding is not None:
                    folder.feed(self._continuation_ws, ' ' + line.lstrip(), charset)
                else:
                    stripped = line.lstrip()
                    folder.feed(line[:len(line) - len(stripped)], stripped, charset)
            if len(lines) > 1:
                folder.newline()
        if self._chunks:
            folder.add_transition()
        value = folder.result(linesep)
        if _embedded_header.search(value):
            raise HeaderParseError("header value appears to contain "
                                   "an embedded header: {!r}".format(value))
        return value

    def _normalize(self):
        # Merge neighbouring chunks in the same charset.
        merged = []
        run = []
        run_charset = None
        for string, charset in self._chunks:
            if charset == run_charset:
                run.append(string)
            else:
                if run_charset is not None:
                    merged.append((SPACE.join(run), run_charset))
                run = [string]
                run_charset = charset
        if run:
            merged.append((SPACE.join(run), run_charset))
        self._chunks = merged


class _Line(list):
    """The line being filled: (folding white space, text) pairs after `indent`
    columns already taken (the header name on the first line)."""

    def __init__(self, indent=0):
        super().__init__()
        self.indent = indent

    def push(self, fws, text):
        self.append((fws, text))

    def take_last(self):
        return super().pop() if self else ('', '')

    def take_from(self, i):
        tail = self[i:]
        del self[i:]
        return tail

    def restart(self, pairs=()):
        self[:] = pairs
        self.indent = 0

    def width(self):
        return self.indent + sum(len(f) + len(t) for f, t in self)

    def blank(self):
        return self.indent == 0 and (not self or str(self).isspace())

    def __str__(self):
        return EMPTYSTRING.join(f + t for f, t in self)


class _Folder:
    """Lays chunks out into lines no longer than maxlen, breaking at splitchars."""

    def __init__(self, headerlen, maxlen, continuation_ws, splitchars):
        self.maxlen = maxlen
        self.continuation_ws = continuation_ws
        self.splitchars = splitchars
        self.lines = []
        self.line = _Line(headerlen)

    def result(self, linesep):
        self.newline()
        return linesep.join(self.lines)

    def newline(self):
        last = self.line.take_last()
        if last != (' ', ''):
            self.line.push(*last)
        if self.line.width() > 0:
            if self.line.blank() and self.lines:
                self.lines[-1] += str(self.line)
            else:
                self.lines.append(str(self.line))
        self.line.restart()

    def add_transition(self):
        self.line.push(' ', '')

    def _room(self):
        yield self.maxlen - self.line.width()
        while True:
            yield self.maxlen - len(self.continuation_ws)

    def feed(self, fws, string, charset):
        if charset.header_encoding is None:
            # Plain text folds at its white space.
            parts = re.split("([" + FWS + "]+)", fws + string)
            if parts[0]:
                parts[:0] = ['']
            else:
                parts.pop(0)
            for i in range(0, len(parts) - 1, 2):
                self._push_chunk(parts[i], parts[i + 1])
            return
        encoded = charset.header_encode_lines(string, self._room())
        first = encoded.pop(0)
        if first is not None:
            self._push_chunk(fws, first)
        if not encoded:
            return
        last = encoded.pop()
        self.newline()
        self.line.push(self.continuation_ws, last)
        for middle in encoded:
            self.lines.append(self.continuation_ws + middle)

    def _push_chunk(self, fws, text):
        self.line.push(fws, text)
        if self.line.width() <= self.maxlen:
            return
        # Too long: break before the last part that starts (or follows) a split char,
        # trying the split chars in order of preference.
        cut = None
        for ch in self.splitchars:
            for i in range(len(self.line) - 1, 0, -1):
                if ch.isspace():
                    space = self.line[i][0]
                    if space and space[0] == ch:
                        cut = i
                        break
                before = self.line[i - 1][1]
                if before and before[-1] == ch:
                    cut = i
                    break
            if cut is not None:
                break
        if cut is None:
            fws, text = self.line.take_last()
            if self.line.indent > 0:
                self.newline()
                if not fws:
                    fws = ' '
            self.line.push(fws, text)
            return
        rest = self.line.take_from(cut)
        self.lines.append(str(self.line))
        self.line.restart(rest)
