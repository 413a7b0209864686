"""Split URLs into components, join them, and percent-encode their parts.

Behaviour follows the urllib.parse documentation of Python 3.11 and RFC 3986; the
corner cases (which schemes take a netloc, how '..' above the root is dropped) are
the ones CPython 3.11 answers with.
"""
from collections import namedtuple
import ipaddress
import re
import string
import warnings

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit',
           'urlencode', 'parse_qs', 'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes',
           'unquote', 'unquote_plus', 'unquote_to_bytes', 'DefragResult', 'ParseResult',
           'SplitResult', 'DefragResultBytes', 'ParseResultBytes', 'SplitResultBytes']

# Scheme tables, as documented (module attributes other code consults).
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https',
                 'shttp', 'mms', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn', 'svn+ssh',
                 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file',
               'mms', 'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtsps',
               'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews',
                    'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp', 'rtsps',
              'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https',
                 'shttp', 'snews', 'file', 'prospero']

scheme_chars = string.ascii_letters + string.digits + '+-.'


# --- str/bytes duality --------------------------------------------------------
# Every public function works on str; bytes arguments are decoded as ASCII on the
# way in and the answer is encoded back on the way out.

def _bytes_back(value):
    return value.encode('ascii', 'strict')


def _unchanged(value):
    return value


def _text_args(*args):
    want_str = isinstance(args[0], str)
    for other in args[1:]:
        if other and isinstance(other, str) != want_str:
            raise TypeError("Cannot mix str and non-str arguments")
    if want_str:
        return args + (_unchanged,)
    texts = tuple(a.decode('ascii', 'strict') if a else '' for a in args)
    return texts + (_bytes_back,)


# --- result types -------------------------------------------------------------

class _TextParts:
    """encode() for the str results; each one names its bytes twin."""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._twin(*[part.encode(encoding, errors) for part in self])


class _ByteParts:
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._twin(*[part.decode(encoding, errors) for part in self])


class _Authority:
    """username/password/hostname/port read out of the netloc field."""
    __slots__ = ()

    def _pieces(self, at, colon, lbracket, rbracket):
        # -> (userinfo or None, host, port text or None)
        userinfo, found_at, hostport = self.netloc.rpartition(at)
        if not found_at:
            userinfo = None
        before, found_br, inside = hostport.partition(lbracket)
        if found_br:
            host, _, after = inside.partition(rbracket)
            port = after.partition(colon)[2]
        else:
            host, _, port = hostport.partition(colon)
        return userinfo, host, port or None

    @property
    def username(self):
        userinfo = self._split_netloc()[0]
        if userinfo is None:
            return None
        return userinfo.partition(self._sep(':'))[0]

    @property
    def password(self):
        userinfo = self._split_netloc()[0]
        if userinfo is None:
            return None
        _, colon, secret = userinfo.partition(self._sep(':'))
        return secret if colon else None

    @property
    def hostname(self):
        host = self._split_netloc()[1]
        if not host:
            return None
        # An IPv6 zone id after '%' keeps its case.
        address, pct, zone = host.partition(self._sep('%'))
        return address.lower() + pct + zone

    @property
    def port(self):
        text = self._split_netloc()[2]
        if text is None:
            return None
        if not (text.isdigit() and text.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number


class _TextAuthority(_Authority):
    __slots__ = ()

    @staticmethod
    def _sep(ch):
        return ch

    def _split_netloc(self):
        return self._pieces('@', ':', '[', ']')


class _ByteAuthority(_Authority):
    __slots__ = ()

    @staticmethod
    def _sep(ch):
        return ch.encode()

    def _split_netloc(self):
        return self._pieces(b'@', b':', b'[', b']')


_DefragFields = namedtuple('DefragResult', 'url fragment')
_SplitFields = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseFields = namedtuple('ParseResult', 'scheme netloc path params query fragment')


def _defrag_url(self):
    if self.fragment:
        return self.url + self._sep('#') + self.fragment
    return self.url


class DefragResult(_DefragFields, _TextParts):
    __slots__ = ()
    _sep = staticmethod(lambda ch: ch)
    geturl = _defrag_url


class SplitResult(_SplitFields, _TextParts, _TextAuthority):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseFields, _TextParts, _TextAuthority):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragFields, _ByteParts):
    __slots__ = ()
    _sep = staticmethod(lambda ch: ch.encode())
    geturl = _defrag_url


class SplitResultBytes(_SplitFields, _ByteParts, _ByteAuthority):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseFields, _ByteParts, _ByteAuthority):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _text_cls, _bytes_cls in ((DefragResult, DefragResultBytes),
                              (SplitResult, SplitResultBytes),
                              (ParseResult, ParseResultBytes)):
    _text_cls._twin = _bytes_cls
    _bytes_cls._twin = _text_cls
del _text_cls, _bytes_cls


# --- splitting ----------------------------------------------------------------

# WHATWG's "C0 control or space", stripped from the front of a URL; tab and
# newlines are removed everywhere (bpo-43882).
_LEADING_JUNK = ''.join(map(chr, range(0x21)))
_DROPPED_CHARS = str.maketrans('', '', '\t\r\n')
_SCHEME_SET = frozenset(scheme_chars)
_IPV_FUTURE = re.compile(r'v[0-9a-fA-F]+\..+\Z')


def _check_brackets(netloc):
    opens, closes = '[' in netloc, ']' in netloc
    if opens != closes:
        raise ValueError("Invalid IPv6 URL")
    if opens:
        inside = netloc.partition('[')[2].partition(']')[0]
        if inside.startswith('v'):
            if not _IPV_FUTURE.match(inside):
                raise ValueError("IPvFuture address is invalid")
        elif isinstance(ipaddress.ip_address(inside), ipaddress.IPv4Address):
            raise ValueError("An IPv4 address cannot be in brackets")


def _check_nfkc(netloc):
    # A non-ASCII netloc must not grow URL delimiters when normalised
    # (bpo-36216): 'a\uff03b' would otherwise hide a '#'.
    if netloc.isascii():
        return
    import unicodedata
    plain = netloc
    for ch in '@:#?':
        plain = plain.replace(ch, '')
    folded = unicodedata.normalize('NFKC', plain)
    if folded != plain and any(ch in folded for ch in '/?#@:'):
        raise ValueError(f"netloc '{netloc}' contains invalid characters under "
                         "NFKC normalization")


_split_cache = {}
_SPLIT_CACHE_LIMIT = 128


def clear_cache():
    """Forget the memoised urlsplit() answers."""
    _split_cache.clear()


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, query, fragment)."""
    key = (url, scheme, bool(allow_fragments), type(url), type(scheme))
    found = _split_cache.get(key)
    if found is not None:
        return found
    url, scheme, back = _text_args(url, scheme)
    url = url.lstrip(_LEADING_JUNK).translate(_DROPPED_CHARS)
    scheme = scheme.strip(_LEADING_JUNK).translate(_DROPPED_CHARS)

    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha() \
            and _SCHEME_SET.issuperset(url[:colon]):
        scheme = url[:colon].lower()
        url = url[colon + 1:]

    netloc = query = fragment = ''
    if url.startswith('//'):
        end = len(url)
        for delim in '/?#':
            at = url.find(delim, 2)
            if 0 <= at < end:
                end = at
        netloc, url = url[2:end], url[end:]
        _check_brackets(netloc)
    if allow_fragments:
        url, _, fragment = url.partition('#')
    url, _, query = url.partition('?')
    _check_nfkc(netloc)

    parts = SplitResult(scheme, netloc, url, query, fragment)
    if back is not _unchanged:
        parts = parts.encode()
    if len(_split_cache) >= _SPLIT_CACHE_LIMIT:
        _split_cache.clear()
    _split_cache[key] = parts
    return parts


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, params, query, fragment)."""
    url, scheme, back = _text_args(url, scheme)
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        # Parameters belong to the last path segment only.
        cut = path.find(';', max(path.rfind('/'), 0))
        if cut >= 0:
            path, params = path[:cut], path[cut + 1:]
    parts = ParseResult(scheme, netloc, path, params, query, fragment)
    return parts if back is _unchanged else parts.encode()


def urlunsplit(components):
    """Put a 5-item split back together; urlsplit(urlunsplit(x)) == x."""
    scheme, netloc, path, query, fragment, back = _text_args(*components)
    if netloc or (scheme and scheme in uses_netloc and path[:2] != '//'):
        if path and not path.startswith('/'):
            path = '/' + path
        path = '//' + (netloc or '') + path
    pieces = [path]
    if scheme:
        pieces.insert(0, scheme + ':')
    if query:
        pieces.append('?' + query)
    if fragment:
        pieces.append('#' + fragment)
    return back(''.join(pieces))


def urlunparse(components):
    """Put a 6-item parse back together."""
    scheme, netloc, path, params, query, fragment, back = _text_args(*components)
    if params:
        path = f'{path};{params}'
    return back(urlunsplit((scheme, netloc, path, query, fragment)))


def _remove_dots(segments):
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return out


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base, as a browser resolves a link on a page."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _text_args(base, url)
    b_scheme, b_netloc, b_path, b_params, b_query, _ = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, b_scheme, allow_fragments)

    if scheme != b_scheme or scheme not in uses_relative:
        return back(url)
    if scheme in uses_netloc:
        if netloc:
            return back(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = b_netloc
    if not path and not params:
        return back(urlunparse((scheme, netloc, b_path, b_params, query or b_query,
                                fragment)))

    if path.startswith('/'):
        segments = path.split('/')
    else:
        # Relative path: replace the base's last segment (unless the base ends
        # in '/'), then drop empty segments from the middle.
        directory = b_path.split('/')
        if directory[-1]:
            directory.pop()
        segments = directory + path.split('/')
        segments[1:-1] = [s for s in segments[1:-1] if s]
    joined = '/'.join(_remove_dots(segments)) or '/'
    return back(urlunparse((scheme, netloc, joined, params, query, fragment)))


def urldefrag(url):
    """Split off the fragment: DefragResult(url without it, fragment)."""
    url, back = _text_args(url)
    if '#' in url:
        scheme, netloc, path, params, query, fragment = urlparse(url)
        url = urlunparse((scheme, netloc, path, params, query, ''))
    else:
        fragment = ''
    result = DefragResult(url, fragment)
    return result if back is _unchanged else result.encode()


# --- percent-encoding ---------------------------------------------------------

_UNRESERVED = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                        b'0123456789_.-~')
# '%xx' text for every byte; the unreserved ones map to themselves.
_ESCAPED = tuple(chr(b) if b in _UNRESERVED else '%{:02X}'.format(b) for b in range(256))
_HEX_PAIRS = {}
for _hi in '0123456789abcdefABCDEF':
    for _lo in '0123456789abcdefABCDEF':
        _HEX_PAIRS[(_hi + _lo).encode()] = bytes([int(_hi + _lo, 16)])
del _hi, _lo


def quote_from_bytes(bs, safe='/'):
    # Unreserved characters and the ASCII ones in `safe` stay as they are.
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        keep = safe.encode('ascii', 'ignore')
    else:
        keep = bytes(c for c in safe if c < 128)
    if keep:
        table = list(_ESCAPED)
        for b in keep:
            table[b] = chr(b)
    else:
        table = _ESCAPED
    return ''.join([table[b] for b in bs])


def quote(string, safe='/', encoding=None, errors=None):
    # str is encoded first (UTF-8 unless told otherwise); bytes go straight through.
    if not isinstance(string, str):
        for option, given in (('encoding', encoding), ('errors', errors)):
            if given is not None:
                raise TypeError(f"quote() doesn't support '{option}' for bytes")
        return quote_from_bytes(string, safe)
    if string:
        return quote_from_bytes(string.encode(encoding or 'utf-8', errors or 'strict'), safe)
    return string


def quote_plus(string, safe='', encoding=None, errors=None):
    # HTML form encoding: a space is written '+'.
    has_space = True
    if isinstance(string, (str, bytes)):
        has_space = (' ' if isinstance(string, str) else b' ') in string
    if has_space:
        safe = safe + (' ' if isinstance(safe, str) else b' ')
    text = quote(string, safe, encoding, errors)
    return text.replace(' ', '+') if has_space else text


def unquote_to_bytes(string):
    # Malformed escapes ('%zz', a trailing '%4') are kept as they are.
    if isinstance(string, str):
        string = string.encode('utf-8')
    elif not string:
        string.split  # AttributeError for a non-string, as CPython raises
        return b''
    first, *rest = string.split(b'%')
    if not rest:
        return string
    out = [first]
    for chunk in rest:
        byte = _HEX_PAIRS.get(chunk[:2])
        if byte is None:
            out.append(b'%')
            out.append(chunk)
        else:
            out.append(byte)
            out.append(chunk[2:])
    return b''.join(out)


_ASCII_RUNS = re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    # Escaped bytes are decoded with `encoding`, one ASCII run at a time.
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split  # AttributeError for a non-string, as CPython raises
        return string
    encoding = encoding or 'utf-8'
    errors = errors or 'replace'
    # Non-ASCII text is already decoded: only ASCII runs can hold escapes.
    pieces = _ASCII_RUNS.split(string)
    for i in range(1, len(pieces), 2):
        if '%' in pieces[i]:
            pieces[i] = unquote_to_bytes(pieces[i]).decode(encoding, errors)
    return ''.join(pieces)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() for HTML form values: '+' means a space."""
    return unquote(string.replace('+', ' '), encoding, errors)


# --- query strings ------------------------------------------------------------

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    # -> [(name, value), ...] in the order given
    qs, back = _text_args(qs)
    separator, _ = _text_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    fields = qs.split(separator) if qs else []
    if max_num_fields is not None and max_num_fields < len(fields):
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition('=')
        if not eq:
            if strict_parsing:
                raise ValueError(f"bad query field: {field!r}")
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = unquote(name.replace('+', ' '), encoding, errors)
            value = unquote(value.replace('+', ' '), encoding, errors)
            pairs.append((back(name), back(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    # -> {name: [value, ...]}
    found = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding,
                                 errors, max_num_fields, separator):
        found.setdefault(name, []).append(value)
    return found


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    # A mapping or a sequence of pairs -> 'k=v&k2=v2'.
    if not hasattr(query, 'items'):
        try:
            looks_paired = not len(query) or isinstance(query[0], tuple)
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err
        if not looks_paired:
            raise TypeError("not a valid non-string sequence or mapping object") \
                from TypeError()
    else:
        query = query.items()

    def encoded(item):
        if isinstance(item, bytes):
            return quote_via(item, safe)
        if not isinstance(item, str):
            item = str(item)
        return quote_via(item, safe, encoding, errors)

    out = []
    for key, value in query:
        key = encoded(key)
        if not doseq or isinstance(value, (str, bytes)):
            out.append(key + '=' + encoded(value))
            continue
        try:
            len(value)
        except TypeError:
            out.append(key + '=' + encoded(value))
        else:
            # A sequence value under doseq: one pair per element.
            out.extend(key + '=' + encoded(each) for each in value)
    return '&'.join(out)


# --- deprecated helpers (kept for old callers; each warns) -------------------

def unwrap(url):
    # '<URL:scheme://host/path>' -> 'scheme://host/path'
    text = str(url).strip()
    if text.startswith('<') and text.endswith('>'):
        text = text[1:-1].strip()
    return text[4:].strip() if text.startswith('URL:') else text


def _deprecated(name, advice='urlparse'):
    text = f"urllib.parse.{name}() is deprecated as of 3.8"
    if advice:
        text += f", use urllib.parse.{advice}() instead"
    warnings.warn(text, DeprecationWarning, stacklevel=3)


def to_bytes(url):
    _deprecated('to_bytes', advice=None)
    if isinstance(url, str):
        try:
            url.encode('ASCII')
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) + " contains non-ASCII characters")
    return url


_TYPE_PREFIX = re.compile('([^/:]+):(.*)', re.DOTALL)
_HOST_PREFIX = re.compile('//([^/#?]*)(.*)', re.DOTALL)
_PORT_SUFFIX = re.compile('(.*):([0-9]*)', re.DOTALL)


def splittype(url):
    _deprecated('splittype')
    m = _TYPE_PREFIX.match(url)
    if m:
        return m.group(1).lower(), m.group(2)
    return None, url


def splithost(url):
    _deprecated('splithost')
    m = _HOST_PREFIX.match(url)
    if not m:
        return None, url
    host, path = m.groups()
    if path and not path.startswith('/'):
        path = '/' + path
    return host, path


def splituser(host):
    _deprecated('splituser')
    user, at, rest = host.rpartition('@')
    return (user if at else None), rest


def splitpasswd(user):
    _deprecated('splitpasswd')
    name, colon, secret = user.partition(':')
    return name, (secret if colon else None)


def splitport(host):
    _deprecated('splitport')
    m = _PORT_SUFFIX.fullmatch(host)
    if m and m.group(2):
        return m.group(1), m.group(2)
    return (m.group(1) if m else host), None


def splitnport(host, defport=-1):
    _deprecated('splitnport')
    name, colon, port = host.rpartition(':')
    if not colon:
        return port, defport
    if not port:
        return name, defport
    return name, (int(port) if port.isdigit() and port.isascii() else None)


def splitquery(url):
    _deprecated('splitquery')
    path, mark, query = url.rpartition('?')
    return (path, query) if mark else (url, None)


def splittag(url):
    _deprecated('splittag')
    path, mark, tag = url.rpartition('#')
    return (path, tag) if mark else (url, None)


def splitattr(url):
    _deprecated('splitattr')
    first, *attrs = url.split(';')
    return first, attrs


def splitvalue(attr):
    _deprecated('splitvalue', advice='parse_qsl')
    name, eq, value = attr.partition('=')
    return name, (value if eq else None)
