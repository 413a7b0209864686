"""Parse (absolute and relative) URLs.

Written for Spry from the documented behaviour of CPython 3.11's
urllib.parse (RFC 3986 splitting and joining, percent-encoding, query
strings).  Bytes arguments are decoded as ASCII, handled as str, and the
results encoded back, so each function accepts str or bytes but not both.
The long-deprecated split*() helpers (splittype, splithost, ...) are not
provided.
"""

import re
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']

uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']

uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtspu', 'sip', 'sips',
               'mms', 'sftp', 'tel']

non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']

uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtspu', 'sip', 'sips']

uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# Leading C0 controls and spaces are stripped (WHATWG URL standard); tabs
# and newlines anywhere are removed.
_C0_CONTROL_OR_SPACE = ''.join(map(chr, range(0x21)))
_UNSAFE_URL_CHARS = ('\t', '\r', '\n')

MAX_CACHE_SIZE = 20


def clear_cache():
    """Kept for compatibility: Spry's urllib.parse caches nothing."""


# ---------------------------------------------------------------- str/bytes

def _noop(obj):
    return obj


def _encode_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _coerce_args(*args):
    """Returns the arguments as str and the function turning results back
    into the arguments' type.  Empty arguments (None, '', b'') adapt."""
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    decoded = tuple(x.decode('ascii', 'strict') if x else '' for x in args)
    return decoded + (_encode_result,)


# ---------------------------------------------------------------- results

class _ResultMixinStr(object):
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _ResultMixinBytes(object):
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))


class _NetlocResultMixinBase(object):
    """username, password, hostname and port, read from netloc."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        # An IPv6 zone id ('%eth0') keeps its case.
        separator = '%' if isinstance(hostname, str) else b'%'
        hostname, percent, zone = hostname.partition(separator)
        return hostname.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        if port.isdigit() and port.isascii():
            port = int(port)
        else:
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        if not 0 <= port <= 65535:
            raise ValueError("Port out of range 0-65535")
        return port

    def _split_userinfo(self, at, colon):
        userinfo, have_info, _ = self.netloc.rpartition(at)
        if not have_info:
            return None, None
        username, have_password, password = userinfo.partition(colon)
        return username, (password if have_password else None)

    def _split_hostinfo(self, at, open_br, close_br, colon):
        hostinfo = self.netloc.rpartition(at)[2]
        _, have_open_br, bracketed = hostinfo.partition(open_br)
        if have_open_br:
            hostname, _, port = bracketed.partition(close_br)
            port = port.partition(colon)[2]
        else:
            hostname, _, port = hostinfo.partition(colon)
        return hostname, (port or None)


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        return self._split_userinfo('@', ':')

    @property
    def _hostinfo(self):
        return self._split_hostinfo('@', '[', ']', ':')


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        return self._split_userinfo(b'@', b':')

    @property
    def _hostinfo(self):
        return self._split_hostinfo(b'@', b'[', b']', b':')


_DefragResultBase = namedtuple('DefragResult', 'url fragment')
_SplitResultBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')

_DefragResultBase.__doc__ = "DefragResult(url, fragment): a URL without its fragment, and the fragment."
_SplitResultBase.__doc__ = "SplitResult(scheme, netloc, path, query, fragment): urlsplit()'s parts."
_ParseResultBase.__doc__ = "ParseResult(scheme, netloc, path, params, query, fragment): urlparse()'s parts."


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _str, _bytes in [(DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
                     (ParseResult, ParseResultBytes)]:
    _str._encoded_counterpart = _bytes
    _bytes._decoded_counterpart = _str
del _str, _bytes


# ---------------------------------------------------------------- splitting

def _split_netloc(url, start=0):
    """The authority starting at url[start], up to the first '/', '?' or '#'."""
    end = len(url)
    for c in '/?#':
        i = url.find(c, start)
        if i >= 0:
            end = min(end, i)
    return url[start:end], url[end:]


_IPV_FUTURE = re.compile(r'\Av[a-fA-F0-9]+\..+\Z')


def _check_bracketed_netloc(netloc):
    host = netloc.rpartition('@')[2]
    _, have_open_br, bracketed = host.partition('[')
    if not have_open_br:
        return
    hostname = bracketed.partition(']')[0]
    if hostname.startswith('v'):
        if not _IPV_FUTURE.match(hostname):
            raise ValueError("IPvFuture address is invalid")
        return
    import ipaddress
    if isinstance(ipaddress.ip_address(hostname), ipaddress.IPv4Address):
        raise ValueError("An IPv4 address cannot be in brackets")


def _check_netloc(netloc):
    # A netloc whose NFKC normalisation introduces URL delimiters would be
    # read differently by other parsers: refuse it.
    if not netloc or netloc.isascii():
        return
    import unicodedata
    n = netloc.replace('@', '').replace(':', '').replace('#', '').replace('?', '')
    normalized = unicodedata.normalize('NFKC', n)
    if n == normalized:
        return
    for c in '/?#@:':
        if c in normalized:
            raise ValueError("netloc '" + netloc + "' contains invalid " +
                             "characters under NFKC normalization")


def urlsplit(url, scheme='', allow_fragments=True):
    """Splits a URL into (scheme, netloc, path, query, fragment): a
    SplitResult, or SplitResultBytes for bytes.  scheme is the default
    scheme; allow_fragments=False keeps '#...' in the path or query.
    """
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    url = url.lstrip(_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_C0_CONTROL_OR_SPACE)
    for c in _UNSAFE_URL_CHARS:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _split_netloc(url, 2)
        if (('[' in netloc and ']' not in netloc) or
                (']' in netloc and '[' not in netloc)):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc and ']' in netloc:
            _check_bracketed_netloc(netloc)
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _check_netloc(netloc)
    v = SplitResult(scheme, netloc, url, query, fragment)
    return _coerce_result(v)


def _split_params(url):
    # Parameters belong to the last path segment.
    i = url.find(';', url.rfind('/')) if '/' in url else url.find(';')
    if i < 0:
        return url, ''
    return url[:i], url[i + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Like urlsplit(), also splitting ';params' off the last path segment:
    a 6-field ParseResult (or ParseResultBytes).
    """
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _split_params(url)
    else:
        params = ''
    return _coerce_result(ParseResult(scheme, netloc, url, params, query, fragment))


def urlunsplit(components):
    """Joins urlsplit()'s five parts into a URL (which may differ from the
    original by redundant delimiters such as an empty '?').
    """
    scheme, netloc, url, query, fragment, _coerce_result = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return _coerce_result(url)


def urlunparse(components):
    """Joins urlparse()'s six parts into a URL."""
    scheme, netloc, url, params, query, fragment, _coerce_result = _coerce_args(*components)
    if params:
        url = "%s;%s" % (url, params)
    return _coerce_result(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolves url relative to base (RFC 3986)."""
    if not base:
        return url
    if not url:
        return base
    base, url, _coerce_result = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)

    if scheme != bscheme or scheme not in uses_relative:
        return _coerce_result(url)
    if scheme in uses_netloc:
        if netloc:
            return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        path, params = bpath, bparams
        if not query:
            query = bquery
        return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))

    if path[:1] == '/':
        segments = path.split('/')
    else:
        # Merge: the base path without its last segment, then the reference;
        # empty segments inside the merged path are dropped.
        base_segments = bpath.split('/')
        if base_segments[-1] != '':
            del base_segments[-1]
        segments = base_segments + path.split('/')
        segments[1:-1] = [s for s in segments[1:-1] if s]

    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg != '.':
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        # The result names a directory: keep the trailing slash.
        resolved.append('')
    return _coerce_result(urlunparse((scheme, netloc, '/'.join(resolved) or '/',
                                      params, query, fragment)))


def urldefrag(url):
    """(url without its fragment, fragment): a DefragResult."""
    url, _coerce_result = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return _coerce_result(DefragResult(defrag, frag))


# ---------------------------------------------------------------- quoting

_HEXDIG = '0123456789ABCDEFabcdef'
_HEX_TO_BYTE = {(a + b).encode(): bytes.fromhex(a + b) for a in _HEXDIG for b in _HEXDIG}


def unquote_to_bytes(string):
    """Replaces %xx escapes by their bytes."""
    if not string:
        string.split  # AttributeError for anything but str and bytes
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    out = [pieces[0]]
    for piece in pieces[1:]:
        byte = _HEX_TO_BYTE.get(piece[:2])
        if byte is None:
            out.append(b'%')
            out.append(piece)
        else:
            out.append(byte)
            out.append(piece[2:])
    return b''.join(out)


_ASCII_RUNS = re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replaces %xx escapes; the bytes they stand for are decoded with
    encoding and errors ('utf-8', 'replace').
    """
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split  # AttributeError for anything but str
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # Escapes only occur in ASCII runs; each run is unquoted to bytes and
    # decoded as a whole, so a multi-byte sequence may span several escapes.
    pieces = _ASCII_RUNS.split(string)
    for i in range(1, len(pieces), 2):
        pieces[i] = unquote_to_bytes(pieces[i]).decode(encoding, errors)
    return ''.join(pieces)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), also turning '+' into spaces (HTML forms)."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encodes string (str is first encoded with encoding/errors,
    default 'utf-8'/'strict').  Letters, digits, '_.-~' and the
    characters in safe (default '/') stay as they are.
    """
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but spaces become '+' and safe defaults to ''."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


def quote_from_bytes(bs, safe='/'):
    """Like quote(), for bytes."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    keep = _ALWAYS_SAFE.union(safe)
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    return ''.join(chr(b) if b in keep else '%{:02X}'.format(b) for b in bs)


# ---------------------------------------------------------------- queries

def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """A query string as {name: [values]} (the arguments are parse_qsl()'s)."""
    parsed_result = {}
    pairs = parse_qsl(qs, keep_blank_values, strict_parsing,
                      encoding=encoding, errors=errors,
                      max_num_fields=max_num_fields, separator=separator)
    for name, value in pairs:
        parsed_result.setdefault(name, []).append(value)
    return parsed_result


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """A query string as a list of (name, value) pairs.  keep_blank_values
    keeps fields with empty values; strict_parsing raises ValueError on
    malformed fields; encoding/errors decode escapes; max_num_fields limits
    the fields; separator splits them.
    """
    qs, _coerce_result = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')
    result = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        nv = field.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
            nv.append('')
        if nv[1] or keep_blank_values:
            name = _coerce_result(unquote(nv[0].replace('+', ' '), encoding=encoding, errors=errors))
            value = _coerce_result(unquote(nv[1].replace('+', ' '), encoding=encoding, errors=errors))
            result.append((name, value))
    return result


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encodes a mapping or a sequence of pairs as a query string with
    quote_via (quote_plus); with doseq, sequence values give one field per
    item.  safe, encoding and errors go to quote_via.
    """
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def quoted(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        return quote_via(str(value), safe, encoding, errors)

    fields = []
    for k, v in query:
        k = quoted(k)
        if not doseq or isinstance(v, (str, bytes)):
            fields.append(k + '=' + quoted(v))
            continue
        try:
            len(v)
        except TypeError:
            fields.append(k + '=' + quoted(v))
        else:
            for item in v:
                fields.append(k + '=' + quoted(item))
    return '&'.join(fields)


def unwrap(url):
    """'<URL:scheme://host/path>' -> 'scheme://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url
