"""HTTP state management: parse Cookie headers and write Set-Cookie ones.

Written here from the http.cookies documentation of Python 3.11 and RFC 2109/6265;
the quoting and the tolerant parser answer as CPython 3.11 does.
"""
import re
import string
import time
import types

__all__ = ['CookieError', 'BaseCookie', 'SimpleCookie']


class CookieError(Exception):
    pass


# Characters a cookie name (and an unquoted value) may use as they are.
_TOKEN_CHARS = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
_is_token = re.compile('[%s]+' % re.escape(_TOKEN_CHARS)).fullmatch

# When a value needs quotes, these stay literal inside them; every other byte-range
# character is written as a 3-digit octal escape.
_LITERAL_IN_QUOTES = frozenset(_TOKEN_CHARS + ' ()/<=>?@[]{}')
_ESCAPES = {n: '\\%03o' % n for n in range(256) if chr(n) not in _LITERAL_IN_QUOTES}
_ESCAPES[ord('"')] = '\\"'
_ESCAPES[ord('\\')] = '\\\\'


def _quoted(text):
    if text is None or _is_token(text):
        return text
    return '"' + text.translate(_ESCAPES) + '"'


_BACKSLASH_ESCAPE = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))', re.DOTALL)


def _decode_escape(m):
    octal, char = m.groups()
    return chr(int(octal, 8)) if octal else char


def _unquoted(text):
    # Only a value wrapped in double quotes has escapes to undo.
    if text is None or len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return text
    return _BACKSLASH_ESCAPE.sub(_decode_escape, text[1:-1])


_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_NAMES = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
                'Nov', 'Dec')


def _expiry_date(seconds_from_now):
    tm = time.gmtime(time.time() + seconds_from_now)
    return '%s, %02d %3s %4d %02d:%02d:%02d GMT' % (
        _DAY_NAMES[tm.tm_wday], tm.tm_mday, _MONTH_NAMES[tm.tm_mon - 1], tm.tm_year,
        tm.tm_hour, tm.tm_min, tm.tm_sec)


_JS_TEMPLATE = ('\n        <script type="text/javascript">\n        <!-- begin hiding\n'
                '        document.cookie = "{}";\n        // end hiding -->\n'
                '        </script>\n        ')


class Morsel(dict):
    """One cookie: its name, value, coded value and attributes (path, domain, ...).

    The dict holds the attributes, keyed by their lower-case names.
    """
    # attribute -> name written in a Set-Cookie header (both observed by callers)
    _reserved = {'expires': 'expires', 'path': 'Path', 'comment': 'Comment',
                 'domain': 'Domain', 'max-age': 'Max-Age', 'secure': 'Secure',
                 'httponly': 'HttpOnly', 'version': 'Version', 'samesite': 'SameSite'}
    # attributes written bare, without '=value'
    _flags = {'secure', 'httponly'}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for name in self._reserved:
            dict.__setitem__(self, name, '')

    key = property(lambda self: self._key)
    value = property(lambda self: self._value)
    coded_value = property(lambda self: self._coded_value)

    def _attribute_name(self, name):
        name = name.lower()
        if name not in self._reserved:
            raise CookieError(f"Invalid attribute {name!r}")
        return name

    def __setitem__(self, K, V):
        dict.__setitem__(self, self._attribute_name(K), V)

    def setdefault(self, key, val=None):
        return dict.setdefault(self, self._attribute_name(key), val)

    def update(self, values):
        checked = {self._attribute_name(k): v for k, v in dict(values).items()}
        dict.update(self, checked)

    def _state(self):
        return (self._key, self._value, self._coded_value)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return dict.__eq__(self, morsel) and self._state() == morsel._state()

    def __ne__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return not self == morsel

    def copy(self):
        twin = Morsel()
        dict.update(twin, self)
        twin.__dict__.update(self.__dict__)
        return twin

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError(f"Attempt to set a reserved key {key!r}")
        if not _is_token(key):
            raise CookieError(f"Illegal key {key!r}")
        self._key, self._value, self._coded_value = key, val, coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value, 'coded_value': self._coded_value}

    def __setstate__(self, state):
        self._key = state['key']
        self._value = state['value']
        self._coded_value = state['coded_value']

    def OutputString(self, attrs=None):
        wanted = self._reserved if attrs is None else attrs
        parts = [f'{self._key}={self._coded_value}']
        for name, value in sorted(self.items()):
            if value == '' or name not in wanted:
                continue
            shown = self._reserved[name]
            if name in self._flags:
                if value:
                    parts.append(str(shown))
            elif name == 'expires' and isinstance(value, int):
                parts.append(f'{shown}={_expiry_date(value)}')
            elif name == 'max-age' and isinstance(value, int):
                parts.append('%s=%d' % (shown, value))
            elif name == 'comment' and isinstance(value, str):
                parts.append(f'{shown}={_quoted(value)}')
            else:
                parts.append(f'{shown}={value}')
        return '; '.join(parts)

    def output(self, attrs=None, header='Set-Cookie:'):
        return f'{header} {self.OutputString(attrs)}'

    __str__ = output

    def __repr__(self):
        return f'<{type(self).__name__}: {self.OutputString()}>'

    def js_output(self, attrs=None):
        return _JS_TEMPLATE.format(self.OutputString(attrs).replace('"', '\\"'))

    __class_getitem__ = classmethod(types.GenericAlias)


# One 'name[=value]' item of a Cookie header, with what ends it (blanks, ';' or
# the end).  Names may contain '='; the date form lets an unquoted expires=
# attribute keep its comma and spaces.
_NAME_CLASS = r"\w!#$%&'~`><@,:/*+\-.^|)(?}{="
_ITEM = re.compile(
    r'\s*(?P<name>[' + _NAME_CLASS + r']+?)'
    r'(?:\s*=\s*(?P<value>"(?:[^\\"]|\\.)*"'
    r'|\w{3},\s[\w\s-]{9,11}\s[\d:]{8}\sGMT'
    r'|[' + _NAME_CLASS + r'\[\]]*))?'
    r'\s*(?:\s+|;|$)', re.ASCII)


class BaseCookie(dict):
    """A dict of cookie name -> Morsel, loaded from a Cookie header or a mapping."""

    def value_decode(self, val):
        return val, val

    def value_encode(self, val):
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            self.load(input)

    def _store(self, key, value, coded):
        morsel = self.get(key, Morsel())
        morsel.set(key, value, coded)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            self._store(key, *self.value_encode(value))

    def output(self, attrs=None, header='Set-Cookie:', sep='\r\n'):
        return sep.join(m.output(attrs, header) for _, m in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        shown = ' '.join(f'{k}={m.value!r}' for k, m in sorted(self.items()))
        return f'<{type(self).__name__}: {shown}>'

    def js_output(self, attrs=None):
        return ''.join(m.js_output(attrs) for _, m in sorted(self.items()))

    def load(self, rawdata):
        if not isinstance(rawdata, str):
            for key, value in rawdata.items():
                self[key] = value
            return
        steps = self._read_header(rawdata)
        if steps is None:
            return
        current = None
        for cookie, name, value in steps:
            if cookie:
                self._store(name, *value)
                current = self[name]
            else:
                current[name] = value

    def _read_header(self, text):
        # -> [(is_cookie, name, value)], or None when the header is malformed
        # (an attribute before any cookie, a bare word that is no flag); that
        # discards the whole header.  Text no item matches ends the reading.
        steps = []
        pos = 0
        while pos < len(text):
            m = _ITEM.match(text, pos)
            if m is None:
                break
            pos = m.end()
            name, value = m.group('name', 'value')
            if name.startswith('$'):
                if steps:
                    steps.append((False, name[1:], value))
            elif name.lower() in Morsel._reserved:
                if not steps:
                    return None
                if value is not None:
                    steps.append((False, name, _unquoted(value)))
                elif name.lower() in Morsel._flags:
                    steps.append((False, name, True))
                else:
                    return None
            elif value is not None:
                steps.append((True, name, self.value_decode(value)))
            else:
                return None
        return steps


class SimpleCookie(BaseCookie):
    """Cookie values are strings, quoted and escaped when they need it."""

    def value_decode(self, val):
        return _unquoted(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quoted(text)
