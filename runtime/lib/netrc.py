"""Parse .netrc files (machine/default entries and macdef macros).
Written for Spry from the documented and observed behaviour of CPython
3.11's netrc module."""

import os
import stat

__all__ = ["netrc", "NetrcParseError"]


class NetrcParseError(Exception):
    """A syntax error in a .netrc file, with where it happened."""

    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        Exception.__init__(self, msg)

    def __str__(self):
        return "%s (%s, line %s)" % (self.msg, self.filename, self.lineno)


_BLANKS = " \t\r\n"
_ENTRY_STARTERS = ("", "machine", "default", "macdef")


class _Tokens:
    """Splits netrc text into words.  Words may be double-quoted; a
    backslash takes the next character literally.  Every newline the
    scanner passes counts a line, but raw_line() (macro bodies) does not."""

    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.lineno = 1
        self.pending = []

    def _take(self):
        char = self.text[self.pos:self.pos + 1]
        if char:
            self.pos += 1
            if char == "\n":
                self.lineno += 1
        return char

    def next(self):
        if self.pending:
            return self.pending.pop()
        char = self._take()
        while char and char in _BLANKS:
            char = self._take()
        if char == '"':
            return self._quoted()
        word = []
        while char and char not in _BLANKS:
            if char == "\\":
                char = self._take()
            word.append(char)
            char = self._take()
        return "".join(word)

    def _quoted(self):
        word = []
        char = self._take()
        while char and char != '"':
            if char == "\\":
                char = self._take()
            word.append(char)
            char = self._take()
        return "".join(word)

    def push(self, word):
        self.pending.append(word)

    def raw_line(self):
        end = self.text.find("\n", self.pos)
        end = len(self.text) if end < 0 else end + 1
        line = self.text[self.pos:end]
        self.pos = end
        return line


class netrc:
    def __init__(self, file=None):
        use_home_file = file is None
        if use_home_file:
            file = os.path.join(os.path.expanduser("~"), ".netrc")
        self.hosts = {}
        self.macros = {}
        try:
            text, info = self._load(file, "utf-8")
        except UnicodeDecodeError:
            text, info = self._load(file, "locale")
        self._read(file, text, info if use_home_file else None)

    @staticmethod
    def _load(file, encoding):
        with open(file, encoding=encoding) as stream:
            return stream.read(), os.fstat(stream.fileno())

    def _read(self, file, text, home_file_info):
        tokens = _Tokens(text)
        while True:
            line_before = tokens.lineno
            word = tokens.next()
            if not word:
                return
            if word[0] == "#":
                # A lone '#' comments out the rest of its line; a longer
                # '#word' at the top level only hides itself.
                if word == "#" and tokens.lineno == line_before:
                    tokens.raw_line()
                continue
            if word == "machine":
                host = tokens.next()
                if not host:
                    raise NetrcParseError("missing 'machine' name", file, tokens.lineno)
            elif word == "default":
                host = "default"
            elif word == "macdef":
                self._read_macro(file, tokens)
                continue
            else:
                raise NetrcParseError("bad toplevel token %r" % word, file, tokens.lineno)
            login, account, password = self._read_entry(file, tokens)
            self.hosts[host] = (login, account, password)
            if home_file_info is not None and login != "anonymous":
                self._check_private(home_file_info)

    def _read_macro(self, file, tokens):
        name = tokens.next()
        body = []
        while True:
            line = tokens.raw_line()
            if not line:
                raise NetrcParseError("Macro definition missing null line terminator.",
                                      file, tokens.lineno)
            if line == "\n":
                break
            body.append(line)
        self.macros[name] = body

    @staticmethod
    def _read_entry(file, tokens):
        fields = {"login": "", "account": "", "password": ""}
        while True:
            line_before = tokens.lineno
            word = tokens.next()
            if word.startswith("#"):
                if tokens.lineno == line_before:
                    tokens.raw_line()
                continue
            if word in _ENTRY_STARTERS:
                tokens.push(word)
                return fields["login"], fields["account"], fields["password"]
            if word == "user":
                word = "login"
            if word not in fields:
                raise NetrcParseError("bad follower token %r" % word, file, tokens.lineno)
            fields[word] = tokens.next()

    @staticmethod
    def _check_private(info):
        # Credentials in ~/.netrc must belong to, and be readable only by,
        # the current user (POSIX only).
        if os.name != "posix":
            return
        uid = os.getuid()
        if info.st_uid != uid:
            raise NetrcParseError("~/.netrc file owner (%s, %s) does not match current user"
                                  % (_user_name(info.st_uid), _user_name(uid)))
        if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise NetrcParseError("~/.netrc access too permissive: access permissions "
                                  "must restrict access to only the owner")

    def authenticators(self, host):
        """Return (login, account, password) for host, falling back to the
        default entry, or None."""
        if host in self.hosts:
            return self.hosts[host]
        return self.hosts.get("default")

    def __repr__(self):
        parts = []
        for host, (login, account, password) in self.hosts.items():
            parts.append("machine %s\n\tlogin %s\n" % (host, login))
            if account:
                parts.append("\taccount %s\n" % account)
            parts.append("\tpassword %s\n" % password)
        for name, lines in self.macros.items():
            parts.append("macdef %s\n" % name)
            parts.extend(lines)
            parts.append("\n")
        return "".join(parts)


def _user_name(uid):
    try:
        import pwd
        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return "uid %s" % uid
