"""Python source as a stream of tokens (the pure-Python tokenizer of the stdlib).

Written for Spry from the documented interface and CPython 3.11's observed output: the
same token types, positions and error cases, including its leniencies (a character no
token starts with becomes an ERRORTOKEN and scanning goes on; an f-string is one STRING).
"""

import codecs
import collections
import re
import sys
from builtins import open as _open_file
from io import TextIOWrapper

import token
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = token.__all__ + ["tokenize", "generate_tokens", "detect_encoding", "untokenize",
                           "TokenInfo"]

BOM_UTF8 = codecs.BOM_UTF8
tabsize = 8


class TokenInfo(collections.namedtuple("TokenInfo", "type string start end line")):
    """One token: its type, text, (row, col) start and end, and the physical line(s)."""

    __slots__ = ()

    def __repr__(self):
        return "TokenInfo(type=%d (%s), string=%r, start=%r, end=%r, line=%r)" % (
            self.type, tok_name[self.type], self.string, self.start, self.end, self.line)

    @property
    def exact_type(self):
        """OP tokens: the operator's own type (PLUS, LPAR, ...); others: type."""
        if self.type == OP:
            return EXACT_TOKEN_TYPES.get(self.string, OP)
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---- the lexical grammar as regular expressions ---------------------------------------

def _either(*alternatives):
    return "(" + "|".join(alternatives) + ")"


def _string_prefixes():
    # Every spelling of the legal prefixes: any order and any case of b, r, u, f, br, fr.
    spellings = {""}
    for base in ("b", "r", "u", "f", "br", "fr"):
        orders = {base, base[::-1]}
        for word in orders:
            variants = [""]
            for ch in word:
                variants = [v + c for v in variants for c in (ch, ch.upper())]
            spellings.update(variants)
    return spellings


_PREFIXES = _string_prefixes()
_PREFIX_RE = "(?:" + "|".join(sorted((re.escape(p) for p in _PREFIXES), key=len,
                                     reverse=True)) + ")"

_DIGITS = r"[0-9](?:_?[0-9])*"
_EXP = r"[eE][-+]?" + _DIGITS
_FLOAT = _either(_DIGITS + r"\.(?:" + _DIGITS + r")?(?:" + _EXP + r")?",
                 r"\." + _DIGITS + r"(?:" + _EXP + r")?",
                 _DIGITS + _EXP)
_INT = _either(r"0[xX](?:_?[0-9a-fA-F])+", r"0[bB](?:_?[01])+", r"0[oO](?:_?[0-7])+",
               r"(?:0(?:_?0)*|[1-9](?:_?[0-9])*)")
_NUMBER = _either(_DIGITS + r"[jJ]", _FLOAT + r"[jJ]", _FLOAT, _INT)

_OPERATOR = _either(r"\r?\n", *[re.escape(op) for op in
                                 sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)])

# A single-quoted string that closes on this line, or stops at a backslash-newline.
_ONE_LINE_STRING = _PREFIX_RE + _either(
    r"'[^\n'\\]*(?:\\.[^\n'\\]*)*(?:'|\\\r?\n)",
    r'"[^\n"\\]*(?:\\.[^\n"\\]*)*(?:"|\\\r?\n)')
_TRIPLE_OPEN = _PREFIX_RE + _either("'''", '"""')

# One token after optional blanks; group 1 is the token. The alternatives are tried in
# order: line continuation or end of line, comment, triple quote, number, operator,
# string, name.
_TOKEN = re.compile(r"[ \f\t]*" + _either(
    r"\\\r?\n|\Z", r"#[^\r\n]*", _TRIPLE_OPEN, _NUMBER, _OPERATOR, _ONE_LINE_STRING,
    r"\w+"))

# Where a string that is already open ends: the rest up to and including the closer.
_CLOSERS = {
    "'": re.compile(r"[^'\\]*(?:\\.[^'\\]*)*'"),
    '"': re.compile(r'[^"\\]*(?:\\.[^"\\]*)*"'),
    "'''": re.compile(r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"),
    '"""': re.compile(r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'),
}

_TRIPLE_STARTS = {p + q for p in _PREFIXES for q in ("'''", '"""')}
_SINGLE_STARTS = {p + q for p in _PREFIXES for q in ("'", '"')}


# ---- the scanner ----------------------------------------------------------------------

class _OpenString:
    """A string literal that runs past the end of its first line."""

    def __init__(self, start, text, closer, line, backslashed):
        self.start = start
        self.text = text
        self.closer = closer
        self.lines = line
        self.backslashed = backslashed   # single-quoted: each line must end in a backslash


def _indent_width(line):
    """(column the first token is at, index of that token) for a line's leading blanks."""
    col = 0
    for i, ch in enumerate(line):
        if ch == " ":
            col += 1
        elif ch == "\t":
            col = (col // tabsize + 1) * tabsize
        elif ch == "\f":
            col = 0
        else:
            return col, i
    return col, len(line)


def _scan(readline, encoding):
    row = 0
    depth = 0                 # open brackets
    joined = False            # the previous line ended with a backslash
    indents = [0]
    pending = None            # an _OpenString
    line = ""
    last = ""
    while True:
        try:
            last = line
            line = readline()
        except StopIteration:
            line = ""
        if encoding is not None and isinstance(line, bytes):
            line = line.decode(encoding)
        row += 1
        pos, end = 0, len(line)

        if pending is not None:
            if not line:
                raise TokenError("EOF in multi-line string", pending.start)
            closed = pending.closer.match(line)
            if closed:
                pos = closed.end()
                yield TokenInfo(STRING, pending.text + line[:pos], pending.start, (row, pos),
                                pending.lines + line)
                pending = None
            elif pending.backslashed and not line.endswith(("\\\n", "\\\r\n")):
                yield TokenInfo(ERRORTOKEN, pending.text + line, pending.start, (row, end),
                                pending.lines)
                pending = None
                continue
            else:
                pending.text += line
                pending.lines += line
                continue

        elif depth == 0 and not joined:
            if not line:
                break
            col, pos = _indent_width(line)
            if pos == end:
                break
            if line[pos] in "#\r\n":
                # A blank or comment-only line: no INDENT/DEDENT, NL instead of NEWLINE.
                if line[pos] == "#":
                    comment = line[pos:].rstrip("\r\n")
                    yield TokenInfo(COMMENT, comment, (row, pos), (row, pos + len(comment)),
                                    line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (row, pos), (row, end), line)
                continue
            if col > indents[-1]:
                indents.append(col)
                yield TokenInfo(INDENT, line[:pos], (row, 0), (row, pos), line)
            if col not in indents:
                raise IndentationError(
                    "unindent does not match any outer indentation level",
                    ("<tokenize>", row, pos, line))
            while col < indents[-1]:
                indents.pop()
                yield TokenInfo(DEDENT, "", (row, pos), (row, pos), line)

        else:
            if not line:
                raise TokenError("EOF in multi-line statement", (row, 0))
            joined = False

        while pos < end:
            m = _TOKEN.match(line, pos)
            if m is None:
                yield TokenInfo(ERRORTOKEN, line[pos], (row, pos), (row, pos + 1), line)
                pos += 1
                continue
            start, pos = m.span(1)
            if start == pos:
                continue
            text = line[start:pos]
            first = text[0]
            here, there = (row, start), (row, pos)
            if first in "0123456789" or (first == "." and text not in (".", "...")):
                yield TokenInfo(NUMBER, text, here, there, line)
            elif first in "\r\n":
                yield TokenInfo(NL if depth > 0 else NEWLINE, text, here, there, line)
            elif first == "#":
                yield TokenInfo(COMMENT, text, here, there, line)
            elif text in _TRIPLE_STARTS:
                closed = _CLOSERS[text[-3:]].match(line, pos)
                if closed:
                    pos = closed.end()
                    yield TokenInfo(STRING, line[start:pos], here, (row, pos), line)
                else:
                    pending = _OpenString(here, line[start:], _CLOSERS[text[-3:]], line, False)
                    break
            elif text[:1] in _SINGLE_STARTS or text[:2] in _SINGLE_STARTS or \
                    text[:3] in _SINGLE_STARTS:
                if text[-1] == "\n":
                    quote = text.lstrip("bBrRuUfF")[0]
                    pending = _OpenString(here, line[start:], _CLOSERS[quote], line, True)
                    break
                yield TokenInfo(STRING, text, here, there, line)
            elif first.isidentifier():
                yield TokenInfo(NAME, text, here, there, line)
            elif first == "\\":
                joined = True
            else:
                if first in "([{":
                    depth += 1
                elif first in ")]}":
                    depth -= 1
                yield TokenInfo(OP, text, here, there, line)

    # A last line without its newline still ends its statement.
    if last and last[-1] not in "\r\n" and not last.strip().startswith("#"):
        yield TokenInfo(NEWLINE, "", (row - 1, len(last)), (row - 1, len(last) + 1), "")
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, "", (row, 0), (row, 0), "")
    yield TokenInfo(ENDMARKER, "", (row, 0), (row, 0), "")


def generate_tokens(readline):
    """Tokens of source read as str lines from readline (no ENCODING token)."""
    return _scan(readline, None)


# ---- encodings --------------------------------------------------------------------------

_CODING = re.compile(r"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
_BLANK_OR_COMMENT = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)", re.ASCII)


def _canonical_encoding(name):
    # The two spellings every Python source tool agrees on; other names pass through.
    key = name[:12].lower().replace("_", "-")
    if key == "utf-8" or key.startswith("utf-8-"):
        return "utf-8"
    for latin in ("latin-1", "iso-8859-1", "iso-latin-1"):
        if key == latin or key.startswith(latin + "-"):
            return "iso-8859-1"
    return name


def detect_encoding(readline):
    """(encoding, raw lines read) for bytes source: a UTF-8 BOM, a coding cookie on one
    of the first two lines (PEP 263), else 'utf-8'."""
    filename = getattr(getattr(readline, "__self__", None), "name", None)

    def problem(message):
        if filename is not None:
            message = message.replace(":", " for %r:" % filename, 1) \
                if ":" in message else "%s for %r" % (message, filename)
        return SyntaxError(message)

    def next_line():
        try:
            return readline()
        except StopIteration:
            return b""

    def cookie_of(raw):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise problem("invalid or missing encoding declaration") from None
        found = _CODING.match(text)
        if not found:
            return None
        name = _canonical_encoding(found.group(1))
        try:
            codecs.lookup(name)
        except LookupError:
            raise problem("unknown encoding: " + name) from None
        if bom and name != "utf-8":
            raise problem("encoding problem: utf-8")
        return name + "-sig" if bom else name

    default = "utf-8"
    first = next_line()
    bom = first.startswith(BOM_UTF8)
    if bom:
        first = first[3:]
        default = "utf-8-sig"
    if not first:
        return default, []
    name = cookie_of(first)
    if name:
        return name, [first]
    if not _BLANK_OR_COMMENT.match(first):
        return default, [first]
    second = next_line()
    if not second:
        return default, [first]
    name = cookie_of(second)
    return (name or default), [first, second]


def tokenize(readline):
    """Tokens of source read as bytes lines from readline, after an ENCODING token."""
    encoding, consumed = detect_encoding(readline)
    if encoding == "utf-8-sig":
        encoding = "utf-8"      # the BOM is gone from the first line; later ones keep theirs
    replay = iter(consumed)

    def lines():
        for raw in replay:
            return raw
        return readline()

    yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), "")
    yield from _scan(lines, encoding)


def open(filename):
    """The file opened as text in the encoding detect_encoding finds in it."""
    raw = _open_file(filename, "rb")
    try:
        encoding, _ = detect_encoding(raw.readline)
        raw.seek(0)
        text = TextIOWrapper(raw, encoding, line_buffering=True)
        text.mode = "r"
        return text
    except:
        raw.close()
        raise


# ---- back to source ---------------------------------------------------------------------

def _untokenize_pairs(tokens):
    # Only types and strings: the text is rebuilt with minimal spacing (names and
    # numbers get a trailing space, adjacent strings one in between), not the original.
    out = []
    indents = []
    line_start = False
    after_string = False
    encoding = None
    for tok in tokens:
        kind, text = tok[0], tok[1]
        if kind == ENCODING:
            encoding = text
            continue
        if kind in (NAME, NUMBER):
            text += " "
        if kind == STRING and after_string:
            text = " " + text
        after_string = kind == STRING
        if kind == INDENT:
            indents.append(text)
            continue
        if kind == DEDENT:
            indents.pop()
            continue
        if kind in (NEWLINE, NL):
            line_start = True
        elif line_start and indents:
            out.append(indents[-1])
            line_start = False
        out.append(text)
    return "".join(out), encoding


def _untokenize_positioned(tokens):
    # Full tokens: blanks and backslash continuations are put back from the positions.
    out = []
    indents = []
    line_start = False
    encoding = None
    row, col = 1, 0
    for n, tok in enumerate(tokens):
        if len(tok) == 2:
            text, enc = _untokenize_pairs([tok] + list(tokens[n + 1:]))
            return "".join(out) + text, enc or encoding
        kind, text, start, end = tok[0], tok[1], tok[2], tok[3]
        if kind == ENCODING:
            encoding = text
            continue
        if kind == ENDMARKER:
            break
        if kind == INDENT:
            indents.append(text)
            continue
        if kind == DEDENT:
            indents.pop()
            row, col = end
            continue
        if kind in (NEWLINE, NL):
            line_start = True
        elif line_start and indents:
            if start[1] >= len(indents[-1]):
                out.append(indents[-1])
                col = len(indents[-1])
            line_start = False
        srow, scol = start
        if srow < row or (srow == row and scol < col):
            raise ValueError("start ({},{}) precedes previous end ({},{})".format(
                srow, scol, row, col))
        if srow > row:
            out.append("\\\n" * (srow - row))
            col = 0
        if scol > col:
            out.append(" " * (scol - col))
        out.append(text)
        row, col = end
        if kind in (NEWLINE, NL):
            row, col = row + 1, 0
    return "".join(out), encoding


def untokenize(iterable):
    """Source text from tokens (5-tuples keep the original spacing; (type, string) pairs
    give equivalent code); bytes in the ENCODING token's encoding if there is one."""
    text, encoding = _untokenize_positioned(list(iterable))
    if encoding is not None:
        return text.encode(encoding)
    return text


# ---- python -m tokenize ------------------------------------------------------------------

def main():
    import argparse

    def fail(message, filename=None, where=None):
        if where:
            sys.stderr.write("%s:%d:%d: error: %s\n" % ((filename,) + tuple(where) + (message,)))
        elif filename:
            sys.stderr.write("%s: error: %s\n" % (filename, message))
        else:
            sys.stderr.write("error: %s\n" % message)
        sys.exit(1)

    parser = argparse.ArgumentParser(prog="python -m tokenize")
    parser.add_argument(dest="filename", nargs="?", metavar="filename.py",
                        help="the file to tokenize; defaults to stdin")
    parser.add_argument("-e", "--exact", dest="exact", action="store_true",
                        help="display token names using the exact type")
    args = parser.parse_args()
    filename = args.filename or "<stdin>"
    try:
        if args.filename:
            with _open_file(args.filename, "rb") as f:
                tokens = list(tokenize(f.readline))
        else:
            tokens = _scan(sys.stdin.readline, None)
        for tok in tokens:
            kind = tok.exact_type if args.exact else tok.type
            where = "%d,%d-%d,%d:" % (tok.start + tok.end)
            print("%-20s%-15s%-15r" % (where, tok_name[kind], tok.string))
    except IndentationError as err:
        fail(err.args[0], filename, err.args[1][1:3])
    except TokenError as err:
        fail(err.args[0], filename, err.args[1])
    except SyntaxError as err:
        fail(err, filename)
    except OSError as err:
        fail(err)
    except KeyboardInterrupt:
        print("interrupted\n")
    except Exception as err:
        sys.stderr.write("unexpected error: %s\n" % err)
        raise


if __name__ == "__main__":
    main()
