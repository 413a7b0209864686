"""A lexical analyzer for shell-like syntax, and split/quote/join helpers.

Written for Spry from the documented behaviour of CPython 3.11's shlex module
("Parsing Rules" in its documentation)."""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ['shlex', 'split', 'quote', 'join']

_ASCII_WORD = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
# POSIX mode also treats the Latin-1 letters as word characters.
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
_SHELL_PUNCTUATION = '();<>|&'

# Reader states besides "inside quotes" (the quote character) and "after an
# escape" (the escape character).
_BETWEEN = ' '
_WORD = 'a'
_PUNCT = 'c'


class shlex:
    """Splits a stream into tokens: words, quoted strings and punctuation."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            instream, infile = sys.stdin, None
        self.instream, self.infile, self.posix = instream, infile, posix
        # The documented, adjustable character classes.
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace, self.commenters = ' \t\r\n', '#'
        self.quotes, self.escapedquotes, self.escape = '\'"', '"', '\\'
        self.whitespace_split = False
        self.source = None
        self.debug = 0
        self.eof = None if posix else ''
        # Reading state.
        self.lineno, self.token, self.state = 1, '', _BETWEEN
        self.pushback, self.filestack = deque(), deque()
        if punctuation_chars is True:
            punctuation_chars = _SHELL_PUNCTUATION
        elif not punctuation_chars:
            punctuation_chars = ''
        self._punctuation_chars = punctuation_chars
        # Characters read too far (after a punctuation run), read again first.
        self._reread = []
        if punctuation_chars:
            # Characters common in file names stay inside words.
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    # -- token level -----------------------------------------------------------
    def push_token(self, tok):
        self._trace('push token', tok)
        self.pushback.appendleft(tok)

    def _trace(self, what, value):
        # Progress output for debug >= 1.
        if self.debug:
            print('shlex: %s %r' % (what, value))

    def push_source(self, newstream, newfile=None):
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        saved = (self.infile, self.instream, self.lineno)
        self.filestack.appendleft(saved)
        self._trace('reading from', newstream if newfile is None else newfile)
        self.infile, self.instream, self.lineno = newfile, newstream, 1

    def pop_source(self):
        self.instream.close()
        self.state = _BETWEEN
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self._trace('back to', self.instream if self.infile is None else self.infile)

    def get_token(self):
        if self.pushback:
            return self.pushback.popleft()
        token = self.read_token()
        # An inclusion request: the next token names a file to read from.
        while self.source is not None and token == self.source:
            included = self.sourcehook(self.read_token())
            if included:
                newfile, newstream = included
                self.push_source(newstream, newfile)
            token = self.get_token()
        # End of an included source: carry on with the one that included it.
        while token == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            token = self.get_token()
        self._trace('token', token)
        return token

    def sourcehook(self, newfile):
        """Open a file named by the source keyword, relative to the current file."""
        name = newfile[1:-1] if newfile.startswith('"') else newfile
        if isinstance(self.infile, str) and not os.path.isabs(name):
            name = os.path.join(os.path.dirname(self.infile), name)
        return name, open(name, 'r')

    def error_leader(self, infile=None, lineno=None):
        """'"file", line N: ' for error messages, like a C compiler."""
        return '"%s", line %d: ' % (self.infile if infile is None else infile,
                                    self.lineno if lineno is None else lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token != self.eof:
            return token
        raise StopIteration

    # -- character level ---------------------------------------------------------
    def _next_char(self):
        if self._reread:
            char = self._reread.pop()
        else:
            char = self.instream.read(1)
        if char == '\n':
            self.lineno += 1
        return char

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        """Read one token from the input, ignoring pushed-back tokens."""
        self._quoted = False  # a quoted empty string is still a token in POSIX mode
        self._resume = _BETWEEN  # the state an escape returns to
        while True:
            char = self._next_char()
            if self.state is None:
                self.token = ''
                break
            if self.state == _BETWEEN:
                done = self._between(char)
            elif self.state in (_WORD, _PUNCT):
                done = self._in_word(char)
            elif self.state in self.quotes:
                done = self._in_quotes(char)
            elif self.state in self.escape:
                done = self._after_escape(char)
            else:
                done = False
            if done:
                break
        found, self.token = self.token, ''
        if self.posix and not self._quoted and found == '':
            found = None
        return found

    def _have_token(self):
        return bool(self.token) or (self.posix and self._quoted)

    def _between(self, char):
        if not char:
            self.state = None
            return True
        if char in self.whitespace:
            return self._have_token()
        if char in self.commenters:
            self._skip_comment()
        elif self.posix and char in self.escape:
            self._resume = _WORD
            self.state = char
        elif char in self.wordchars:
            self.token, self.state = char, _WORD
        elif char in self.punctuation_chars:
            self.token, self.state = char, _PUNCT
        elif char in self.quotes:
            if not self.posix:
                self.token = char
            self.state = char
        elif self.whitespace_split:
            self.token, self.state = char, _WORD
        else:
            # Any other character is a token by itself.
            self.token = char
            return self._have_token()
        return False

    def _in_quotes(self, char):
        self._quoted = True
        if not char:
            raise ValueError('No closing quotation')
        if char == self.state:
            if self.posix:
                self.state = _WORD
                return False
            self.token += char
            self.state = _BETWEEN
            return True
        if self.posix and char in self.escape and self.state in self.escapedquotes:
            self._resume = self.state
            self.state = char
        else:
            self.token += char
        return False

    def _after_escape(self, char):
        if not char:
            raise ValueError('No escaped character')
        # Inside double quotes the escape only escapes the quote and itself.
        if self._resume in self.quotes and char != self.state and char != self._resume:
            self.token += self.state
        self.token += char
        self.state = self._resume
        return False

    def _in_word(self, char):
        if not char:
            self.state = None
            return True
        if char in self.whitespace:
            self.state = _BETWEEN
            return self._have_token()
        if char in self.commenters:
            # POSIX ends the word at a comment; otherwise the word goes on
            # after the comment's line.
            self._skip_comment()
            if self.posix:
                self.state = _BETWEEN
                return self._have_token()
            return False
        if self.state == _PUNCT:
            if char in self.punctuation_chars:
                self.token += char
                return False
            if char not in self.whitespace:
                self._reread.append(char)
            self.state = _BETWEEN
            return True
        if self.posix and char in self.quotes:
            self.state = char
        elif self.posix and char in self.escape:
            self._resume = _WORD
            self.state = char
        elif (char in self.wordchars or char in self.quotes
              or (self.whitespace_split and char not in self.punctuation_chars)):
            self.token += char
        else:
            # The word ends here; the character starts what comes next.
            if self.punctuation_chars:
                self._reread.append(char)
            else:
                self.pushback.appendleft(char)
            self.state = _BETWEEN
            return self._have_token()
        return False


def split(s, comments=False, posix=True):
    """Split a string the way a POSIX shell would."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    words = shlex(s, posix=posix)
    words.whitespace_split = True
    words.commenters = '#' if comments else ''
    return list(words)


_NEEDS_QUOTING = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """Return a shell-escaped version of s."""
    if not s:
        return "''"
    if _NEEDS_QUOTING(s) is None:
        return s
    # Single quotes protect everything; a single quote itself is closed,
    # double-quoted and reopened.
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """Quote each word and join them with spaces."""
    return ' '.join(quote(word) for word in split_command)


if __name__ == '__main__':
    source = shlex() if len(sys.argv) == 1 else shlex(open(sys.argv[1]), sys.argv[1])
    while True:
        tok = source.get_token()
        if not tok:
            break
        print('Token: ' + repr(tok))
