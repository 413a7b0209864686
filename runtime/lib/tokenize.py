"""Tokenizer for Python source, in Python: generate_tokens() over str lines and tokenize()
over bytes lines (which first yields the ENCODING token). The token stream is CPython
3.11's tokenize module's, including COMMENT and NL tokens."""

import collections
import re
import sys
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = [name for name in dir(sys.modules["token"]) if name.isupper() or name == "tok_name"
           or name.startswith("IS")] + ["tokenize", "generate_tokens", "detect_encoding",
                                        "untokenize", "TokenInfo", "TokenError", "open"]


class TokenInfo(collections.namedtuple("TokenInfo", "type string start end line")):
    def __repr__(self):
        annotated_type = "%d (%s)" % (self.type, tok_name[self.type])
        return ("TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)"
                % self._replace(type=annotated_type))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---- the lexical grammar (Python language reference, "Lexical analysis") -----------------
def _any(*choices):
    return "(" + "|".join(choices) + ")"


_digits = r"[0-9](?:_?[0-9])*"
_exponent = r"[eE][-+]?" + _digits
_point_float = _any(_digits + r"\.(?:" + _digits + r")?", r"\." + _digits) + "(?:" + _exponent + ")?"
_exp_float = _digits + _exponent
_float = _any(_point_float, _exp_float)
_imaginary = _any(_digits + r"[jJ]", _float + r"[jJ]")
_integer = _any(r"0[xX](?:_?[0-9a-fA-F])+", r"0[bB](?:_?[01])+", r"0[oO](?:_?[0-7])+",
                r"(?:0(?:_?0)*|[1-9](?:_?[0-9])*)")
_number = _any(_imaginary, _float, _integer)


def _string_prefixes():
    prefixes = {""}
    for base in ("b", "r", "u", "f", "br", "fr"):
        for order in {base, base[::-1]}:
            for mask in range(1 << len(order)):
                prefixes.add("".join(c.upper() if mask >> i & 1 else c
                                     for i, c in enumerate(order)))
    return prefixes


_PREFIXES = _string_prefixes()
_prefix = _any(*sorted((re.escape(p) for p in _PREFIXES), key=len, reverse=True))

# The rest of a string after its opening quote(s), up to and including the closing ones.
_ENDS = {
    "'": re.compile(r"[^'\\]*(?:\\.[^'\\]*)*'"),
    '"': re.compile(r'[^"\\]*(?:\\.[^"\\]*)*"'),
    "'''": re.compile(r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"),
    '"""': re.compile(r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'),
}

# A one-line string, or the start of one continued with a backslash at the end of the line.
_one_line_string = _any(_prefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + _any("'", r"\\\r?\n"),
                        _prefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + _any('"', r"\\\r?\n"))
_operator = _any(r"\r?\n", *(re.escape(op) for op in sorted(EXACT_TOKEN_TYPES, reverse=True)))
_comment = r"#[^\r\n]*"
_triple_start = _prefix + _any("'''", '"""')
_extras = _any(r"\\\r?\n|\Z", _comment, _triple_start)
_pseudo_token = re.compile(r"[ \f\t]*" + _any(_extras, _number, _operator, _one_line_string,
                                             r"\w+"))

_TRIPLE_STARTS = {p + q for p in _PREFIXES for q in ("'''", '"""')}
_SINGLE_STARTS = {p + q for p in _PREFIXES for q in ("'", '"')}
TabSize = 8


def _end_pattern(token):
    """The pattern closing a string whose text starts with token (prefix and quotes)."""
    body = token.lstrip("bBrRuUfF")
    return _ENDS.get(body[:3]) or _ENDS[body[:1]]


def generate_tokens(readline):
    """Tokenize str lines from readline (which returns '' or raises StopIteration at the
    end), yielding TokenInfo tuples."""
    return _tokenize(readline, None)


def _tokenize(readline, encoding):
    lnum = parenlev = 0
    continued = False
    indents = [0]
    contstr = ""
    needcont = False
    contline = None
    strstart = None
    endprog = None
    last_line = ""
    line = ""
    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), "")
    while True:
        last_line = line
        try:
            line = readline()
        except StopIteration:
            line = b"" if encoding is not None else ""
        if encoding is not None:
            line = line.decode(encoding)
        lnum += 1
        pos, max = 0, len(line)

        if contstr:
            if not line:
                raise TokenError("EOF in multi-line string", strstart)
            endmatch = endprog.match(line)
            if endmatch:
                pos = end = endmatch.end(0)
                yield TokenInfo(STRING, contstr + line[:end], strstart, (lnum, end),
                                contline + line)
                contstr, needcont, contline = "", False, None
            elif needcont and not line.endswith(("\\\n", "\\\r\n")):
                yield TokenInfo(ERRORTOKEN, contstr + line, strstart, (lnum, len(line)),
                                contline)
                contstr, contline = "", None
                continue
            else:
                contstr += line
                contline += line
                continue

        elif parenlev == 0 and not continued:
            if not line:
                break
            column = 0
            while pos < max:
                ch = line[pos]
                if ch == " ":
                    column += 1
                elif ch == "\t":
                    column = (column // TabSize + 1) * TabSize
                elif ch == "\f":
                    column = 0
                else:
                    break
                pos += 1
            if pos == max:
                break
            if line[pos] in "#\r\n":
                if line[pos] == "#":
                    comment = line[pos:].rstrip("\r\n")
                    yield TokenInfo(COMMENT, comment, (lnum, pos), (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", lnum, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, "", (lnum, pos), (lnum, pos), line)

        else:
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            continued = False

        while pos < max:
            match = _pseudo_token.match(line, pos)
            if not match:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = match.span(1)
            spos, epos, pos = (lnum, start), (lnum, end), end
            if start == end:
                continue
            token, initial = line[start:end], line[start]
            if initial in "0123456789" or (initial == "." and token not in (".", "...")):
                yield TokenInfo(NUMBER, token, spos, epos, line)
            elif initial in "\r\n":
                yield TokenInfo(NL if parenlev > 0 else NEWLINE, token, spos, epos, line)
            elif initial == "#":
                yield TokenInfo(COMMENT, token, spos, epos, line)
            elif token in _TRIPLE_STARTS:
                endprog = _end_pattern(token)
                endmatch = endprog.match(line, pos)
                if endmatch:
                    pos = endmatch.end(0)
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    strstart = (lnum, start)
                    contstr = line[start:]
                    contline = line
                    break
            elif (initial in "'\"" or token[:2] in _SINGLE_STARTS
                  or token[:3] in _SINGLE_STARTS):
                if token[-1] == "\n":
                    strstart = (lnum, start)
                    endprog = _end_pattern(token)
                    contstr, needcont = line[start:], True
                    contline = line
                    break
                yield TokenInfo(STRING, token, spos, epos, line)
            elif initial.isidentifier():
                yield TokenInfo(NAME, token, spos, epos, line)
            elif initial == "\\":
                continued = True
            else:
                if initial in "([{":
                    parenlev += 1
                elif initial in ")]}":
                    parenlev -= 1
                yield TokenInfo(OP, token, spos, epos, line)

    if last_line and last_line[-1] not in "\r\n" and not last_line.strip().startswith("#"):
        yield TokenInfo(NEWLINE, "", (lnum - 1, len(last_line)), (lnum - 1, len(last_line) + 1), "")
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, "", (lnum, 0), (lnum, 0), "")
    yield TokenInfo(ENDMARKER, "", (lnum, 0), (lnum, 0), "")


# ---- bytes input: the coding cookie -------------------------------------------------------
_cookie_re = re.compile(r"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
_blank_re = re.compile(br"^[ \t\f]*(?:[#\r\n]|$)", re.ASCII)


def _normal_encoding(name):
    enc = name[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or enc.startswith(
            ("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return name


def detect_encoding(readline):
    """The source encoding from a BOM or a PEP 263 cookie in the first two lines (default
    utf-8), and the lines read to find it."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    default = "utf-8"

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b""

    def find_cookie(line):
        try:
            line_string = line.decode("utf-8")
        except UnicodeDecodeError:
            msg = "invalid or missing encoding declaration"
            if filename is not None:
                msg = "{} for {!r}".format(msg, filename)
            raise SyntaxError(msg)
        match = _cookie_re.match(line_string)
        if not match:
            return None
        encoding = _normal_encoding(match.group(1))
        try:
            import codecs
            codecs.lookup(encoding)
        except (LookupError, ImportError):
            if filename is None:
                msg = "unknown encoding: " + encoding
            else:
                msg = "unknown encoding for {!r}: {}".format(filename, encoding)
            raise SyntaxError(msg)
        if bom_found:
            if encoding != "utf-8":
                if filename is None:
                    msg = "encoding problem: utf-8"
                else:
                    msg = "encoding problem for {!r}: utf-8".format(filename)
                raise SyntaxError(msg)
            encoding += "-sig"
        return encoding

    first = read_or_stop()
    if first.startswith(b"\xef\xbb\xbf"):
        bom_found = True
        first = first[3:]
        default = "utf-8-sig"
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not _blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def tokenize(readline):
    """Tokenize bytes lines from readline: an ENCODING token, then the tokens."""
    encoding, consumed = detect_encoding(readline)
    pending = list(consumed)

    def lines():
        if pending:
            return pending.pop(0)
        try:
            return readline()
        except StopIteration:
            return b""
    return _tokenize(lines, encoding)


def open(filename):
    """Open a Python source file in text mode with the encoding detect_encoding finds."""
    import builtins
    import io
    buffer = builtins.open(filename, "rb")
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = io.TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = "r"
        return text
    except:
        buffer.close()
        raise


def untokenize(iterable):
    """Source text from tokens: (type, string) pairs are spaced out minimally; full
    TokenInfo tuples are put back at their positions."""
    out = []
    prev_row, prev_col = 1, 0
    indents = []
    startline = False
    compat = False
    prev_string = False
    encoding = None
    for tok in iterable:
        if len(tok) == 2:
            compat = True
        tok_type, text = tok[0], tok[1]
        if tok_type == ENCODING:
            encoding = text
            continue
        if tok_type == ENDMARKER:
            break
        if compat:
            # names and numbers get a space after them, adjacent strings one between
            if tok_type in (NAME, NUMBER):
                text += " "
            if tok_type == STRING and prev_string:
                text = " " + text
            prev_string = tok_type == STRING
            if tok_type == INDENT:
                indents.append(text)
                continue
            if tok_type == DEDENT:
                indents.pop()
                continue
            if tok_type in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                out.append(indents[-1])
                startline = False
            out.append(text)
            continue
        (row, col), end = tok[2], tok[3]
        if row > prev_row:
            out.append("\\\n" * (row - prev_row))
            prev_col = 0
        if col > prev_col:
            out.append(" " * (col - prev_col))
        out.append(text)
        prev_row, prev_col = end
        if tok_type in (NEWLINE, NL):
            prev_row += 1
            prev_col = 0
    result = "".join(out)
    if encoding is not None:
        result = result.encode(encoding)
    return result
