"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

Written for Spry from the documented behaviour of the string module.  Template
scans its $-placeholders by hand (Spry has no re module yet), so the class
attributes delimiter, idpattern, braceidpattern, flags and pattern cannot be
overridden by subclasses.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


####################################################################
_sentinel_dict = {}

_ID_START = frozenset('_' + ascii_letters)
_ID_CONT = frozenset('_' + ascii_letters + digits)


class _ChainLookup:
    __slots__ = ('first', 'second')

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            pass
        return self.second[key]


def _scan_identifier(text, i):
    # Returns the end of the identifier starting at text[i], or i if none.
    n = len(text)
    if i < n and text[i] in _ID_START:
        i += 1
        while i < n and text[i] in _ID_CONT:
            i += 1
    return i


def _placeholders(text):
    """Yields (start, end, kind, name) for every placeholder of text, in order.

    kind is 'escaped', 'named', 'braced' or 'invalid'; for 'invalid', start is
    the position just after the delimiter."""
    n = len(text)
    i = text.find('$')
    while i >= 0:
        j = i + 1
        if j < n and text[j] == '$':
            yield i, j + 1, 'escaped', None
            i = text.find('$', j + 1)
            continue
        end = _scan_identifier(text, j)
        if end > j:
            yield i, end, 'named', text[j:end]
            i = text.find('$', end)
            continue
        if j < n and text[j] == '{':
            end = _scan_identifier(text, j + 1)
            if end > j + 1 and end < n and text[end] == '}':
                yield i, end + 1, 'braced', text[j + 1:end]
                i = text.find('$', end + 1)
                continue
        yield j, j, 'invalid', None
        i = text.find('$', j)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    # Search for $$, $identifier, ${identifier}, and any bare $'s

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _expand(self, mapping, safe):
        text = self.template
        out = []
        pos = 0
        for start, end, kind, name in _placeholders(text):
            if kind == 'invalid':
                if not safe:
                    self._invalid(start)
                # Keep the bare delimiter as it is.
                continue
            out.append(text[pos:start])
            pos = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(text[start:end])
            else:
                out.append(str(mapping[name]))
        out.append(text[pos:])
        return ''.join(out)

    def _mapping(self, mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            return _ChainLookup(kws, mapping)
        return mapping

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._expand(self._mapping(mapping, kws), False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._expand(self._mapping(mapping, kws), True)

    def is_valid(self):
        for start, end, kind, name in _placeholders(self.template):
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in _placeholders(self.template):
            if name is not None and name not in ids:
                ids.append(name)
        return ids
