"""An object-oriented interface to .netrc files.

Written for Spry from the documented behaviour of CPython 3.11's netrc:
machine/default entries with login (or user), account and password,
macdef blocks, quoted tokens with backslash escapes, '#' comments, and the
ownership and permission checks on the default ~/.netrc.
"""

import os
import stat

__all__ = ["netrc", "NetrcParseError"]


class NetrcParseError(Exception):
    """A .netrc file could not be parsed (or is not safe to use)."""

    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        Exception.__init__(self, msg)

    def __str__(self):
        return "%s (%s, line %s)" % (self.msg, self.filename, self.lineno)


class _Lexer:
    """Splits a .netrc file into tokens: runs of non-blanks or "quoted
    strings", a backslash taking the next character literally.  The file
    stays readable line by line for comments and macro bodies."""

    WHITESPACE = "\n\t\r "

    def __init__(self, fp):
        self.lineno = 1
        self.instream = fp
        self.pushback = []

    def _read_char(self):
        ch = self.instream.read(1)
        if ch == "\n":
            self.lineno += 1
        return ch

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        token = ""
        chars = iter(self._read_char, "")
        for ch in chars:
            if ch in self.WHITESPACE:
                continue
            if ch == '"':
                # The closing quote ends the token; what follows is not read.
                for ch in chars:
                    if ch == '"':
                        return token
                    if ch == "\\":
                        ch = self._read_char()
                    token += ch
                return token
            if ch == "\\":
                ch = self._read_char()
            token += ch
            for ch in chars:
                if ch in self.WHITESPACE:
                    return token
                if ch == "\\":
                    ch = self._read_char()
                token += ch
            return token
        return token

    def push_token(self, token):
        self.pushback.append(token)


class netrc:
    def __init__(self, file=None):
        default_netrc = file is None
        if file is None:
            file = os.path.join(os.path.expanduser("~"), ".netrc")
        self.hosts = {}
        self.macros = {}
        try:
            with open(file, encoding="utf-8") as fp:
                self._parse(file, fp, default_netrc)
        except UnicodeDecodeError:
            with open(file, encoding="locale") as fp:
                self._parse(file, fp, default_netrc)

    def _skip_comment(self, lexer, token, lineno_before):
        # A '#' token comments out the rest of its line.
        if lexer.lineno == lineno_before:
            lexer.instream.readline()

    def _parse(self, file, fp, default_netrc):
        lexer = _Lexer(fp)
        while True:
            saved_lineno = lexer.lineno
            tt = lexer.get_token()
            if not tt:
                break
            if tt[0] == '#':
                if len(tt) == 1:
                    self._skip_comment(lexer, tt, saved_lineno)
                continue
            if tt == 'machine':
                entryname = lexer.get_token()
            elif tt == 'default':
                entryname = 'default'
            elif tt == 'macdef':
                self._parse_macro(file, lexer)
                continue
            else:
                raise NetrcParseError("bad toplevel token %r" % tt, file, lexer.lineno)
            if not entryname:
                raise NetrcParseError("missing %r name" % tt, file, lexer.lineno)
            self.hosts[entryname] = self._parse_entry(file, lexer)
            self._security_check(fp, default_netrc, self.hosts[entryname][0])

    def _parse_macro(self, file, lexer):
        # The body runs to the first empty line.
        name = lexer.get_token()
        lines = self.macros[name] = []
        while True:
            line = lexer.instream.readline()
            if not line:
                raise NetrcParseError("Macro definition missing null line terminator.",
                                      file, lexer.lineno)
            if line == '\n':
                return
            lines.append(line)

    def _parse_entry(self, file, lexer):
        login = account = password = ''
        while True:
            prev_lineno = lexer.lineno
            tt = lexer.get_token()
            if tt.startswith('#'):
                self._skip_comment(lexer, tt, prev_lineno)
                continue
            if tt in {'', 'machine', 'default', 'macdef'}:
                lexer.push_token(tt)
                return (login, account, password)
            if tt == 'login' or tt == 'user':
                login = lexer.get_token()
            elif tt == 'account':
                account = lexer.get_token()
            elif tt == 'password':
                password = lexer.get_token()
            else:
                raise NetrcParseError("bad follower token %r" % tt, file, lexer.lineno)

    def _security_check(self, fp, default_netrc, login):
        # A ~/.netrc with passwords must belong to the user and be private.
        if os.name != 'posix' or not default_netrc or login == "anonymous":
            return
        prop = os.fstat(fp.fileno())
        if prop.st_uid != os.getuid():
            import pwd
            try:
                fowner = pwd.getpwuid(prop.st_uid)[0]
            except KeyError:
                fowner = 'uid %s' % prop.st_uid
            try:
                user = pwd.getpwuid(os.getuid())[0]
            except KeyError:
                user = 'uid %s' % os.getuid()
            raise NetrcParseError(
                f"~/.netrc file owner ({fowner}) does not match current user ({user})")
        if prop.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise NetrcParseError(
                "~/.netrc access too permissive: access permissions must "
                "restrict access to only the owner")

    def authenticators(self, host):
        """(login, account, password) for host, else the default entry's, else None."""
        if host in self.hosts:
            return self.hosts[host]
        if 'default' in self.hosts:
            return self.hosts['default']
        return None

    def __repr__(self):
        """The entries and macros written back in .netrc syntax."""
        rep = ""
        for host, attrs in self.hosts.items():
            rep += f"machine {host}\n\tlogin {attrs[0]}\n"
            if attrs[1]:
                rep += f"\taccount {attrs[1]}\n"
            rep += f"\tpassword {attrs[2]}\n"
        for macro, lines in self.macros.items():
            rep += f"macdef {macro}\n"
            for line in lines:
                rep += line
            rep += "\n"
        return rep
