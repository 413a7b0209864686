"""HTTP cookies (RFC 2109 style): SimpleCookie parses Cookie headers and
produces Set-Cookie headers; each cookie is a Morsel with its attributes."""

import re
import string
import types

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]

_nulljoin = ''.join
_semispacejoin = '; '.join
_spacejoin = ' '.join


class CookieError(Exception):
    pass


# Characters a cookie name may hold as is; values with others get quoted, and
# inside quotes characters outside _UnescapedChars are written as \ooo.
_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
_UnescapedChars = _LegalChars + ' ()/<=>?@[]{}'

_Translator = {n: '\\%03o' % n
               for n in set(range(256)) - set(map(ord, _UnescapedChars))}
_Translator.update({ord('"'): '\\"', ord('\\'): '\\\\'})

_is_legal_key = re.compile('[%s]+' % re.escape(_LegalChars)).fullmatch


def _quote(str):
    """The value as is when it is a legal token, else double-quoted with escapes."""
    if str is None or _is_legal_key(str):
        return str
    return '"' + str.translate(_Translator) + '"'


_escape_re = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))')


def _unquote(str):
    """Undo _quote(): strip the quotes, decode \\ooo and \\c escapes."""
    if str is None or len(str) < 2:
        return str
    if str[0] != '"' or str[-1] != '"':
        return str
    return _escape_re.sub(
        lambda m: chr(int(m.group(1), 8)) if m.group(1) else m.group(2), str[1:-1])


_weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
              'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    """The date future seconds from now, in the cookie 'expires' format."""
    from time import gmtime, time
    year, month, day, hh, mm, ss, wd, y, z = gmtime(time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        weekdayname[wd], day, monthname[month], year, hh, mm, ss)


class Morsel(dict):
    """One cookie: key, value, coded_value, and the attributes (expires, path,
    comment, domain, max-age, secure, httponly, version, samesite) as items."""

    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
        "samesite": "SameSite",
    }

    _flags = {'secure', 'httponly'}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for key in self._reserved:
            dict.__setitem__(self, key, "")

    @property
    def key(self):
        return self._key

    @property
    def value(self):
        return self._value

    @property
    def coded_value(self):
        return self._coded_value

    def __setitem__(self, K, V):
        K = K.lower()
        if K not in self._reserved:
            raise CookieError("Invalid attribute %r" % (K,))
        dict.__setitem__(self, K, V)

    def setdefault(self, key, val=None):
        key = key.lower()
        if key not in self._reserved:
            raise CookieError("Invalid attribute %r" % (key,))
        return dict.setdefault(self, key, val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict.__eq__(self, morsel) and self._value == morsel._value and
                self._key == morsel._key and self._coded_value == morsel._coded_value)

    __ne__ = object.__ne__

    def copy(self):
        morsel = Morsel()
        dict.update(morsel, self)
        morsel.__dict__.update(self.__dict__)
        return morsel

    def update(self, values):
        data = {}
        for key, val in dict(values).items():
            key = key.lower()
            if key not in self._reserved:
                raise CookieError("Invalid attribute %r" % (key,))
            data[key] = val
        dict.update(self, data)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if not _is_legal_key(key):
            raise CookieError('Illegal key %r' % (key,))
        self._key = key
        self._value = val
        self._coded_value = coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value, 'coded_value': self._coded_value}

    def __setstate__(self, state):
        self._key = state['key']
        self._value = state['value']
        self._coded_value = state['coded_value']

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (self.__class__.__name__, self.OutputString())

    def js_output(self, attrs=None):
        return """
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = \"%s\";
        // end hiding -->
        </script>
        """ % (self.OutputString(attrs).replace('"', r'\"'))

    def OutputString(self, attrs=None):
        """'key=value; Attr=value; ...' (attrs limits which attributes appear)."""
        result = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = self._reserved
        for key, value in sorted(self.items()):
            if value == "" or key not in attrs:
                continue
            name = self._reserved[key]
            if key == "expires" and isinstance(value, int):
                result.append("%s=%s" % (name, _getdate(value)))
            elif key == "max-age" and isinstance(value, int):
                result.append("%s=%d" % (name, value))
            elif key == "comment" and isinstance(value, str):
                result.append("%s=%s" % (name, _quote(value)))
            elif key in self._flags:
                if value:
                    result.append(str(name))
            else:
                result.append("%s=%s" % (name, value))
        return _semispacejoin(result)

    __class_getitem__ = classmethod(types.GenericAlias)


_LegalKeyChars = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_LegalValueChars = _LegalKeyChars + r'\[\]'
_CookiePattern = re.compile(r"""
    \s*                             # leading white space
    (?P<key>[""" + _LegalKeyChars + r"""]+?)
    (                               # an optional value
      \s*=\s*
      (?P<val>
        "(?:[^\\"]|\\.)*"           # a quoted string
      |
        \w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT    # an expires date
      |
        [""" + _LegalValueChars + r"""]*          # a bare word (maybe empty)
      )
    )?
    \s*
    (\s+|;|$)                       # ends at white space, ';' or the end
    """, re.ASCII | re.VERBOSE)


class BaseCookie(dict):
    """A dict of Morsels, loaded from a Cookie header and written as Set-Cookie
    headers; value_decode/value_encode convert values (identity here)."""

    def value_decode(self, val):
        """A value from a header -> (real value, coded value)."""
        return val, val

    def value_encode(self, val):
        """A value to store -> (real value, coded value)."""
        strval = str(val)
        return strval, strval

    def __init__(self, input=None):
        if input:
            self.load(input)

    def __set(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            rval, cval = self.value_encode(value)
            self.__set(key, rval, cval)

    def output(self, attrs=None, header="Set-Cookie:", sep="\015\012"):
        """The Set-Cookie headers, one per cookie, in key order."""
        return sep.join(value.output(attrs, header) for key, value in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        parts = ['%s=%s' % (key, repr(value.value)) for key, value in sorted(self.items())]
        return '<%s: %s>' % (self.__class__.__name__, _spacejoin(parts))

    def js_output(self, attrs=None):
        return _nulljoin(value.js_output(attrs) for key, value in sorted(self.items()))

    def load(self, rawdata):
        """Add the cookies of a Cookie header (str) or of a mapping."""
        if isinstance(rawdata, str):
            self.__parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def __parse_string(self, text, patt=_CookiePattern):
        # First collect everything; only a string that parses completely is
        # applied (an invalid one leaves the cookies unchanged).
        ATTRIBUTE, KEYVALUE = 1, 2
        pos = 0
        n = len(text)
        items = []
        seen_cookie = False
        while 0 <= pos < n:
            match = patt.match(text, pos)
            if not match:
                break
            key, value = match.group("key"), match.group("val")
            pos = match.end(0)
            if key[0] == "$":
                if not seen_cookie:
                    continue    # attributes before the first cookie are ignored
                items.append((ATTRIBUTE, key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not seen_cookie:
                    return
                if value is None:
                    if key.lower() in Morsel._flags:
                        items.append((ATTRIBUTE, key, True))
                    else:
                        return
                else:
                    items.append((ATTRIBUTE, key, _unquote(value)))
            elif value is not None:
                items.append((KEYVALUE, key, self.value_decode(value)))
                seen_cookie = True
            else:
                return
        morsel = None
        for kind, key, value in items:
            if kind == ATTRIBUTE:
                morsel[key] = value
            else:
                rval, cval = value
                self.__set(key, rval, cval)
                morsel = self[key]


class SimpleCookie(BaseCookie):
    """Cookies whose values are strings, quoted when they are not plain tokens."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        strval = str(val)
        return strval, _quote(strval)
