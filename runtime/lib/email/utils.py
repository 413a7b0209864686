"""Helpers for email: dates, addresses, message ids, RFC 2231 parameters."""

__all__ = [
    'collapse_rfc2231_value', 'decode_params', 'decode_rfc2231',
    'encode_rfc2231', 'formataddr', 'formatdate', 'format_datetime',
    'getaddresses', 'make_msgid', 'mktime_tz', 'parseaddr', 'parsedate',
    'parsedate_tz', 'parsedate_to_datetime', 'unquote',
]

import os
import re
import time
import random
import socket
import datetime
import urllib.parse

from email._parseaddr import quote
from email._parseaddr import AddressList as _AddressList
from email._parseaddr import mktime_tz
from email._parseaddr import parsedate, parsedate_tz, _parsedate_tz
from email.charset import Charset
from email._rawescape import raw_unicode_escape

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"

specialsre = re.compile(r'[][\\()<>@,:;".]')
escapesre = re.compile(r'[\\"]')

_DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _has_surrogates(s):
    """True if s holds surrogateescape'd bytes (from parsing non-ASCII binary)."""
    try:
        s.encode()
        return False
    except UnicodeEncodeError:
        return True


def _sanitize(string):
    # Turn smuggled-in undecodable bytes into replacement characters.
    original_bytes = string.encode('utf-8', 'surrogateescape')
    return original_bytes.decode('utf-8', 'replace')


def formataddr(pair, charset='utf-8'):
    """(realname, address) -> a header value: 'Name <addr>', quoting or RFC 2047
    encoding the name as needed."""
    name, address = pair
    address.encode('ascii')
    if not name:
        return address
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        if isinstance(charset, str):
            charset = Charset(charset)
        return "%s <%s>" % (charset.header_encode(name), address)
    quotes = ''
    if specialsre.search(name):
        quotes = '"'
    name = escapesre.sub(r'\\\g<0>', name)
    return '%s%s%s <%s>' % (quotes, name, quotes, address)


def getaddresses(fieldvalues):
    """All (realname, address) pairs in a list of header values."""
    joined = COMMASPACE.join(str(v) for v in fieldvalues)
    return _AddressList(joined).addresslist


def parseaddr(addr):
    """The first (realname, address) in addr; ('', '') when there is none."""
    found = _AddressList(addr).addresslist
    if not found:
        return '', ''
    return found[0]


def _format_timetuple_and_zone(timetuple, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAY_NAMES[timetuple[6]], timetuple[2], _MONTH_NAMES[timetuple[1] - 1],
        timetuple[0], timetuple[3], timetuple[4], timetuple[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """A timestamp (default now) as an RFC 2822 date: 'Fri, 09 Nov 2001 01:08:47 -0000'.
    localtime gives the local zone's offset, usegmt writes 'GMT' for a UTC time."""
    if timeval is None:
        timeval = time.time()
    dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    elif not usegmt:
        dt = dt.replace(tzinfo=None)
    return format_datetime(dt, usegmt)


def format_datetime(dt, usegmt=False):
    """A datetime as an RFC 2822 date; a naive one is written with zone -0000."""
    timetuple = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(timetuple, zone)


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID: '<time.pid.random[.idstring]@domain>'."""
    stamp = int(time.time() * 100)
    pid = os.getpid()
    noise = random.getrandbits(64)
    idstring = '' if idstring is None else '.' + idstring
    if domain is None:
        domain = socket.getfqdn()
    return '<%d.%d.%d%s@%s>' % (stamp, pid, noise, idstring, domain)


def parsedate_to_datetime(data):
    """An RFC 2822 date -> a datetime (naive for the '-0000' zone)."""
    parsed = _parsedate_tz(data)
    if parsed is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *fields, tz = parsed
    if tz is None:
        return datetime.datetime(*fields[:6])
    return datetime.datetime(*fields[:6],
                             tzinfo=datetime.timezone(datetime.timedelta(seconds=tz)))


def unquote(str):
    """Remove one level of double quotes (undoing their escapes) or angle brackets."""
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str.startswith('<') and str.endswith('>'):
            return str[1:-1]
    return str


def localtime(dt=None, isdst=-1):
    """dt (default now) as an aware datetime in the local zone."""
    if dt is None:
        dt = datetime.datetime.now()
    return dt.astimezone()


# RFC 2231: charset'language'percent-encoded-value, and name*0, name*1 continuations.

def decode_rfc2231(s):
    """"charset'lang'value" -> [charset, lang, value]; (None, None, s) otherwise."""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """Percent-encode s, prefixed with "charset'language'" when a charset is given."""
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    if language is None:
        language = ''
    return "%s'%s'%s" % (charset, language, s)


_continuation_re = re.compile(r'^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$', re.ASCII)


def decode_params(params):
    """Join RFC 2231 continuations in a list of (name, value) parameters; encoded
    values become (charset, language, value) triples."""
    result = [params[0]]
    pieces = {}
    order = []
    for name, value in params[1:]:
        encoded = name.endswith('*')
        value = unquote(value)
        match = _continuation_re.match(name)
        if match:
            base, num = match.group('name', 'num')
            num = int(num) if num is not None else 0
            if base not in pieces:
                pieces[base] = []
                order.append(base)
            pieces[base].append((num, value, encoded))
        else:
            result.append((name, '"%s"' % quote(value)))
    for base in order:
        parts = sorted(pieces[base], key=lambda p: p[0])
        any_encoded = False
        texts = []
        for num, text, encoded in parts:
            if encoded:
                text = urllib.parse.unquote(text, encoding="latin-1")
                any_encoded = True
            texts.append(text)
        value = quote(EMPTYSTRING.join(texts))
        if any_encoded:
            charset, language, value = decode_rfc2231(value)
            result.append((base, (charset, language, '"%s"' % value)))
        else:
            result.append((base, '"%s"' % value))
    return result


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    """A parameter value (a string or an RFC 2231 triple) -> a plain string."""
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    raw = raw_unicode_escape(text)
    try:
        return str(raw, charset, errors)
    except LookupError:
        return unquote(text)
