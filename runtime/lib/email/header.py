"""Header values made of pieces in different charsets (the compat32 way of writing
non-ASCII headers), RFC 2047 encoded words in and out."""

__all__ = ['Header', 'decode_header', 'make_header']

import re
import sys

from email import charset as _charset_mod
from email._encoded_words import decode_b, decode_q
from email._rawescape import raw_unicode_escape
from email.errors import HeaderParseError

Charset = _charset_mod.Charset
USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')
MAXLINELEN = 78  # the default maxlinelen of a Header

# =?charset?q-or-b?text?= anywhere in a value; the text may hold spaces.
_ENCODED_WORD = re.compile(r'=\?([^?]*)\?([qQbB])\?(.*?)\?=')
# A line break followed by what looks like another header's name.
_SMUGGLED_HEADER = re.compile(r'\n[^ \t]+:')


# ---------------------------------------------------------------- decoding

def _decode_word(charset, kind, text):
    raw = text.encode('ascii', 'surrogateescape')
    if kind in 'qQ':
        return decode_q(raw)[0]
    value, defects = decode_b(raw)
    if any(type(d).__name__ == 'InvalidBase64LengthDefect' for d in defects):
        raise HeaderParseError('Base64 decoding error')
    return value


def decode_header(header):
    """header as a list of (bytes, charset) pairs, one per run of encoded words in
    one charset or of plain text (charset None).  A str without encoded words comes
    back whole as [(header, None)]; a Header gives its pieces."""
    if isinstance(header, Header):
        return [(_charset_mod._to_bytes(text, str(cs)), str(cs)) for text, cs in header._pieces]
    if not _ENCODED_WORD.search(header):
        return [(header, None)]
    runs = []  # [charset or None, text-or-bytes] in order
    for line in header.splitlines():
        pos = 0
        first = True
        for match in _ENCODED_WORD.finditer(line):
            _add_plain(runs, line[pos:match.start()], first)
            first = False
            charset = match.group(1).lower()
            runs.append([charset, _decode_word(charset, match.group(2), match.group(3))])
            pos = match.end()
        _add_plain(runs, line[pos:], first)
    return _merge_runs(runs)


def _add_plain(runs, text, starts_line):
    if starts_line:
        text = text.lstrip()
    if text:
        runs.append([None, text])


def _merge_runs(runs):
    # Blank text between two encoded words is not part of the value.
    kept = [run for i, run in enumerate(runs)
            if not (run[0] is None and run[1].isspace() and 0 < i < len(runs) - 1
                    and runs[i - 1][0] is not None and runs[i + 1][0] is not None)]
    merged = []
    for charset, value in kept:
        if charset is None:
            value = raw_unicode_escape(value)
        if merged and merged[-1][1] == charset:
            joint = b' ' if charset is None else b''
            merged[-1][0] += joint + value
        else:
            merged.append([value, charset])
    return [tuple(pair) for pair in merged]


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    """A Header from decode_header()'s (text, charset) pairs."""
    header = Header(maxlinelen=maxlinelen, header_name=header_name,
                    continuation_ws=continuation_ws)
    for text, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        header.append(text, charset)
    return header


# ---------------------------------------------------------------- Header

def _is_break_char(ch):
    # White space and the characters comments cannot hold: next to one of these
    # an encoded word needs no space to set it apart.
    return ch.isspace() or ch in '()\\'


def _plain(charset):
    return charset.header_encoding is None


class Header:
    """A header value built from pieces of text, each in its own charset."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        self._default_charset = charset
        self._fold_ws = continuation_ws
        self._pieces = []
        if s is not None:
            self.append(s, charset, errors)
        self._maxlen = MAXLINELEN if maxlinelen is None else maxlinelen
        # 'Name: ' on the first line leaves that much less room for the value.
        self._name_room = len(header_name) + 2 if header_name else 0

    def append(self, s, charset=None, errors='strict'):
        """Add s (str, or bytes in charset) in charset; ASCII-only text declared
        us-ascii that is not ASCII goes as UTF-8 instead."""
        if charset is None:
            charset = self._default_charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if not isinstance(s, str):
            s = s.decode(charset.input_codec or 'us-ascii', errors)
        codec = charset.output_codec or 'us-ascii'
        if codec != _charset_mod.UNKNOWN8BIT:
            try:
                s.encode(codec, errors)
            except UnicodeEncodeError:
                if codec != 'us-ascii':
                    raise
                charset = UTF8
        # Neighbours in one charset become one piece, joined by a space.
        if self._pieces and self._pieces[-1][1] == charset:
            s = self._pieces.pop()[0] + ' ' + s
        self._pieces.append((s, charset))

    def __str__(self):
        out = []
        prev = None
        for text, charset in self._pieces:
            if str(charset) == _charset_mod.UNKNOWN8BIT:
                # Bytes of no known charset: each shows as U+FFFD.
                text = text.encode('ascii', 'surrogateescape').decode('ascii', 'replace')
            if prev is not None:
                prev_text, prev_cs = prev
                if not _plain(prev_cs) and _plain(charset):
                    if not (text and _is_break_char(text[0])):
                        out.append(' ')
                elif _plain(prev_cs) and not _plain(charset):
                    if not (prev_text and _is_break_char(prev_text[-1])):
                        out.append(' ')
            out.append(text)
            prev = (text, charset)
        return ''.join(out)

    def __eq__(self, other):
        return other == str(self)

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        """The value folded into lines joined by linesep: plain text broken at the
        best places splitchars allow (earlier characters first), the rest as
        encoded words of at most maxlinelen characters (0: no limit)."""
        if maxlinelen is None:
            maxlinelen = self._maxlen
        if maxlinelen == 0:
            maxlinelen = sys.maxsize
        layout = _Layout(maxlinelen, self._name_room, self._fold_ws, splitchars)
        prev = None
        for text, charset in self._pieces:
            if _plain(charset):
                lead = ''
                if prev is not None and not _plain(prev[1]) \
                        and not (text and _is_break_char(text[0])):
                    lead = ' '
                layout.add_plain(lead + text)
            else:
                gap = ''
                if prev is not None and not (_plain(prev[1]) and prev[0]
                                             and _is_break_char(prev[0][-1])):
                    gap = ' '
                layout.add_encoded(text, charset, gap)
            prev = (text, charset)
        value = linesep.join(layout.lines)
        if _SMUGGLED_HEADER.search(value):
            raise HeaderParseError(
                "header value appears to contain an embedded header: {!r}".format(value))
        return value


class _Layout:
    """Lines being filled; the first one starts after the header's name."""

    def __init__(self, maxlen, name_room, fold_ws, splitchars):
        self.maxlen = maxlen
        self.fold_ws = fold_ws
        self.splitchars = splitchars
        self.lines = ['']
        self.name_room = name_room

    def used(self):
        line = self.lines[-1]
        return len(line) + (self.name_room if len(self.lines) == 1 else 0)

    def room(self):
        return self.maxlen - self.used()

    def newline(self, text=''):
        self.lines.append(text)

    # -- plain text

    def add_plain(self, text):
        if '\n' not in text and '\r' not in text:
            self._place(text, 0, True)
            return
        lines = [line for line in text.splitlines() if line]
        for i, line in enumerate(lines):
            if line.endswith(' ') and not line.endswith('  '):
                line = line[:-1]
            if i or self.lines[-1]:
                self.newline()
            self._place(line, 0, True)

    def _split(self, text, ch):
        """text cut before each white space run that follows ch (or, for a white
        space ch, before each run of it); the first part may be ''."""
        cuts = [0]
        for i in range(1, len(text)):
            if ch in ' \t':
                if text[i] == ch and text[i - 1] != ch:
                    cuts.append(i)
            elif text[i] in ' \t' and text[i - 1] == ch:
                cuts.append(i)
        cuts.append(len(text))
        return [text[a:b] for a, b in zip(cuts, cuts[1:]) if a < b]

    def _place(self, text, level, whole):
        # whole: text is everything left of this run, not a piece cut from it.
        while level < len(self.splitchars):
            pieces = self._split(text, self.splitchars[level])
            if len(pieces) > 1:
                break
            level += 1
        else:
            self._put(text)
            return
        for piece in pieces:
            if len(piece) <= self.room() or piece.isspace():
                self.lines[-1] += piece
            elif len(piece) <= self.maxlen:
                self._put(piece)
            elif any(len(self._split(piece, ch)) > 1 for ch in self.splitchars[level + 1:]):
                if self.used():
                    self.newline()
                self._place(piece, level + 1, False)
            else:
                self._put(piece)

    def _put(self, piece):
        """An unbreakable piece: on this line if it fits or the line is bare,
        else on a new line."""
        if len(piece) <= self.room() or piece.isspace() or not self.used():
            self.lines[-1] += piece
        elif piece[0] in ' \t':
            self.newline(piece)
        else:
            self.newline(' ' + piece)

    # -- encoded words

    def add_encoded(self, text, charset, gap):
        for i, line in enumerate(text.splitlines() or ['']):
            if i:
                line = ' ' + line
                gap = ''
                self.newline(self.fold_ws)
            self._encode_line(line, charset, gap)

    def _encode_line(self, text, charset, gap):
        cont_room = self.maxlen - len(self.fold_ws)

        def limits():
            yield self.room() - len(gap)
            while True:
                yield cont_room

        words = charset.header_encode_lines(text, limits())
        first = words.pop(0)
        if first is None:
            # Not even one character fits after what the line holds.
            self.newline(self.fold_ws + words.pop(0))
        elif first:
            self.lines[-1] += gap + first
        for word in words:
            self.newline(self.fold_ws + word)
