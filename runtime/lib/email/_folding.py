"""Folding header values for the modern policies (RFC 5322 / RFC 2047 / RFC 2231).

A value is described as a tree of tokens: terminals (words, white space, an
angle address...) and lists of tokens (an address, a display name...).  The
folder lays the tree out on lines of at most max_line_length: a token that
fits goes on the current line; one that does not moves to a new line if it fits
there, else it is taken apart; a terminal that still does not fit, or text
that is not ASCII, becomes encoded words, merged with an encoded word earlier
on the line when there is one."""

import re
import sys
import urllib.parse

from email import _encoded_words
from email.utils import _holds_surrogates

WSP = ' \t'

_ew_re = re.compile(r'=\?[^?\s]*\?[qQbB]\?[^?\s]*\?=')
_ew_gap_re = re.compile(r'(=\?[^?\s]*\?[qQbB]\?[^?\s]*\?=)[ \t]+(?==\?[^?\s]*\?[qQbB]\?[^?\s]*\?=)')


def decode_words(value, defects=None):
    """value with its RFC 2047 encoded words decoded (white space between two
    encoded words disappears)."""
    if '=?' not in value:
        return value
    value = _ew_gap_re.sub(r'\1', value)
    found = [] if defects is None else defects

    def decode_one(match):
        try:
            text, charset, lang, word_defects = _encoded_words.decode(match.group(0))
        except (ValueError, KeyError, LookupError):
            return match.group(0)
        found.extend(word_defects)
        return text
    return _ew_re.sub(decode_one, value)


class Token:
    """A terminal (text) or a list of tokens (parts), with the folding flags:
    as_ew_allowed (may become encoded words), ew_combine_allowed (may merge with
    an earlier encoded word), syntactic_break (a good place to start a line)."""

    __slots__ = ('kind', 'text', 'parts', 'as_ew_allowed', 'ew_combine_allowed',
                 'syntactic_break')

    def __init__(self, kind, text=None, parts=None, as_ew_allowed=True,
                 ew_combine_allowed=True, syntactic_break=True):
        self.kind = kind
        self.text = text
        self.parts = parts
        self.as_ew_allowed = as_ew_allowed
        self.ew_combine_allowed = ew_combine_allowed
        self.syntactic_break = syntactic_break

    def is_terminal(self):
        return self.parts is None

    def __str__(self):
        if self.parts is None:
            return self.text
        return ''.join(str(p) for p in self.parts)

    def startswith_fws(self):
        if self.parts is None:
            return self.kind == 'fws'
        return bool(self.parts) and self.parts[0].startswith_fws()


def fws(text):
    return Token('fws', text)


def word(text):
    return Token('vtext', text)


def fixed(kind, text, syntactic_break=True):
    """A terminal that must stay as it is (never an encoded word)."""
    return Token(kind, text, as_ew_allowed=False, syntactic_break=syntactic_break)


def group(kind, parts, **flags):
    return Token(kind, parts=parts, **flags)


class MimeParameters(Token):
    """The '; name="value"' parameters of a MIME header, folded by RFC 2231 rules."""

    __slots__ = ('params',)

    def __init__(self, params):
        super().__init__('mime-parameters', text='')
        self.params = params

    def __str__(self):
        return ''.join('; {}={}'.format(k, quote_string(v)) if v != '' else '; ' + k
                       for k, v in self.params)


def unstructured(text):
    """Words and white space runs of (already decoded) text."""
    return group('unstructured', [fws(piece) if piece[0] in WSP else word(piece)
                                  for piece in re.findall(r'[ \t]+|[^ \t]+', text)])


_UNBLOCK = Token('unblock', '')


def _steal_trailing_wsp(lines):
    if lines and lines[-1] and lines[-1][-1] in WSP:
        ch = lines[-1][-1]
        lines[-1] = lines[-1][:-1]
        return ch
    return ''


def _fold_as_ew(to_encode, lines, maxlen, last_ew, combine, charset):
    """Append to_encode as encoded words (continuing on new lines as needed);
    return where the last encoded word run starts, for merging."""
    if last_ew is not None and combine:
        to_encode = decode_words(lines[-1][last_ew:] + to_encode)
        lines[-1] = lines[-1][:last_ew]
    if to_encode[0] in WSP:
        # Leading and trailing blanks stay outside the encoded word.
        lead = to_encode[0]
        to_encode = to_encode[1:]
        if len(lines[-1]) == maxlen:
            lines.append(_steal_trailing_wsp(lines))
        lines[-1] += lead
    trail = ''
    if to_encode[-1] in WSP:
        trail = to_encode[-1]
        to_encode = to_encode[:-1]
    new_last_ew = len(lines[-1]) if last_ew is None else last_ew
    encode_as = 'utf-8' if charset == 'us-ascii' else charset
    chrome_len = len(encode_as) + 7
    if chrome_len + 1 >= maxlen:
        from email import errors
        raise errors.HeaderParseError("max_line_length is too small to fit an encoded word")
    while to_encode:
        room = maxlen - len(lines[-1])
        text_room = room - chrome_len
        if text_room <= 0:
            lines.append(' ')
            continue
        chunk = to_encode[:text_room]
        encoded = _encoded_words.encode(chunk, charset=encode_as)
        while len(encoded) > room:
            chunk = chunk[:-1]
            encoded = _encoded_words.encode(chunk, charset=encode_as)
        lines[-1] += encoded
        to_encode = to_encode[len(chunk):]
        if to_encode:
            lines.append(' ')
            new_last_ew = len(lines[-1])
    lines[-1] += trail
    return new_last_ew if combine else None


def _fold_mime_parameters(params, lines, maxlen, encoding):
    """Parameters as '; name="value"', RFC 2231 encoded when not representable,
    split into name*0*, name*1*... sections when too long for a line."""
    for name, value in params:
        if not lines[-1].rstrip().endswith(';'):
            lines[-1] += ';'
        charset = encoding
        error_handler = 'strict'
        try:
            value.encode(encoding)
            needs_2231 = False
        except UnicodeEncodeError:
            needs_2231 = True
            if _holds_surrogates(value):
                charset = 'unknown-8bit'
                error_handler = 'surrogateescape'
            else:
                charset = 'utf-8'
        if needs_2231:
            quoted = urllib.parse.quote(value, safe='', errors=error_handler)
            text = "{}*={}''{}".format(name, charset, quoted)
        else:
            text = '{}={}'.format(name, quote_string(value))
        if len(lines[-1]) + len(text) + 1 < maxlen:
            lines[-1] = lines[-1] + ' ' + text
            continue
        if len(text) + 2 <= maxlen:
            lines.append(' ' + text)
            continue
        section = 0
        prefix = charset + "''"
        while value:
            chrome_len = len(name) + len(str(section)) + 3 + len(prefix)
            if maxlen <= chrome_len + 3:
                maxlen = 78
            cut = limit = maxlen - chrome_len - 2
            while True:
                quoted = urllib.parse.quote(value[:cut], safe='', errors=error_handler)
                if len(quoted) <= limit:
                    break
                cut -= 1
            lines.append(" {}*{}*={}{}".format(name, section, prefix, quoted))
            prefix = ''
            section += 1
            value = value[cut:]
            if value:
                lines[-1] += ';'


def quote_string(value):
    return '"' + str(value).replace('\\', '\\\\').replace('"', r'\"') + '"'


def fold(tokens, policy):
    """The tokens laid out as folded lines, each ending with policy.linesep."""
    maxlen = policy.max_line_length or sys.maxsize
    encoding = 'utf-8' if policy.utf8 else 'us-ascii'
    lines = ['']
    last_ew = None
    blocked = 0
    want_encoding = False
    pending = list(tokens)
    while pending:
        tok = pending.pop(0)
        if tok is _UNBLOCK:
            blocked -= 1
            continue
        text = str(tok)
        try:
            text.encode(encoding)
            charset = encoding
        except UnicodeEncodeError:
            charset = 'unknown-8bit' if _holds_surrogates(text) else 'utf-8'
            want_encoding = True
        if tok.kind == 'mime-parameters':
            _fold_mime_parameters(tok.params, lines, maxlen, encoding)
            continue
        if want_encoding and not blocked:
            if not tok.as_ew_allowed:
                want_encoding = False
                last_ew = None
                if tok.syntactic_break:
                    alone = text if tok.is_terminal() else fold([tok], policy)[:-len(policy.linesep)]
                    if policy.linesep not in alone:
                        if len(alone) > maxlen - len(lines[-1]):
                            lines.append(_steal_trailing_wsp(lines))
                        lines[-1] += alone
                        continue
            if not tok.is_terminal():
                pending = list(tok.parts) + pending
                want_encoding = False
                continue
            if tok.as_ew_allowed:
                last_ew = _fold_as_ew(text, lines, maxlen, last_ew,
                                      tok.ew_combine_allowed, charset)
                want_encoding = False
                continue
            last_ew = None
            want_encoding = False
        if len(text) <= maxlen - len(lines[-1]):
            lines[-1] += text
            continue
        # Too long for this line: a syntactic break may start the next one.
        if tok.syntactic_break and len(text) + 1 <= maxlen:
            newline = _steal_trailing_wsp(lines)
            if newline or tok.startswith_fws():
                lines.append(newline + text)
                last_ew = None
                continue
        if not tok.is_terminal():
            subparts = list(tok.parts)
            if not tok.as_ew_allowed:
                blocked += 1
                subparts.append(_UNBLOCK)
            pending = subparts + pending
            continue
        if tok.as_ew_allowed and not blocked:
            # Encoded words can be split across lines; plain words cannot.
            pending.insert(0, tok)
            want_encoding = True
            continue
        newline = _steal_trailing_wsp(lines)
        if newline or tok.startswith_fws():
            lines.append(newline + text)
        else:
            lines[-1] += text
    return policy.linesep.join(lines) + policy.linesep


def fold_header(name, value_tree, policy):
    """'name: value' folded; an empty value gets no space after the colon."""
    tokens = [fixed('header-label', name + ':')]
    if value_tree.parts:
        tokens.append(fws(' '))
    tokens.append(value_tree)
    return fold(tokens, policy)


# ---------------------------------------------------------------- address lists

def _address_pieces(text):
    """Terminals of an address or display name: white space, quoted strings,
    comments, <angle addresses>, and words (encoded words decoded)."""
    pieces = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in WSP:
            j = i
            while j < n and text[j] in WSP:
                j += 1
            pieces.append(fws(text[i:j]))
        elif ch in '"(<':
            close = {'"': '"', '(': ')', '<': '>'}[ch]
            j = i + 1
            depth = 1
            while j < n and depth:
                if text[j] == '\\':
                    j += 1
                elif ch == '(' and text[j] == '(':
                    depth += 1
                elif text[j] == close:
                    depth -= 1
                j += 1
            piece = text[i:j]
            if ch == '<':
                pieces.append(fixed('angle-addr', piece))
            elif ch == '(':
                pieces.append(fixed('comment', piece))
            else:
                pieces.append(Token('quoted-string', piece))
        else:
            j = i
            while j < n and text[j] not in WSP + '"(<':
                j += 1
            pieces.append(word(decode_words(text[i:j])))
        i = j
    return pieces


def _address(text):
    pieces = _address_pieces(text)
    angle = next((k for k, p in enumerate(pieces) if p.kind == 'angle-addr'), None)
    if angle is None:
        return group('address', [group('addr-spec', pieces, as_ew_allowed=False)])
    name = group('display-name', pieces[:angle], ew_combine_allowed=False)
    parts = ([name] if pieces[:angle] else []) + pieces[angle:]
    return group('address', parts)


def address_list(text):
    """The token tree of an address-list header value."""
    parts = []
    i = 0
    n = len(text)
    start = 0
    quoted = False
    comment = 0
    angle = False
    in_group = None

    def flush(end):
        segment = text[start:end]
        if segment.strip():
            (in_group if in_group is not None else parts).append(_address(segment))

    while i < n:
        ch = text[i]
        if quoted or comment:
            if ch == '\\':
                i += 1
            elif quoted and ch == '"':
                quoted = False
            elif comment and ch == '(':
                comment += 1
            elif comment and ch == ')':
                comment -= 1
        elif ch == '"':
            quoted = True
        elif ch == '(':
            comment = 1
        elif ch == '<':
            angle = True
        elif ch == '>':
            angle = False
        elif ch == ',' and not angle:
            flush(i)
            (in_group if in_group is not None else parts).append(
                fixed('list-separator', ',', syntactic_break=False))
            start = i + 1
        elif ch == ':' and not angle and in_group is None:
            in_group = _address_pieces(text[start:i])
            in_group = [group('display-name', in_group, ew_combine_allowed=False)] if in_group else []
            in_group.append(fixed('group-marker', ':', syntactic_break=False))
            start = i + 1
        elif ch == ';' and in_group is not None:
            flush(i)
            in_group.append(fixed('group-end', ';', syntactic_break=False))
            parts.append(group('group', in_group))
            in_group = None
            start = i + 1
        i += 1
    flush(n)
    if in_group is not None:
        parts.append(group('group', in_group))
    return group('address-list', parts)
