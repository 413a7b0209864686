"""Helpers for email: addresses, dates, message ids, RFC 2231 parameter values."""

__all__ = ['collapse_rfc2231_value', 'decode_params', 'decode_rfc2231', 'encode_rfc2231',
           'formataddr', 'formatdate', 'format_datetime', 'getaddresses', 'make_msgid',
           'mktime_tz', 'parseaddr', 'parsedate', 'parsedate_tz', 'parsedate_to_datetime',
           'unquote']

import datetime
import os
import random
import re
import socket
import time
import urllib.parse

from email._parseaddr import AddressList, mktime_tz, parsedate, parsedate_tz, quote
from email._parseaddr import _parsedate_tz as _date_fields
from email._rawescape import raw_unicode_escape

# A display name containing one of these must be written as a quoted string.
_NEEDS_QUOTING = re.compile(r'[][\\()<>@,:;".]')
_SURROGATE = re.compile('[\udc80-\udcff]')
_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_NAMES = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def _holds_surrogates(text):
    """True if text carries bytes smuggled in as surrogate escapes."""
    return _SURROGATE.search(text) is not None


def _surrogates_replaced(text):
    """text with its smuggled bytes read as UTF-8 (undecodable ones as U+FFFD)."""
    if not _holds_surrogates(text):
        return text
    return text.encode('utf-8', 'surrogateescape').decode('utf-8', 'replace')


# ---------------------------------------------------------------- addresses

def formataddr(pair, charset='utf-8'):
    """(realname, address) as 'realname <address>'; a non-ASCII name becomes an
    encoded word in charset (a name or a Charset)."""
    name, address = pair
    address.encode('ascii')  # an address must be ASCII: let the error out
    if not name:
        return address
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        if isinstance(charset, str):
            from email.charset import Charset
            charset = Charset(charset)
        return '{} <{}>'.format(charset.header_encode(name), address)
    if _NEEDS_QUOTING.search(name):
        name = '"{}"'.format(name.replace('\\', '\\\\').replace('"', '\\"'))
    return '{} <{}>'.format(name, address)


def getaddresses(fieldvalues):
    """Every (realname, address) pair found in the given header values."""
    return AddressList(', '.join(str(v) for v in fieldvalues)).addresslist


def parseaddr(addr):
    """The first (realname, address) in addr, or ('', '') if there is none."""
    found = AddressList(addr).addresslist
    return found[0] if found else ('', '')


def unquote(str):
    """str without its surrounding double quotes (unescaped) or angle brackets."""
    if len(str) > 1:
        if str[0] == '"' and str[-1] == '"':
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str[0] == '<' and str[-1] == '>':
            return str[1:-1]
    return str


# ---------------------------------------------------------------- dates

def format_datetime(dt, usegmt=False):
    """dt in RFC 5322 form; a naive dt is written with the zone -0000 (unknown)."""
    if dt.tzinfo is None:
        if usegmt:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = '-0000'
    elif usegmt:
        if dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    else:
        zone = dt.strftime('%z')
    return '{}, {:02d} {} {:04d} {:02d}:{:02d}:{:02d} {}'.format(
        _DAY_NAMES[dt.weekday()], dt.day, _MONTH_NAMES[dt.month - 1], dt.year,
        dt.hour, dt.minute, dt.second, zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """The time timeval (seconds since the epoch, default now) in RFC 5322 form:
    in UTC written as -0000, as GMT with usegmt, or in the local zone."""
    if timeval is None:
        timeval = time.time()
    dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        return format_datetime(dt.astimezone())
    if usegmt:
        return format_datetime(dt, usegmt=True)
    return format_datetime(dt.replace(tzinfo=None))


def parsedate_to_datetime(data):
    """An RFC 5322 date as a datetime: aware when the date names its zone, naive
    for -0000."""
    fields = _date_fields(data)
    if fields is None:
        raise ValueError('Invalid date value or format "{}"'.format(data))
    offset = fields[9]
    naive = datetime.datetime(*fields[:6])
    if offset is None:
        return naive
    return naive.replace(tzinfo=datetime.timezone(datetime.timedelta(seconds=offset)))


def localtime(dt=None, isdst=-1):
    """dt (default now) as an aware datetime in the local time zone; a naive dt
    is taken as local time, isdst saying whether summer time applies (-1: guess)."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    fields = dt.timetuple()[:-1] + (isdst,)
    local = time.localtime(time.mktime(fields))
    zone = datetime.timezone(datetime.timedelta(seconds=local.tm_gmtoff), local.tm_zone)
    return dt.replace(tzinfo=zone)


def make_msgid(idstring=None, domain=None):
    """A fresh Message-ID: '<hundredths-of-seconds.pid.random[.idstring]@domain>'."""
    stamp = int(time.time() * 100)
    unique = random.getrandbits(64)
    extra = '' if idstring is None else '.' + idstring
    if domain is None:
        domain = socket.getfqdn()
    return '<{}.{}.{}{}@{}>'.format(stamp, os.getpid(), unique, extra, domain)


# ---------------------------------------------------------------- RFC 2231

def encode_rfc2231(s, charset=None, language=None):
    """s percent-encoded in charset; with a charset or language, in the
    charset'language'text form."""
    encoded = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return encoded
    return "{}'{}'{}".format(charset, language or '', encoded)


def decode_rfc2231(s):
    """charset'language'text -> [charset, language, text]; (None, None, s) when s
    has no such prefix."""
    fields = s.split("'", 2)
    if len(fields) < 3:
        return None, None, s
    return fields


# name*N (a continuation section) or name*N* / name* (percent-encoded sections)
_SECTION = re.compile(r'(\w+)\*(?:([0-9]+)(\*)?)?$', re.ASCII)


def decode_params(params):
    """Joins RFC 2231 sections (name*0, name*1*...) of a (name, value) list.

    The first pair (the content type) is kept as it is; plain parameters follow
    with their values quoted; then each sectioned parameter once, its value a
    quoted string, or (charset, language, quoted string) if it was encoded."""
    result = [params[0]]
    sectioned = {}
    for name, value in params[1:]:
        match = _SECTION.match(name)
        if match is None:
            result.append((name, '"{}"'.format(quote(unquote(value)))))
            continue
        base, number, star = match.groups()
        encoded = number is None or star is not None
        sectioned.setdefault(base, []).append((int(number or 0), unquote(value), encoded))
    for base, sections in sectioned.items():
        sections.sort(key=lambda section: section[0])
        pieces = []
        any_encoded = False
        for _, text, encoded in sections:
            if encoded:
                text = urllib.parse.unquote(text, encoding='latin-1')
                any_encoded = True
            pieces.append(text)
        joined = quote(''.join(pieces))
        if any_encoded:
            charset, language, text = decode_rfc2231(joined)
            result.append((base, (charset, language, '"{}"'.format(text))))
        else:
            result.append((base, '"{}"'.format(joined)))
    return result


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    """A parameter value from get_param() as text: a (charset, language, text)
    triple is decoded from its charset; a plain string loses its quotes."""
    if not isinstance(value, tuple):
        return unquote(value)
    charset, language, text = value
    raw = raw_unicode_escape(text)
    try:
        return raw.decode(charset or fallback_charset, errors)
    except LookupError:
        return unquote(text)
