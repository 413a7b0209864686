"""Regular expressions, as CPython 3.11's re module.

The pattern is parsed here into a small tree, compiled into a flat program of 32-bit words
(layout and opcodes: runtime/modules/sre.h) and run by the backtracking matcher of the
built-in _sre module, whose re.Pattern and re.Match types (runtime/modules/sre_pattern.c,
sre_matchobj.c) call back into _parse_template for replacement templates."""

import _sre
import copyreg

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L",
    "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"
MAXREPEAT = _sre.MAXREPEAT
MAXGROUPS = _sre.MAXGROUPS


# ---- flags -------------------------------------------------------------------------------

class RegexFlag(int):
    """re's flags: ints that print as re.IGNORECASE, re.IGNORECASE|re.MULTILINE, ..."""

    # in definition order, which is the order enum.IntFlag names combinations in
    _names = (("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
              ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
              ("DEBUG", 128))

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for name, bit in RegexFlag._names:
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return repr(self)
        return format(int(self), spec)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    @property
    def name(self):
        v = int(self)
        names = [n for n, b in RegexFlag._names if v & b]
        return "|".join(names) if names else None

    @property
    def value(self):
        return int(self)


NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)

_FLAG_LETTERS = {"i": 2, "L": 4, "m": 8, "s": 16, "x": 64, "a": 256, "t": 1, "u": 32}
_GLOBAL_ONLY = 1 | 128  # TEMPLATE, DEBUG


# ---- errors ------------------------------------------------------------------------------

class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = "re"
PatternError = error


# ---- opcodes (runtime/modules/sre.h) -------------------------------------------------------

_FAIL, _MATCH, _CHAR, _CHAR_I, _ANY, _ANYALL, _SET, _AT, _SPLIT, _JMP, _SAVE = range(11)
_RPT_INIT, _RPT_TEST, _MARK, _RPT_NEXT, _RPT1, _LOOK, _LOOK_END = range(11, 18)
_GROUPREF, _GROUPREF_EXISTS = 18, 19
_NONE = 0xFFFFFFFF
_AT_BOS, _AT_EOS, _AT_BOL, _AT_EOL, _AT_EOS_NL, _AT_WORDB, _AT_NWORDB = range(7)
_CAT_DIGIT, _CAT_NOT_DIGIT, _CAT_SPACE, _CAT_NOT_SPACE, _CAT_WORD, _CAT_NOT_WORD = range(6)
_LOOK_AHEAD, _LOOK_NOT_AHEAD, _LOOK_BEHIND, _LOOK_NOT_BEHIND, _LOOK_ATOMIC = range(5)


# ---- parser ------------------------------------------------------------------------------
# Tree nodes (tuples):
#   ("lit", c, casemode)  ("any", dotall)  ("set", negated, items, casemode, ascii)
#     set items: ("r", lo, hi) | ("c", category)
#   ("at", kind)  ("cat", [nodes])  ("alt", [nodes])  ("group", index or None, node)
#   ("rep", min, max, "g"|"l"|"p", node)  ("look", kind, node)  ("ref", g, casemode)
#   ("cond", g, yes, no)

_SPECIAL = ".\\[{()*+?^$|"
_REPEAT_CHARS = "*+?{"
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WHITESPACE = " \t\n\r\v\f"
_ESCAPES = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92}
_CATEGORIES = {"d": _CAT_DIGIT, "D": _CAT_NOT_DIGIT, "s": _CAT_SPACE, "S": _CAT_NOT_SPACE,
               "w": _CAT_WORD, "W": _CAT_NOT_WORD}


class _Source:
    def __init__(self, pattern):
        self.pattern = pattern
        self.isbytes = isinstance(pattern, (bytes, bytearray))
        if self.isbytes:
            self.text = str(pattern, "latin-1")
        else:
            self.text = pattern
        self.index = 0
        self.n = len(self.text)

    def peek(self):
        if self.index < self.n:
            return self.text[self.index]
        return None

    def get(self):
        if self.index < self.n:
            c = self.text[self.index]
            self.index += 1
            return c
        return None

    def match(self, c):
        if self.index < self.n and self.text[self.index] == c:
            self.index += 1
            return True
        return False

    def error(self, msg, offset=0):
        return error(msg, self.pattern, self.index - offset)

    def getuntil(self, terminator, name):
        start = self.index
        while True:
            c = self.get()
            if c is None:
                if start == self.index:
                    raise error("missing " + name, self.pattern, start)
                raise error("missing %s, unterminated name" % terminator, self.pattern, start)
            if c == terminator:
                if self.index - 1 == start:
                    raise error("missing " + name, self.pattern, start)
                return self.text[start:self.index - 1]


class _State:
    def __init__(self, src, flags):
        self.src = src
        self.flags = flags
        self.groups = 1
        self.groupdict = {}
        self.open = []
        self.grouprefpos = {}

    def opengroup(self, name, pos):
        gid = self.groups
        self.groups += 1
        if gid > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            ogid = self.groupdict.get(name)
            if ogid is not None:
                raise error("redefinition of group name %r as group %d; was group %d"
                            % (name, gid, ogid), self.src.pattern, pos)
            self.groupdict[name] = gid
        self.open.append(gid)
        return gid

    def closegroup(self, gid):
        self.open.remove(gid)

    def checkgroup(self, gid):
        return gid < self.groups and gid not in self.open


def _casemode(flags, isbytes):
    if not flags & 2:
        return 0
    if isbytes or flags & 256:
        return 1
    return 2


def _isident(name):
    return name.isidentifier()


def _escape_code(src, state, inclass):
    # src.index is just past the backslash
    start = src.index - 1
    c = src.get()
    if c is None:
        raise error("bad escape (end of pattern)", src.pattern, start)
    flags = state.flags
    if c in _ESCAPES and not (c == "b" and not inclass):
        return ("lit", _ESCAPES[c])
    if c in _CATEGORIES:
        return ("cat", _CATEGORIES[c])
    if c == "x":
        h = ""
        while len(h) < 2 and src.peek() is not None and src.peek() in _HEXDIGITS:
            h += src.get()
        if len(h) != 2:
            raise error("incomplete escape \\x" + h, src.pattern, start)
        return ("lit", int(h, 16))
    if c in "uU" and not src.isbytes:
        size = 4 if c == "u" else 8
        h = ""
        while len(h) < size and src.peek() is not None and src.peek() in _HEXDIGITS:
            h += src.get()
        if len(h) != size:
            raise error("incomplete escape \\%s%s" % (c, h), src.pattern, start)
        v = int(h, 16)
        if v > 0x10FFFF:
            raise error("bad escape \\%s%s" % (c, h), src.pattern, start)
        return ("lit", v)
    if c == "N" and not src.isbytes:
        if not src.match("{"):
            raise error("missing {", src.pattern, src.index)
        npos = src.index
        name = src.getuntil("}", "character name")
        try:
            import unicodedata
            return ("lit", ord(unicodedata.lookup(name)))
        except (ImportError, KeyError):
            raise error("undefined character name %r" % name, src.pattern, start) from None
    if c == "0":
        h = "0"
        while len(h) < 3 and src.peek() is not None and src.peek() in _OCTDIGITS:
            h += src.get()
        return ("lit", int(h, 8))
    if c in _DIGITS:
        if inclass:
            h = c
            while len(h) < 3 and src.peek() is not None and src.peek() in _OCTDIGITS:
                h += src.get()
            if len(h) == 3 and h[0] in _OCTDIGITS and h[1] in _OCTDIGITS:
                v = int(h, 8)
                if v > 0o377:
                    raise error("octal escape value \\%s outside of range 0-0o377" % h,
                                src.pattern, start)
                return ("lit", v)
            raise error("bad escape \\" + h, src.pattern, start)
        # octal escape or group reference
        p = src.peek()
        if p is not None and p in _DIGITS:
            c2 = src.get()
            p = src.peek()
            if c in _OCTDIGITS and c2 in _OCTDIGITS and p is not None and p in _OCTDIGITS:
                h = c + c2 + src.get()
                v = int(h, 8)
                if v > 0o377:
                    raise error("octal escape value \\%s outside of range 0-0o377" % h,
                                src.pattern, start)
                return ("lit", v)
            num = c + c2
        else:
            num = c
        g = int(num)
        if g < state.groups:
            if not state.checkgroup(g):
                raise error("cannot refer to an open group", src.pattern, start)
            return ("ref", g)
        raise error("invalid group reference %d" % g, src.pattern, start + 1)
    if inclass:
        if c in _ASCIILETTERS:
            raise error("bad escape \\" + c, src.pattern, start)
        return ("lit", ord(c))
    if c == "A":
        return ("at", _AT_BOS)
    if c == "Z":
        return ("at", _AT_EOS)
    if c == "b":
        return ("at", _AT_WORDB)
    if c == "B":
        return ("at", _AT_NWORDB)
    if c in _ASCIILETTERS:
        raise error("bad escape \\" + c, src.pattern, start)
    return ("lit", ord(c))


def _parse_class(src, state):
    start = src.index - 1
    flags = state.flags
    negated = src.match("^")
    items = []
    first = True
    while True:
        here = src.index
        c = src.get()
        if c is None:
            raise error("unterminated character set", src.pattern, start)
        if c == "]" and not first:
            break
        first = False
        if c == "\\":
            code = _escape_code(src, state, True)
        else:
            if c == "[" and src.peek() in (":", "=", "."):
                pass  # FutureWarning in CPython; treated literally
            code = ("lit", ord(c))
        if src.peek() == "-":
            src.get()
            after = src.peek()
            if after is None:
                raise error("unterminated character set", src.pattern, start)
            if after == "]":
                if code[0] == "cat":
                    items.append(("c", code[1]))
                else:
                    items.append(("r", code[1], code[1]))
                items.append(("r", 45, 45))
                continue
            src.get()
            if after == "\\":
                code2 = _escape_code(src, state, True)
            else:
                code2 = ("lit", ord(after))
            if code[0] != "lit" or code2[0] != "lit":
                raise error("bad character range %s" % src.text[here:src.index],
                            src.pattern, here)
            lo, hi = code[1], code2[1]
            if hi < lo:
                raise error("bad character range %s" % src.text[here:src.index],
                            src.pattern, here)
            items.append(("r", lo, hi))
        else:
            if code[0] == "cat":
                items.append(("c", code[1]))
            else:
                items.append(("r", code[1], code[1]))
    cm = _casemode(flags, src.isbytes)
    ascii = bool(flags & 256) or src.isbytes
    if cm == 2:
        # the other cases of single characters (titlecase letters have three)
        extra = []
        for it in items:
            if it[0] == "r" and it[1] == it[2]:
                ch = chr(it[1])
                for v in (ch.lower(), ch.upper()):
                    if len(v) == 1 and v != ch:
                        extra.append(("r", ord(v), ord(v)))
        items.extend(extra)
    return ("set", negated, items, cm, ascii)


def _atom_from_escape(code, state, src):
    flags = state.flags
    kind = code[0]
    if kind == "lit":
        return ("lit", code[1], _casemode(flags, src.isbytes))
    if kind == "cat":
        return ("set", False, [("c", code[1])], 0, bool(flags & 256) or src.isbytes)
    if kind == "at":
        k = code[1]
        if k in (_AT_WORDB, _AT_NWORDB) and (flags & 256 or src.isbytes):
            k += 2
        return ("at", k)
    if kind == "ref":
        return ("ref", code[1], _casemode(flags, src.isbytes))
    raise AssertionError(kind)


def _parse_flags(src, state, c):
    """Inline flags after "(?": returns (add, remove) for a scoped group, or None for a
    global group ("(?i)")."""
    add = 0
    remove = 0
    while True:
        flag = _FLAG_LETTERS.get(c)
        if flag is None:
            break
        if src.isbytes:
            if c == "u":
                raise error("bad inline flags: cannot use 'u' flag with a bytes pattern",
                            src.pattern, src.index)
        else:
            if c == "L":
                raise error("bad inline flags: cannot use 'L' flag with a str pattern",
                            src.pattern, src.index)
        add |= flag
        if (flag & 256 and add & 32) or (flag & 32 and add & 256) or (add & 4 and add & 288):
            raise error("bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        src.pattern, src.index)
        c = src.get()
        if c is None:
            raise error("missing -, : or )", src.pattern, src.index)
        if c in ")-:":
            break
        if c not in _FLAG_LETTERS:
            msg = "unknown flag" if c.isalpha() else "missing -, : or )"
            raise error(msg, src.pattern, src.index - 1)
    if c == ")":
        return None, add
    if add & _GLOBAL_ONLY:
        raise error("bad inline flags: cannot turn on global flag", src.pattern, src.index)
    if c == "-":
        c = src.get()
        if c is None:
            raise error("missing flag", src.pattern, src.index)
        if c not in _FLAG_LETTERS:
            msg = "unknown flag" if c.isalpha() else "missing flag"
            raise error(msg, src.pattern, src.index - 1)
        while True:
            flag = _FLAG_LETTERS[c]
            if flag & (256 | 32 | 4):
                raise error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                            src.pattern, src.index)
            remove |= flag
            c = src.get()
            if c is None:
                raise error("missing :", src.pattern, src.index)
            if c == ":":
                break
            if c not in _FLAG_LETTERS:
                msg = "unknown flag" if c.isalpha() else "missing :"
                raise error(msg, src.pattern, src.index - 1)
    if remove & _GLOBAL_ONLY:
        raise error("bad inline flags: cannot turn off global flag", src.pattern, src.index)
    if add & remove:
        raise error("bad inline flags: flag turned on and off", src.pattern, src.index)
    return add, remove


def _parse_alt(src, state, nested, top):
    branches = []
    start = src.index
    while True:
        branches.append(_parse_seq(src, state, nested, top and not branches))
        if not src.match("|"):
            break
    if len(branches) == 1:
        return branches[0]
    return ("alt", branches)


def _parse_seq(src, state, nested, first):
    items = []
    while True:
        verbose = state.flags & 64
        here = src.index
        c = src.peek()
        if c is None or c == "|":
            break
        if c == ")":
            if nested:
                break
            raise error("unbalanced parenthesis", src.pattern, here)
        src.get()
        if verbose:
            if c in _WHITESPACE:
                continue
            if c == "#":
                while True:
                    c = src.get()
                    if c is None or c == "\n":
                        break
                continue
        if c == "\\":
            node = _atom_from_escape(_escape_code(src, state, False), state, src)
        elif c == "[":
            node = _parse_class(src, state)
        elif c == ".":
            node = ("any", bool(state.flags & 16))
        elif c == "^":
            node = ("at", _AT_BOL if state.flags & 8 else _AT_BOS)
        elif c == "$":
            node = ("at", _AT_EOL if state.flags & 8 else _AT_EOS_NL)
        elif c in "*+?":
            if not items:
                raise error("nothing to repeat", src.pattern, here)
            raise error("multiple repeat", src.pattern, here)
        elif c == "{":
            if _try_repeat(src, here) is not None:
                if not items:
                    raise error("nothing to repeat", src.pattern, here)
                raise error("multiple repeat", src.pattern, here)
            src.index = here + 1
            node = ("lit", ord(c), _casemode(state.flags, src.isbytes))
        elif c == "(":
            node = _parse_group(src, state, here, first and not items)
            if node is None:
                continue
        else:
            node = ("lit", ord(c), _casemode(state.flags, src.isbytes))
        # quantifiers
        while True:
            if state.flags & 64:
                while src.peek() is not None and src.peek() in _WHITESPACE:
                    src.get()
            qpos = src.index
            q = src.peek()
            if q is None or q not in _REPEAT_CHARS:
                break
            if q == "{":
                rng = _try_repeat(src, qpos)
                if rng is None:
                    break
                lo, hi = rng
            else:
                src.get()
                lo, hi = {"*": (0, _NONE), "+": (1, _NONE), "?": (0, 1)}[q]
            if node[0] == "at":
                raise error("nothing to repeat", src.pattern, qpos)
            if node[0] == "rep":
                raise error("multiple repeat", src.pattern, qpos)
            mode = "g"
            if src.match("?"):
                mode = "l"
            elif src.match("+"):
                mode = "p"
            node = ("rep", lo, hi, mode, node)
        items.append(node)
    if len(items) == 1:
        return items[0]
    return ("cat", items)


def _try_repeat(src, here):
    """At "{" (src.index may be past it): parse {m}, {m,}, {,n}, {m,n}. Returns (lo, hi)
    with src.index after "}", or None (a literal "{") with src.index unchanged."""
    save = src.index
    src.index = here + 1
    if src.peek() == "}":
        src.index = save
        return None
    lo = ""
    while src.peek() is not None and src.peek() in _DIGITS:
        lo += src.get()
    if src.match(","):
        hi = ""
        while src.peek() is not None and src.peek() in _DIGITS:
            hi += src.get()
    else:
        hi = lo
    if not src.match("}"):
        src.index = save
        return None
    lo_v = int(lo) if lo else 0
    hi_v = int(hi) if hi else _NONE
    if lo_v >= _NONE:
        raise OverflowError("the repetition number is too large")
    if hi and hi_v >= _NONE:
        raise OverflowError("the repetition number is too large")
    if hi and hi_v < lo_v:
        raise error("min repeat greater than max repeat", src.pattern, here + 1)
    return lo_v, hi_v


def _parse_group(src, state, here, first):
    # just past "("
    capture = True
    name = None
    if src.match("?"):
        c = src.get()
        if c is None:
            raise error("unexpected end of pattern", src.pattern, src.index)
        if c == "P":
            if src.match("<"):
                name = src.getuntil(">", "group name")
                if not _isident(name):
                    raise error("bad character in group name %r" % name, src.pattern,
                                here + 4)
            elif src.match("="):
                npos = src.index
                name = src.getuntil(")", "group name")
                if not _isident(name):
                    raise error("bad character in group name %r" % name, src.pattern, npos)
                gid = state.groupdict.get(name)
                if gid is None:
                    raise error("unknown group name %r" % name, src.pattern, npos)
                if not state.checkgroup(gid):
                    raise error("cannot refer to an open group", src.pattern, npos)
                return ("ref", gid, _casemode(state.flags, src.isbytes))
            else:
                c2 = src.get()
                if c2 is None:
                    raise error("unexpected end of pattern", src.pattern, src.index)
                raise error("unknown extension ?P" + c2, src.pattern, here + 1)
        elif c == ":":
            capture = False
        elif c == "#":
            while True:
                c = src.get()
                if c is None:
                    raise error("missing ), unterminated comment", src.pattern, here)
                if c == ")":
                    return None
        elif c in "=!<>":
            kind = None
            if c == "<":
                c2 = src.get()
                if c2 is None:
                    raise error("unexpected end of pattern", src.pattern, src.index)
                if c2 not in "=!":
                    raise error("unknown extension ?<" + c2, src.pattern, here + 1)
                kind = _LOOK_BEHIND if c2 == "=" else _LOOK_NOT_BEHIND
            elif c == "=":
                kind = _LOOK_AHEAD
            elif c == "!":
                kind = _LOOK_NOT_AHEAD
            else:
                kind = _LOOK_ATOMIC
            body = _parse_alt(src, state, True, False)
            if not src.match(")"):
                raise error("missing ), unterminated subpattern", src.pattern, here)
            if kind in (_LOOK_BEHIND, _LOOK_NOT_BEHIND):
                lo, hi = _width(body)
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
            return ("look", kind, body)
        elif c == "(":
            cpos = src.index
            condname = src.getuntil(")", "group name")
            if condname.isdigit() and condname.isascii():
                gid = int(condname)
                if gid == 0:
                    raise error("bad group number", src.pattern, cpos)
                if gid >= MAXGROUPS:
                    raise error("invalid group reference %d" % gid, src.pattern, cpos)
                if gid not in state.groupdict.values() and gid >= state.groups:
                    state.grouprefpos.setdefault(gid, cpos)
            else:
                if not _isident(condname):
                    raise error("bad character in group name %r" % condname, src.pattern, cpos)
                gid = state.groupdict.get(condname)
                if gid is None:
                    raise error("unknown group name %r" % condname, src.pattern, cpos)
            yes = _parse_seq(src, state, True, False)
            no = None
            if src.match("|"):
                no = _parse_seq(src, state, True, False)
                if src.peek() == "|":
                    raise error("conditional backref with more than two branches",
                                src.pattern, src.index)
            if not src.match(")"):
                raise error("missing ), unterminated subpattern", src.pattern, here)
            return ("cond", gid, yes, no)
        elif c in _FLAG_LETTERS or c == "-":
            fl = _parse_flags(src, state, c)
            if fl[0] is None:
                add = fl[1]
                if not first:
                    raise error("global flags not at the start of the expression",
                                src.pattern, here)
                verbose_on = add & 64 and not state.flags & 64
                state.flags |= add
                if verbose_on:
                    raise _Verbose()
                return None
            add, remove = fl
            saved = state.flags
            state.flags = (state.flags | add) & ~remove
            body = _parse_alt(src, state, True, False)
            state.flags = saved
            if not src.match(")"):
                raise error("missing ), unterminated subpattern", src.pattern, here)
            return ("group", None, body)
        else:
            raise error("unknown extension ?" + c, src.pattern, here + 1)
    gid = None
    if capture:
        gid = state.opengroup(name, here + 4)
    body = _parse_alt(src, state, True, False)
    if not src.match(")"):
        raise error("missing ), unterminated subpattern", src.pattern, here)
    if gid is not None:
        state.closegroup(gid)
    return ("group", gid, body)


class _Verbose(Exception):
    pass


def _width(node):
    """(min, max) width of a node; max may be _NONE."""
    k = node[0]
    if k in ("lit", "any", "set"):
        return 1, 1
    if k in ("at", "look"):
        return 0, 0
    if k == "cat":
        lo = hi = 0
        for n in node[1]:
            a, b = _width(n)
            lo += a
            hi = _NONE if hi == _NONE or b == _NONE else hi + b
        return lo, hi
    if k == "alt":
        ws = [_width(n) for n in node[1]]
        return min(w[0] for w in ws), max(w[1] for w in ws)
    if k == "group":
        return _width(node[2])
    if k == "rep":
        a, b = _width(node[4])
        lo = a * node[1]
        if node[2] == _NONE:
            hi = _NONE if b else 0
        else:
            hi = _NONE if b == _NONE else b * node[2]
        return min(lo, _NONE - 1), min(hi, _NONE)
    if k == "ref":
        return 0, _NONE
    if k == "cond":
        a = _width(node[2])
        b = _width(node[3]) if node[3] is not None else (0, 0)
        return min(a[0], b[0]), max(a[1], b[1])
    return 0, _NONE


def _parse(pattern, flags):
    src = _Source(pattern)
    state = _State(src, flags)
    try:
        tree = _parse_alt(src, state, False, True)
    except _Verbose:
        src = _Source(pattern)
        state = _State(src, flags | 64)
        tree = _parse_alt(src, state, False, True)
    if src.index < src.n:
        raise error("unbalanced parenthesis", pattern, src.index)
    for gid, pos in state.grouprefpos.items():
        if gid >= state.groups:
            raise error("invalid group reference %d" % gid, pattern, pos)
    return tree, state


# ---- compiler ----------------------------------------------------------------------------

class _Compiler:
    def __init__(self, nslots):
        self.code = [0, nslots, 0, _NONE]
        self.nregs = nslots + 1

    def emit(self, *words):
        self.code.extend(words)

    def single(self, node):
        """Words of a one-character node, or None."""
        k = node[0]
        if k == "lit":
            if node[2]:
                return [_CHAR_I, node[1], node[2]]
            return [_CHAR, node[1]]
        if k == "any":
            return [_ANYALL] if node[1] else [_ANY]
        if k == "set":
            body = []
            for it in node[2]:
                if it[0] == "r":
                    body.extend((0, it[1], it[2]))
                else:
                    body.extend((1, it[1]))
            flags = (1 if node[1] else 0) | (2 if node[4] else 0) | (node[3] << 8)
            return [_SET, len(body) + 1, flags] + body
        return None

    def node(self, node):
        k = node[0]
        code = self.code
        s = self.single(node)
        if s is not None:
            code.extend(s)
        elif k == "cat":
            for n in node[1]:
                self.node(n)
        elif k == "alt":
            jumps = []
            branches = node[1]
            for i, b in enumerate(branches):
                if i < len(branches) - 1:
                    split = len(code)
                    self.emit(_SPLIT, split + 3, 0)
                    self.node(b)
                    jumps.append(len(code))
                    self.emit(_JMP, 0)
                    code[split + 2] = len(code)
                else:
                    self.node(b)
            for j in jumps:
                code[j + 1] = len(code)
        elif k == "group":
            if node[1] is None:
                self.node(node[2])
            else:
                self.emit(_SAVE, 2 * node[1])
                self.node(node[2])
                self.emit(_SAVE, 2 * node[1] + 1)
        elif k == "at":
            self.emit(_AT, node[1])
        elif k == "ref":
            self.emit(_GROUPREF, node[1], node[2])
        elif k == "look":
            start = len(code)
            lo, hi = _width(node[2]) if node[1] in (_LOOK_BEHIND, _LOOK_NOT_BEHIND) else (0, 0)
            self.emit(_LOOK, node[1], lo, 0)
            self.node(node[2])
            self.emit(_LOOK_END)
            code[start + 3] = len(code)
        elif k == "cond":
            start = len(code)
            self.emit(_GROUPREF_EXISTS, node[1], 0)
            self.node(node[2])
            if node[3] is not None:
                j = len(code)
                self.emit(_JMP, 0)
                code[start + 2] = len(code)
                self.node(node[3])
                code[j + 1] = len(code)
            else:
                code[start + 2] = len(code)
        elif k == "rep":
            self.rep(node)
        else:
            raise AssertionError(k)

    def rep(self, node):
        lo, hi, mode, body = node[1], node[2], node[3], node[4]
        code = self.code
        if mode == "p":
            start = len(code)
            self.emit(_LOOK, _LOOK_ATOMIC, 0, 0)
            self.rep(("rep", lo, hi, "g", body))
            self.emit(_LOOK_END)
            code[start + 3] = len(code)
            return
        greedy = 1 if mode == "g" else 0
        if hi == 0:
            return
        s = self.single(body)
        if s is not None:
            start = len(code)
            self.emit(_RPT1, lo, hi, greedy, 0)
            code.extend(s)
            code[start + 4] = len(code)
            return
        if lo == 1 and hi == 1:
            self.node(body)
            return
        if lo == 0 and hi == 1:
            split = len(code)
            if greedy:
                self.emit(_SPLIT, split + 3, 0)
                self.node(body)
                code[split + 2] = len(code)
            else:
                self.emit(_SPLIT, 0, split + 3)
                self.node(body)
                code[split + 1] = len(code)
            return
        r = self.nregs
        self.nregs += 2
        self.emit(_RPT_INIT, r)
        loop = len(code)
        self.emit(_RPT_TEST, r, lo, hi, greedy, 0)
        self.emit(_MARK, r + 1)
        self.node(body)
        self.emit(_RPT_NEXT, r, loop, 0)
        code[loop + 5] = len(code)
        code[-1] = len(code)


def _first(node):
    """(prefix char or None, anchored)"""
    k = node[0]
    if k == "lit":
        return (node[1] if not node[2] else None), False
    if k == "at":
        return None, node[1] == _AT_BOS
    if k == "cat":
        for n in node[1]:
            if n[0] == "group" and n[1] is None and n[2] == ("cat", []):
                continue
            return _first(n)
        return None, False
    if k == "group":
        return _first(node[2])
    if k == "rep" and node[1] >= 1:
        return _first(node[4])[0], False
    return None, False


def _compile_tree(tree, ngroups, isbytes):
    c = _Compiler(2 * ngroups)
    c.node(tree)
    c.emit(_MATCH)
    c.code[0] = c.nregs
    prefix, anchored = _first(tree)
    if anchored:
        c.code[2] |= 1
    if isbytes:
        c.code[2] |= 2
    if prefix is not None:
        c.code[3] = prefix
    return c.code


# ---- templates (sub, expand) ------------------------------------------------------------------

def _parse_template(template, pattern):
    """A list of literal pieces and group numbers."""
    isbytes = not isinstance(template, str)
    if isbytes:
        if not isinstance(template, (bytes, bytearray, memoryview)):
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(template).__name__)
        template = bytes(template)
    text = str(template, "latin-1") if isbytes else template
    out = []
    lit = []
    i = 0
    n = len(text)
    groups = pattern.groups

    def err(msg, pos):
        return error(msg, template, pos)

    while i < n:
        c = text[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise err("bad escape (end of pattern)", start)
        c = text[i]
        i += 1
        if c == "g":
            if i >= n or text[i] != "<":
                raise err("missing <", i)
            i += 1
            j = text.find(">", i)
            if j < 0:
                if i == n:
                    raise err("missing group name", i)
                raise err("missing >, unterminated name", i)
            name = text[i:j]
            if not name:
                raise err("missing group name", i)
            if name.isdigit() and name.isascii():
                idx = int(name)
                if idx >= MAXGROUPS:
                    raise err("invalid group reference %d" % idx, i)
            elif name.isidentifier():
                key = name.encode("latin-1") if isbytes and False else name
                if key not in pattern.groupindex:
                    raise IndexError("unknown group name %r" % name)
                idx = pattern.groupindex[key]
            else:
                raise err("bad character in group name %r" % name, i)
            if idx > groups:
                raise err("invalid group reference %d" % idx, i)
            i = j + 1
            if lit:
                out.append("".join(lit))
                lit = []
            out.append(idx)
        elif c == "0":
            v = "0"
            while i < n and len(v) < 3 and text[i] in _OCTDIGITS:
                v += text[i]
                i += 1
            lit.append(chr(int(v, 8)))
        elif c in _DIGITS:
            v = c
            if i < n and text[i] in _DIGITS:
                v += text[i]
                i += 1
                if (v[0] in _OCTDIGITS and v[1] in _OCTDIGITS and i < n
                        and text[i] in _OCTDIGITS):
                    v += text[i]
                    i += 1
                    o = int(v, 8)
                    if o > 0o377:
                        raise err("octal escape value \\%s outside of range 0-0o377" % v, start)
                    lit.append(chr(o))
                    continue
            idx = int(v)
            if idx > groups:
                raise err("invalid group reference %d" % idx, start + 1)
            if lit:
                out.append("".join(lit))
                lit = []
            out.append(idx)
        elif c in _ESCAPES:
            lit.append(chr(_ESCAPES[c]))
        elif c in _ASCIILETTERS:
            raise err("bad escape \\" + c, start)
        else:
            lit.append("\\" + c)
    if lit:
        out.append("".join(lit))
    if isbytes:
        out = [p.encode("latin-1") if isinstance(p, str) else p for p in out]
    if not out:
        out = [template[:0]]
    return out


# ---- module functions ------------------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if not isinstance(pattern, (str, bytes, bytearray, memoryview)):
        if isinstance(pattern, Pattern):
            if flags:
                raise ValueError("cannot process flags argument with a compiled pattern")
            return pattern
        raise TypeError("first argument must be string or compiled pattern")
    if isinstance(pattern, memoryview):
        pattern = bytes(pattern)
    isbytes = not isinstance(pattern, str)
    if isbytes:
        if flags & 32:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
    else:
        if flags & 4:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & 256 and flags & 32:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    tree, state = _parse(pattern, flags)
    final = state.flags
    if not isbytes and not final & 256:
        final |= 32
    if isbytes and final & 4 and final & 256:
        raise ValueError("ASCII and LOCALE flags are incompatible")
    p = _sre.compile(pattern, final, _compile_tree(tree, state.groups, isbytes),
                     state.groups - 1, state.groupdict)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, KeyError):
            pass
    try:
        _cache[key] = p
    except TypeError:
        pass
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | 1)


_special_chars = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    pattern = str(pattern, "latin1")
    return pattern.translate(_special_chars).encode("latin1")


Pattern = type(_compile("", 0))
Match = type(_compile("", 0).match(""))


def _pickle(p):
    return _compile, (p.pattern, p.flags)


copyreg.pickle(Pattern, _pickle, _compile)
