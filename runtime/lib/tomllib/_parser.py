"""A recursive-descent TOML 1.0.0 parser."""

import re
import string
from datetime import date, datetime, time, timedelta, timezone

ASCII_CTRL = frozenset(chr(i) for i in range(32)) | frozenset(chr(127))

# Control characters other than tab are not allowed in strings or comments.
ILLEGAL_BASIC_STR_CHARS = ASCII_CTRL - frozenset("\t")
ILLEGAL_MULTILINE_BASIC_STR_CHARS = ASCII_CTRL - frozenset("\t\n")
ILLEGAL_LITERAL_STR_CHARS = ILLEGAL_BASIC_STR_CHARS
ILLEGAL_MULTILINE_LITERAL_STR_CHARS = ILLEGAL_MULTILINE_BASIC_STR_CHARS
ILLEGAL_COMMENT_CHARS = ILLEGAL_BASIC_STR_CHARS

TOML_WS = frozenset(" \t")
TOML_WS_AND_NEWLINE = TOML_WS | frozenset("\n")
BARE_KEY_CHARS = frozenset(string.ascii_letters + string.digits + "-_")
KEY_INITIAL_CHARS = BARE_KEY_CHARS | frozenset("\"'")
HEXDIGIT_CHARS = frozenset(string.hexdigits)

BASIC_STR_ESCAPE_REPLACEMENTS = {
    "\\b": "\u0008",
    "\\t": "\u0009",
    "\\n": "\u000A",
    "\\f": "\u000C",
    "\\r": "\u000D",
    '\\"': "\u0022",
    "\\\\": "\u005C",
}

_TIME_RE_STR = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"

RE_NUMBER = re.compile(
    r"""
0
(?:
    x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*   # hex
    |
    b[01](?:_?[01])*                 # bin
    |
    o[0-7](?:_?[0-7])*               # oct
)
|
[+-]?(?:0|[1-9](?:_?[0-9])*)         # dec, integer part
(?P<floatpart>
    (?:\.[0-9](?:_?[0-9])*)?         # optional fractional part
    (?:[eE][+-]?[0-9](?:_?[0-9])*)?  # optional exponent part
)
""",
    flags=re.VERBOSE,
)
RE_LOCALTIME = re.compile(_TIME_RE_STR)
RE_DATETIME = re.compile(
    rf"""
([0-9]{{4}})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])  # date, e.g. 1988-10-27
(?:
    [Tt ]
    {_TIME_RE_STR}
    (?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?  # optional time offset
)?
""",
    flags=re.VERBOSE,
)


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    b = fp.read()
    try:
        s = b.decode()
    except AttributeError:
        raise TypeError(
            "File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`"
        ) from None
    return loads(s, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    # "\r\n" may be read as "\n" everywhere, string literals included.
    src = s.replace("\r\n", "\n")
    return _Parser(src, _safe_parse_float(parse_float)).parse()


def _safe_parse_float(parse_float):
    if parse_float is float:
        return float

    def safe(float_str):
        value = parse_float(float_str)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return safe


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float
        self.root = {}
        # Keys (tuples) of tables declared with a [header] or [[header]],
        # of tables and arrays that may not change (inline tables, static
        # arrays), and of tables created by dotted keys in a statement.
        self.declared = set()
        self.frozen = set()
        self.dotted = set()
        self.header = ()  # key of the current table

    # -- errors and positions

    def error(self, msg, pos=None):
        pos = self.pos if pos is None else pos
        src = self.src
        if pos >= len(src):
            coord = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            col = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
            coord = f"line {line}, column {col}"
        return TOMLDecodeError(f"{msg} (at {coord})")

    def char(self):
        return self.src[self.pos] if self.pos < len(self.src) else None

    def skip_chars(self, chars):
        src = self.src
        while self.pos < len(src) and src[self.pos] in chars:
            self.pos += 1

    def skip_until(self, expect, error_on, error_on_eof):
        """Moves to the next occurrence of expect, refusing error_on chars."""
        try:
            new_pos = self.src.index(expect, self.pos)
        except ValueError:
            new_pos = len(self.src)
            if error_on_eof:
                raise self.error(f"Expected {expect!r}", new_pos) from None
        if not error_on.isdisjoint(self.src[self.pos:new_pos]):
            while self.src[self.pos] not in error_on:
                self.pos += 1
            raise self.error(f"Found invalid character {self.src[self.pos]!r}")
        self.pos = new_pos

    def skip_comment(self):
        if self.char() == "#":
            self.pos += 1
            self.skip_until("\n", ILLEGAL_COMMENT_CHARS, error_on_eof=False)

    def skip_comments_and_array_ws(self):
        while True:
            before = self.pos
            self.skip_chars(TOML_WS_AND_NEWLINE)
            self.skip_comment()
            if self.pos == before:
                return

    # -- document

    def parse(self):
        src = self.src
        while True:
            self.skip_chars(TOML_WS)
            char = self.char()
            if char is None:
                break
            if char == "\n":
                self.pos += 1
                continue
            if char in KEY_INITIAL_CHARS:
                self.key_value_statement()
                self.skip_chars(TOML_WS)
            elif char == "[":
                if src.startswith("[[", self.pos):
                    self.array_of_tables_header()
                else:
                    self.table_header()
                self.skip_chars(TOML_WS)
            elif char != "#":
                raise self.error("Invalid statement")
            self.skip_comment()
            char = self.char()
            if char is None:
                break
            if char != "\n":
                raise self.error("Expected newline or end of document after a statement")
            self.pos += 1
        return self.root

    def is_frozen(self, key):
        # Inside an inline table or a static array nothing may change.
        return any(key[:i] in self.frozen for i in range(1, len(key) + 1))

    def table_of(self, key):
        """The dict at key (a tuple) from the root, created as needed; a
        list (array of tables) contributes its last table."""
        table = self.root
        for part in key:
            if part not in table:
                table[part] = {}
            table = table[part]
            if isinstance(table, list):
                table = table[-1]
            if not isinstance(table, dict):
                raise KeyError("There is no nest behind this key")
        return table

    def table_header(self):
        self.pos += 1  # "["
        self.skip_chars(TOML_WS)
        key = self.parse_key()
        if key in self.declared or key in self.dotted or self.is_frozen(key):
            raise self.error(f"Cannot declare {key} twice")
        self.declared.add(key)
        self.header = key
        try:
            self.table_of(key)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if not self.src.startswith("]", self.pos):
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1

    def array_of_tables_header(self):
        self.pos += 2  # "[["
        self.skip_chars(TOML_WS)
        key = self.parse_key()
        if self.is_frozen(key):
            raise self.error(f"Cannot mutate immutable namespace {key}")
        # What was declared under the previous element starts over.
        self.declared = {k for k in self.declared if k[:len(key)] != key or k == key}
        self.dotted = {k for k in self.dotted if k[:len(key)] != key}
        self.frozen = {k for k in self.frozen if k[:len(key)] != key}
        self.header = key
        try:
            parent = self.table_of(key[:-1])
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        last = key[-1]
        if last not in parent:
            parent[last] = [{}]
        elif isinstance(parent[last], list):
            parent[last].append({})
        else:
            raise self.error("Cannot overwrite a value")
        self.declared.add(key)
        if not self.src.startswith("]]", self.pos):
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2

    def key_value_statement(self):
        key, value = self.key_value_pair()
        parent_key, last = key[:-1], key[-1]
        abs_parent = self.header + parent_key
        # Tables made by the dotted key: none of them may be a declared
        # ([header]) table of an earlier statement, nor frozen.
        for i in range(1, len(key)):
            cont = self.header + key[:i]
            if self.is_frozen(cont):
                raise self.error(f"Cannot mutate immutable namespace {cont}")
            if cont in self.declared and cont != self.header:
                raise self.error(f"Cannot redefine namespace {cont}")
        try:
            table = self.table_of(abs_parent)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if last in table:
            raise self.error("Cannot overwrite a value")
        for i in range(1, len(key)):
            self.dotted.add(self.header + key[:i])
        if isinstance(value, (dict, list)):
            self.frozen.add(self.header + key)
        table[last] = value

    def key_value_pair(self):
        key = self.parse_key()
        if self.char() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_chars(TOML_WS)
        return key, self.parse_value()

    def parse_key(self):
        parts = [self.parse_key_part()]
        self.skip_chars(TOML_WS)
        while self.char() == ".":
            self.pos += 1
            self.skip_chars(TOML_WS)
            parts.append(self.parse_key_part())
            self.skip_chars(TOML_WS)
        return tuple(parts)

    def parse_key_part(self):
        char = self.char()
        if char in BARE_KEY_CHARS:
            start = self.pos
            self.skip_chars(BARE_KEY_CHARS)
            return self.src[start:self.pos]
        if char == "'":
            return self.parse_literal_str()
        if char == '"':
            return self.parse_one_line_basic_str()
        raise self.error("Invalid initial character for a key part")

    # -- values

    def parse_value(self):
        src = self.src
        pos = self.pos
        char = self.char()
        if char == '"':
            if src.startswith('"""', pos):
                return self.parse_multiline_str(literal=False)
            return self.parse_one_line_basic_str()
        if char == "'":
            if src.startswith("'''", pos):
                return self.parse_multiline_str(literal=True)
            return self.parse_literal_str()
        if char == "t" and src.startswith("true", pos):
            self.pos += 4
            return True
        if char == "f" and src.startswith("false", pos):
            self.pos += 5
            return False
        if char == "[":
            return self.parse_array()
        if char == "{":
            return self.parse_inline_table()
        # Dates and times before numbers: both start with digits.
        m = RE_DATETIME.match(src, pos)
        if m:
            try:
                value = _match_to_datetime(m)
            except ValueError as e:
                raise self.error("Invalid date or datetime") from e
            self.pos = m.end()
            return value
        m = RE_LOCALTIME.match(src, pos)
        if m:
            self.pos = m.end()
            return _match_to_localtime(m)
        m = RE_NUMBER.match(src, pos)
        if m:
            self.pos = m.end()
            text = m.group()
            if m.group("floatpart"):
                return self.parse_float(text.replace("_", ""))
            return int(text.replace("_", ""), 0)
        for special in ("inf", "nan", "+inf", "-inf", "+nan", "-nan"):
            if src.startswith(special, pos):
                self.pos += len(special)
                return self.parse_float(special)
        raise self.error("Invalid value")

    def parse_array(self):
        self.pos += 1
        array = []
        self.skip_comments_and_array_ws()
        if self.char() == "]":
            self.pos += 1
            return array
        while True:
            array.append(self.parse_value())
            self.skip_comments_and_array_ws()
            char = self.char()
            if char == "]":
                self.pos += 1
                return array
            if char != ",":
                raise self.error("Unclosed array")
            self.pos += 1
            self.skip_comments_and_array_ws()
            if self.char() == "]":
                self.pos += 1
                return array

    def parse_inline_table(self):
        self.pos += 1
        table = {}
        frozen = set()  # keys of nested inline tables and arrays
        self.skip_chars(TOML_WS)
        if self.char() == "}":
            self.pos += 1
            return table
        while True:
            key, value = self.key_value_pair()
            parent = table
            for i, part in enumerate(key[:-1]):
                if key[:i + 1] in frozen:
                    raise self.error(f"Cannot mutate immutable namespace {key[:i + 1]}")
                existing = parent.setdefault(part, {})
                if not isinstance(existing, dict):
                    raise self.error("Cannot overwrite a value")
                parent = existing
            if key[-1] in parent:
                raise self.error(f"Duplicate inline table key {key[-1]!r}")
            if isinstance(value, (dict, list)):
                frozen.add(key)
            parent[key[-1]] = value
            self.skip_chars(TOML_WS)
            char = self.char()
            if char == "}":
                self.pos += 1
                return table
            if char != ",":
                raise self.error("Unclosed inline table")
            self.pos += 1
            self.skip_chars(TOML_WS)

    # -- strings

    def parse_literal_str(self):
        self.pos += 1  # "'"
        start = self.pos
        self.skip_until("'", ILLEGAL_LITERAL_STR_CHARS, error_on_eof=True)
        end = self.pos
        self.pos += 1
        return self.src[start:end]

    def parse_one_line_basic_str(self):
        self.pos += 1  # '"'
        return self.parse_basic_str(multiline=False)

    def parse_multiline_str(self, literal):
        self.pos += 3
        if self.src.startswith("\n", self.pos):
            self.pos += 1  # a newline right after the delimiter is trimmed
        if literal:
            delim = "'"
            start = self.pos
            self.skip_until("'''", ILLEGAL_MULTILINE_LITERAL_STR_CHARS, error_on_eof=True)
            result = self.src[start:self.pos]
            self.pos += 3
        else:
            delim = '"'
            result = self.parse_basic_str(multiline=True)
        # One or two quotes may end the content, just before the delimiter.
        if not self.src.startswith(delim, self.pos):
            return result
        self.pos += 1
        if not self.src.startswith(delim, self.pos):
            return result + delim
        self.pos += 1
        return result + delim * 2

    def parse_basic_str(self, multiline):
        src = self.src
        if multiline:
            error_on = ILLEGAL_MULTILINE_BASIC_STR_CHARS
        else:
            error_on = ILLEGAL_BASIC_STR_CHARS
        result = []
        start = self.pos
        while True:
            if self.pos >= len(src):
                raise self.error("Unterminated string")
            char = src[self.pos]
            if char == '"':
                if not multiline:
                    result.append(src[start:self.pos])
                    self.pos += 1
                    return "".join(result)
                if src.startswith('"""', self.pos):
                    result.append(src[start:self.pos])
                    self.pos += 3
                    return "".join(result)
                self.pos += 1
                continue
            if char == "\\":
                result.append(src[start:self.pos])
                result.append(self.parse_escape(multiline))
                start = self.pos
                continue
            if char in error_on:
                raise self.error(f"Illegal character {char!r}")
            self.pos += 1

    def parse_escape(self, multiline):
        src = self.src
        escape_id = src[self.pos:self.pos + 2]
        self.pos += 2
        if multiline and escape_id in {"\\ ", "\\\t", "\\\n"}:
            # A line-ending backslash trims the newline and the whitespace
            # that follows it.
            if escape_id != "\\\n":
                self.skip_chars(TOML_WS)
                if self.char() != "\n":
                    raise self.error("Unescaped '\\' in a string")
                self.pos += 1
            self.skip_chars(TOML_WS_AND_NEWLINE)
            return ""
        if escape_id == "\\u":
            return self.parse_hex_char(4)
        if escape_id == "\\U":
            return self.parse_hex_char(8)
        try:
            return BASIC_STR_ESCAPE_REPLACEMENTS[escape_id]
        except KeyError:
            raise self.error("Unescaped '\\' in a string") from None

    def parse_hex_char(self, hex_len):
        hex_str = self.src[self.pos:self.pos + hex_len]
        if len(hex_str) != hex_len or not HEXDIGIT_CHARS.issuperset(hex_str):
            raise self.error("Invalid hex value")
        self.pos += hex_len
        hex_int = int(hex_str, 16)
        if not (0 <= hex_int <= 0xD7FF or 0xE000 <= hex_int <= 0x10FFFF):
            raise self.error("Escaped character is not a Unicode scalar value")
        return chr(hex_int)


def _micros(text):
    return int(text.ljust(6, "0")) if text else 0


def _match_to_datetime(match):
    (year_str, month_str, day_str, hour_str, minute_str, sec_str, micros_str,
     zulu_time, offset_sign_str, offset_hour_str, offset_minute_str) = match.groups()
    year, month, day = int(year_str), int(month_str), int(day_str)
    if hour_str is None:
        return date(year, month, day)
    hour, minute, sec = int(hour_str), int(minute_str), int(sec_str)
    if offset_sign_str:
        tz = _timezone(offset_hour_str, offset_minute_str, offset_sign_str)
    elif zulu_time:
        tz = timezone.utc
    else:
        tz = None
    return datetime(year, month, day, hour, minute, sec, _micros(micros_str), tzinfo=tz)


def _timezone(hour_str, minute_str, sign_str):
    sign = 1 if sign_str == "+" else -1
    return timezone(timedelta(hours=sign * int(hour_str), minutes=sign * int(minute_str)))


def _match_to_localtime(match):
    hour_str, minute_str, sec_str, micros_str = match.groups()
    return time(int(hour_str), int(minute_str), int(sec_str), _micros(micros_str))
