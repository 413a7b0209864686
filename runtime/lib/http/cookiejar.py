"""HTTP cookie handling for clients: a CookieJar keeps the cookies servers set (Netscape
Set-Cookie and RFC 2965 Set-Cookie2 headers) and adds the ones a request should carry,
as a DefaultCookiePolicy decides; FileCookieJar subclasses keep them in files
(MozillaCookieJar: Netscape's cookies.txt; LWPCookieJar: libwww-perl's Set-Cookie3)."""

import calendar
import copy
import datetime
import os
import re
import threading
import time
import urllib.parse

__all__ = ["Cookie", "CookieJar", "CookiePolicy", "DefaultCookiePolicy", "FileCookieJar",
           "LWPCookieJar", "LoadError", "MozillaCookieJar"]

HTTPONLY_ATTR = "HTTPOnly"
HTTPONLY_PREFIX = "#HttpOnly_"
DEFAULT_HTTP_PORT = "80"
NETSCAPE_MAGIC_RGX = re.compile("#( Netscape)? HTTP Cookie File")
MISSING_FILENAME_TEXT = ("a filename was not supplied (nor was the CookieJar "
                         "instance initialised with one)")
NETSCAPE_HEADER_TEXT = (
    "# Netscape HTTP Cookie File\n"
    "# http://curl.haxx.se/rfc/cookie_spec.html\n"
    "# This is a generated file!  Do not edit.\n\n")

EPOCH_YEAR = 1970
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LOWER = [m.lower() for m in MONTHS]


def _warn_unhandled_exception():
    # the catch-all handlers below turn unexpected bad input into a warning with the
    # traceback, rather than an exception out of the jar
    import io
    import traceback
    import warnings
    text = io.StringIO()
    traceback.print_exc(None, text)
    warnings.warn("http.cookiejar bug!\n%s" % text.getvalue(), stacklevel=2)


# ---- dates ----------------------------------------------------------------------------------

def _timegm(tt):
    year, month, mday, hour, minute, sec = tt[:6]
    if (year >= EPOCH_YEAR and 1 <= month <= 12 and 1 <= mday <= 31 and 0 <= hour <= 24
            and 0 <= minute <= 59 and 0 <= sec <= 61):
        return calendar.timegm(tt)
    return None


def _utc(t):
    if t is None:
        return datetime.datetime.utcnow()
    return datetime.datetime.utcfromtimestamp(t)


def time2isoz(t=None):
    """t (seconds since the epoch; now by default) as 'YYYY-MM-DD hh:mm:ssZ' in UTC."""
    d = _utc(t)
    return "%04d-%02d-%02d %02d:%02d:%02dZ" % (d.year, d.month, d.day, d.hour, d.minute,
                                                d.second)


def time2netscape(t=None):
    """t (seconds since the epoch; now by default) as 'Wed, DD-Mon-YYYY HH:MM:SS GMT'."""
    d = _utc(t)
    return "%s, %02d-%s-%04d %02d:%02d:%02d GMT" % (
        DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second)


UTC_ZONES = {"GMT": None, "UTC": None, "UT": None, "Z": None}
TIMEZONE_RE = re.compile(r"^([-+])?(\d\d?):?(\d\d)?$", re.ASCII)


def offset_from_tz_string(tz):
    """Seconds east of UTC of a zone ('GMT', '+0100', '-05:30'); None if unknown."""
    if tz in UTC_ZONES:
        return 0
    m = TIMEZONE_RE.search(tz)
    if not m:
        return None
    offset = 3600 * int(m.group(2)) + (60 * int(m.group(3)) if m.group(3) else 0)
    return -offset if m.group(1) == "-" else offset


def _str2time(day, mon, yr, hr, minute, sec, tz):
    yr = int(yr)
    if yr > datetime.MAXYEAR:
        return None
    if mon.lower() in MONTHS_LOWER:
        mon = MONTHS_LOWER.index(mon.lower()) + 1
    else:
        try:
            mon = int(mon)
        except ValueError:
            return None
        if not 1 <= mon <= 12:
            return None
    day, hr, minute, sec = int(day), int(hr or 0), int(minute or 0), int(sec or 0)
    if yr < 1000:
        # a two-digit year: the century that puts it closest to now
        this_year = time.localtime(time.time())[0]
        century_start = this_year - this_year % 100
        distance = this_year % 100 - yr
        yr += century_start
        if abs(distance) > 50:
            yr += 100 if distance > 0 else -100
    t = _timegm((yr, mon, day, hr, minute, sec, tz))
    if t is None:
        return None
    offset = offset_from_tz_string((tz or "UTC").upper())
    if offset is None:
        return None
    return t - offset


STRICT_DATE_RE = re.compile(
    r"^[SMTWF][a-z][a-z], (\d\d) ([JFMASOND][a-z][a-z]) "
    r"(\d\d\d\d) (\d\d):(\d\d):(\d\d) GMT$", re.ASCII)
WEEKDAY_RE = re.compile(r"^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]*,?\s*", re.I | re.ASCII)
LOOSE_HTTP_DATE_RE = re.compile(
    r"""^
    (\d\d?)                  # day
    (?:\s+|[-\/])
    (\w+)                    # month
    (?:\s+|[-\/])
    (\d+)                    # year
    (?:
        (?:\s+|:)
        (\d\d?):(\d\d)       # hour:min
        (?::(\d\d))?         # seconds
    )?
    \s*
    (?:
        ([-+]?\d{2,4}|(?![APap][Mm]\b)[A-Za-z]+)   # zone
        \s*
    )?
    (?:
        \(\w+\)              # zone name in parentheses
        \s*
    )?$""", re.X | re.ASCII)


def http2time(text):
    """Seconds since the epoch of an HTTP date (RFC 1123, RFC 850 and the loose forms
    browsers send); None if it cannot be read. Without a zone the date is UTC."""
    m = STRICT_DATE_RE.search(text)
    if m:
        day, mon, yr, hr, minute, sec = m.groups()
        return _timegm((int(yr), MONTHS_LOWER.index(mon.lower()) + 1, int(day), int(hr),
                        int(minute), float(sec)))
    text = WEEKDAY_RE.sub("", text.lstrip(), 1)
    m = LOOSE_HTTP_DATE_RE.search(text)
    if m is None:
        return None
    return _str2time(*m.groups())


ISO_DATE_RE = re.compile(
    r"""^
    (\d{4})                  # year
    [-\/]?
    (\d\d?)                  # month
    [-\/]?
    (\d\d?)                  # day
    (?:
        (?:\s+|[-:Tt])
        (\d\d?):?(\d\d)      # hour:min
        (?::?(\d\d(?:\.\d*)?))?   # seconds
    )?
    \s*
    (?:
        ([-+]?\d\d?:?(:?\d\d)?|Z|z)   # zone
        \s*
    )?$""", re.X | re.ASCII)


def iso2time(text):
    """Seconds since the epoch of an ISO 8601 date ('1994-02-03 14:15:29 -0100',
    '19940203T141529Z', '1994-02-03'); None if it cannot be read."""
    m = ISO_DATE_RE.search(text.lstrip())
    if m is None:
        return None
    yr, mon, day, hr, minute, sec, tz, _ = m.groups()
    return _str2time(day, mon, yr, hr, minute, sec, tz)


# ---- header words ---------------------------------------------------------------------------

def unmatched(match):
    """The subject of match without the part that matched."""
    start, end = match.span(0)
    return match.string[:start] + match.string[end:]


HEADER_TOKEN_RE = re.compile(r"^\s*([^=\s;,]+)")
HEADER_QUOTED_VALUE_RE = re.compile(r"^\s*=\s*\"([^\"\\]*(?:\\.[^\"\\]*)*)\"")
HEADER_VALUE_RE = re.compile(r"^\s*=\s*([^\s;,]*)")
HEADER_ESCAPE_RE = re.compile(r"\\(.)")


def split_header_words(header_values):
    """[[(name, value or None), ...], ...] from headers of 'name=value; name2, name3=...'
    words (a comma starts a new list)."""
    assert not isinstance(header_values, str)
    result = []
    for text in header_values:
        pairs = []
        while text:
            m = HEADER_TOKEN_RE.search(text)
            if m:
                text = unmatched(m)
                name = m.group(1)
                value = None
                m = HEADER_QUOTED_VALUE_RE.search(text)
                if m:
                    text = unmatched(m)
                    value = HEADER_ESCAPE_RE.sub(r"\1", m.group(1))
                else:
                    m = HEADER_VALUE_RE.search(text)
                    if m:
                        text = unmatched(m)
                        value = m.group(1).rstrip()
                pairs.append((name, value))
            elif text.lstrip().startswith(","):
                text = text.lstrip()[1:]
                if pairs:
                    result.append(pairs)
                pairs = []
            else:
                text, skipped = re.subn(r"^[=\s;]*", "", text)
                assert skipped > 0, "split_header_words bug"
        if pairs:
            result.append(pairs)
    return result


HEADER_JOIN_ESCAPE_RE = re.compile(r"([\"\\])")


def join_header_words(lists):
    """The inverse of split_header_words: values that are not single words are quoted."""
    headers = []
    for pairs in lists:
        words = []
        for name, value in pairs:
            if value is not None:
                if not re.search(r"^\w+$", value):
                    value = '"%s"' % HEADER_JOIN_ESCAPE_RE.sub(r"\\\1", value)
                name = "%s=%s" % (name, value)
            words.append(name)
        if words:
            headers.append("; ".join(words))
    return ", ".join(headers)


def strip_quotes(text):
    if text.startswith('"'):
        text = text[1:]
    if text.endswith('"'):
        text = text[:-1]
    return text


def parse_ns_headers(ns_headers):
    """Netscape Set-Cookie headers as split_header_words would give them: the known
    attribute names lower-cased, expires as seconds since the epoch, and a ('version',
    '0') pair unless the header had a version."""
    known_attrs = ("expires", "domain", "path", "secure", "version", "port", "max-age")
    result = []
    for header in ns_headers:
        pairs = []
        has_version = False
        for index, param in enumerate(header.split(";")):
            key, sep, val = param.strip().partition("=")
            key = key.strip()
            if not key:
                if index == 0:
                    break
                continue
            val = val.strip() if sep else None
            if index:
                if key.lower() in known_attrs:
                    key = key.lower()
                if key == "version":
                    has_version = True
                    if val is not None:
                        val = strip_quotes(val)
                elif key == "expires" and val is not None:
                    val = http2time(strip_quotes(val))
            pairs.append((key, val))
        if pairs:
            if not has_version:
                pairs.append(("version", "0"))
            result.append(pairs)
    return result


# ---- hosts, domains and paths ---------------------------------------------------------------

IPV4_RE = re.compile(r"\.\d+$", re.ASCII)


def is_HDN(text):
    """Whether text is a host domain name (not an IP address, no dot at either end)."""
    return not IPV4_RE.search(text) and text != "" and text[0] != "." and text[-1] != "."


def domain_match(A, B):
    """RFC 2965's domain-match: A equals B, or B is '.' + a domain name A ends with."""
    A, B = A.lower(), B.lower()
    if A == B:
        return True
    if not is_HDN(A):
        return False
    i = A.rfind(B)
    return i > 0 and B.startswith(".") and is_HDN(B[1:])


def liberal_is_HDN(text):
    """Whether text is not an IP address."""
    return not IPV4_RE.search(text)


def user_domain_match(A, B):
    """The matching of user block/allow lists: B with a leading dot matches A ending with
    it, else A must equal B."""
    A, B = A.lower(), B.lower()
    if not (liberal_is_HDN(A) and liberal_is_HDN(B)):
        return A == B
    if B.startswith("."):
        return A.endswith(B)
    return A == B


cut_port_re = re.compile(r":\d+$", re.ASCII)


def request_host(request):
    """The request's host name, lower-cased, without its port."""
    host = urllib.parse.urlparse(request.get_full_url())[1]
    if host == "":
        host = request.get_header("Host", "")
    return cut_port_re.sub("", host, 1).lower()


def eff_request_host(request):
    """(request host, effective request host): a name without dots gets '.local'."""
    host = request_host(request)
    if "." not in host and not IPV4_RE.search(host):
        return host, host + ".local"
    return host, host


def request_path(request):
    """The escaped path of the request's URL, starting with '/'."""
    path = escape_path(urllib.parse.urlsplit(request.get_full_url()).path)
    return path if path.startswith("/") else "/" + path


def request_port(request):
    """The request's port as a string ('80' by default); None if it is not numeric."""
    host = request.host
    _, colon, port = host.partition(":")
    if not colon:
        return DEFAULT_HTTP_PORT
    try:
        int(port)
    except ValueError:
        return None
    return port


HTTP_PATH_SAFE = "%/;:@&=+$,!~*'()"
ESCAPED_CHAR_RE = re.compile(r"%([0-9a-fA-F][0-9a-fA-F])")


def uppercase_escaped_char(match):
    return "%%%s" % match.group(1).upper()


def escape_path(path):
    """path with the characters RFC 2396 does not allow in paths %-escaped, and every
    escape in upper case."""
    return ESCAPED_CHAR_RE.sub(uppercase_escaped_char,
                               urllib.parse.quote(path, HTTP_PATH_SAFE))


def reach(h):
    """RFC 2965's reach of a host: '.' + the host without its first label, when that
    still has a dot (or is 'local')."""
    first, dot, rest = h.partition(".")
    if dot and is_HDN(h) and ("." in rest or rest == "local"):
        return "." + rest
    return h


def is_third_party(request):
    """Whether the request's host is outside the reach of the host the user asked for."""
    return not domain_match(request_host(request), reach(request.origin_req_host))


# ---- cookies and policies -------------------------------------------------------------------

class Cookie:
    """One cookie. Attributes as named; rest holds the non-standard ones."""

    def __init__(self, version, name, value, port, port_specified, domain, domain_specified,
                 domain_initial_dot, path, path_specified, secure, expires, discard, comment,
                 comment_url, rest, rfc2109=False):
        if version is not None:
            version = int(version)
        if expires is not None:
            expires = int(float(expires))
        if port is None and port_specified is True:
            raise ValueError("if port is None, port_specified must be false")
        self.version = version
        self.name = name
        self.value = value
        self.port = port
        self.port_specified = port_specified
        self.domain = domain.lower()
        self.domain_specified = domain_specified
        self.domain_initial_dot = domain_initial_dot
        self.path = path
        self.path_specified = path_specified
        self.secure = secure
        self.expires = expires
        self.discard = discard
        self.comment = comment
        self.comment_url = comment_url
        self.rfc2109 = rfc2109
        self._rest = copy.copy(rest)

    def has_nonstandard_attr(self, name):
        return name in self._rest

    def get_nonstandard_attr(self, name, default=None):
        return self._rest.get(name, default)

    def set_nonstandard_attr(self, name, value):
        self._rest[name] = value

    def is_expired(self, now=None):
        if now is None:
            now = time.time()
        return self.expires is not None and self.expires <= now

    def __str__(self):
        where = self.domain + ("" if self.port is None else ":" + self.port) + self.path
        what = self.name if self.value is None else "%s=%s" % (self.name, self.value)
        return "<Cookie %s for %s>" % (what, where)

    _repr_fields = ("version", "name", "value", "port", "port_specified", "domain",
                    "domain_specified", "domain_initial_dot", "path", "path_specified",
                    "secure", "expires", "discard", "comment", "comment_url")

    def __repr__(self):
        fields = ["%s=%r" % (name, getattr(self, name)) for name in self._repr_fields]
        fields.append("rest=%r" % (self._rest,))
        fields.append("rfc2109=%r" % (self.rfc2109,))
        return "%s(%s)" % (self.__class__.__name__, ", ".join(fields))


class CookiePolicy:
    """Decides which cookies are accepted from a server and returned to it."""

    def set_ok(self, cookie, request):
        """Whether the server may set cookie."""
        raise NotImplementedError()

    def return_ok(self, cookie, request):
        """Whether cookie goes to the server with request."""
        raise NotImplementedError()

    def domain_return_ok(self, domain, request):
        """False when no cookie of domain can go with request (a quick pre-check)."""
        return True

    def path_return_ok(self, path, request):
        """False when no cookie of path can go with request (a quick pre-check)."""
        return True


# second-level domains under which a country code's registry hands out names
_REGISTRY_SLDS = frozenset((
    "co", "ac", "com", "edu", "org", "net", "gov", "mil", "int", "aero", "biz", "cat", "coop",
    "info", "jobs", "mobi", "museum", "name", "pro", "travel", "eu"))


class DefaultCookiePolicy(CookiePolicy):
    """The usual rules for Netscape and RFC 2965 cookies, with switches to be stricter and
    user lists of blocked and allowed domains."""

    DomainStrictNoDots = 1
    DomainStrictNonDomain = 2
    DomainRFC2965Match = 4
    DomainLiberal = 0
    DomainStrict = DomainStrictNoDots | DomainStrictNonDomain

    def __init__(self, blocked_domains=None, allowed_domains=None, netscape=True,
                 rfc2965=False, rfc2109_as_netscape=None, hide_cookie2=False,
                 strict_domain=False, strict_rfc2965_unverifiable=True,
                 strict_ns_unverifiable=False, strict_ns_domain=DomainLiberal,
                 strict_ns_set_initial_dollar=False, strict_ns_set_path=False,
                 secure_protocols=("https", "wss")):
        self.netscape = netscape
        self.rfc2965 = rfc2965
        self.rfc2109_as_netscape = rfc2109_as_netscape
        self.hide_cookie2 = hide_cookie2
        self.strict_domain = strict_domain
        self.strict_rfc2965_unverifiable = strict_rfc2965_unverifiable
        self.strict_ns_unverifiable = strict_ns_unverifiable
        self.strict_ns_domain = strict_ns_domain
        self.strict_ns_set_initial_dollar = strict_ns_set_initial_dollar
        self.strict_ns_set_path = strict_ns_set_path
        self.secure_protocols = secure_protocols
        self._blocked_domains = () if blocked_domains is None else tuple(blocked_domains)
        self._allowed_domains = None if allowed_domains is None else tuple(allowed_domains)

    def blocked_domains(self):
        return self._blocked_domains

    def set_blocked_domains(self, blocked_domains):
        self._blocked_domains = tuple(blocked_domains)

    def is_blocked(self, domain):
        return any(user_domain_match(domain, blocked) for blocked in self._blocked_domains)

    def allowed_domains(self):
        return self._allowed_domains

    def set_allowed_domains(self, allowed_domains):
        self._allowed_domains = None if allowed_domains is None else tuple(allowed_domains)

    def is_not_allowed(self, domain):
        if self._allowed_domains is None:
            return False
        return not any(user_domain_match(domain, allowed) for allowed in self._allowed_domains)

    # -- accepting cookies (each check may be overridden on its own) --

    def set_ok(self, cookie, request):
        assert cookie.name is not None
        return all(getattr(self, "set_ok_" + check)(cookie, request)
                   for check in ("version", "verifiability", "name", "path", "domain", "port"))

    def set_ok_version(self, cookie, request):
        if cookie.version is None:
            return False        # a Set-Cookie2 without its version
        return self._version_enabled(cookie)

    def _version_enabled(self, cookie):
        if cookie.version > 0:
            return bool(self.rfc2965)
        return not (cookie.version == 0 and not self.netscape)

    def set_ok_verifiability(self, cookie, request):
        if request.unverifiable and is_third_party(request):
            if cookie.version > 0 and self.strict_rfc2965_unverifiable:
                return False
            if cookie.version == 0 and self.strict_ns_unverifiable:
                return False
        return True

    return_ok_verifiability = set_ok_verifiability

    def set_ok_name(self, cookie, request):
        return not (cookie.version == 0 and self.strict_ns_set_initial_dollar
                    and cookie.name.startswith("$"))

    def set_ok_path(self, cookie, request):
        if cookie.path_specified and (cookie.version > 0 or (cookie.version == 0
                                                              and self.strict_ns_set_path)):
            return self.path_return_ok(cookie.path, request)
        return True

    def set_ok_domain(self, cookie, request):
        if self.is_blocked(cookie.domain) or self.is_not_allowed(cookie.domain):
            return False
        if not cookie.domain_specified:
            return True
        req_host, erhn = eff_request_host(request)
        domain = cookie.domain
        if self.strict_domain and domain.count(".") >= 2:
            # refuse '.co.uk'-like domains: a registry's second level under a country code
            last = domain.rfind(".")
            second = domain.rfind(".", 0, last)
            if (second == 0 and domain[second + 1:last].lower() in _REGISTRY_SLDS
                    and len(domain[last + 1:]) == 2):
                return False
        undotted = domain[1:] if domain.startswith(".") else domain
        if "." not in undotted and not erhn.endswith(".local"):
            return False
        if cookie.version == 0:
            host_ends = erhn.endswith(domain) or erhn.endswith(undotted + ".local")
            if (not host_ends and not erhn.startswith(".")
                    and not ("." + erhn).endswith(domain)):
                return False
        if cookie.version > 0 or self.strict_ns_domain & self.DomainRFC2965Match:
            if not domain_match(erhn, domain):
                return False
        if cookie.version > 0 or self.strict_ns_domain & self.DomainStrictNoDots:
            prefix = req_host[:-len(domain)]
            if "." in prefix and not IPV4_RE.search(req_host):
                return False
        return True

    def set_ok_port(self, cookie, request):
        if not cookie.port_specified:
            return True
        req_port = str(request_port(request) or "80")
        for port in cookie.port.split(","):
            try:
                int(port)
            except ValueError:
                return False
            if port == req_port:
                return True
        return False

    # -- returning cookies --

    def return_ok(self, cookie, request):
        return all(getattr(self, "return_ok_" + check)(cookie, request)
                   for check in ("version", "verifiability", "secure", "expires", "port",
                                 "domain"))

    def return_ok_version(self, cookie, request):
        return self._version_enabled(cookie)

    def return_ok_secure(self, cookie, request):
        return not (cookie.secure and request.type not in self.secure_protocols)

    def return_ok_expires(self, cookie, request):
        return not cookie.is_expired(self._now)

    def return_ok_port(self, cookie, request):
        if not cookie.port:
            return True
        req_port = request_port(request) or "80"
        return req_port in cookie.port.split(",")

    def return_ok_domain(self, cookie, request):
        req_host, erhn = eff_request_host(request)
        domain = cookie.domain
        dotdomain = "." + domain if domain and not domain.startswith(".") else domain
        if (cookie.version == 0 and self.strict_ns_domain & self.DomainStrictNonDomain
                and not cookie.domain_specified and domain != erhn):
            return False
        if cookie.version > 0 and not domain_match(erhn, domain):
            return False
        if cookie.version == 0 and not ("." + erhn).endswith(dotdomain):
            return False
        return True

    def domain_return_ok(self, domain, request):
        req_host, erhn = eff_request_host(request)
        req_host = req_host if req_host.startswith(".") else "." + req_host
        erhn = erhn if erhn.startswith(".") else "." + erhn
        dotdomain = "." + domain if domain and not domain.startswith(".") else domain
        if not (req_host.endswith(dotdomain) or erhn.endswith(dotdomain)):
            return False
        return not (self.is_blocked(domain) or self.is_not_allowed(domain))

    def path_return_ok(self, path, request):
        req_path = request_path(request)
        if req_path == path:
            return True
        return req_path.startswith(path) and (path.endswith("/")
                                              or req_path[len(path):len(path) + 1] == "/")


def deepvalues(mapping):
    """The leaves of nested mappings, depth first, in insertion order."""
    for value in list(mapping.values()):
        if hasattr(value, "items"):
            yield from deepvalues(value)
        else:
            yield value


class Absent:
    pass


# ---- the jar --------------------------------------------------------------------------------

class CookieJar:
    """The cookies a client holds, by domain, path and name."""

    non_word_re = re.compile(r"\W")
    quote_re = re.compile(r"([\"\\])")
    strict_domain_re = re.compile(r"\.?[^.]*")
    domain_re = re.compile(r"[^.]*")
    dots_re = re.compile(r"^\.+")
    magic_re = re.compile(r"^\#LWP-Cookies-(\d+\.\d+)", re.ASCII)

    def __init__(self, policy=None):
        self._policy = DefaultCookiePolicy() if policy is None else policy
        self._cookies_lock = threading.RLock()
        self._cookies = {}

    def set_policy(self, policy):
        self._policy = policy

    def _stamp(self):
        self._policy._now = self._now = int(time.time())

    def _cookies_for_domain(self, domain, request):
        if not self._policy.domain_return_ok(domain, request):
            return []
        found = []
        for path, by_name in self._cookies[domain].items():
            if self._policy.path_return_ok(path, request):
                found.extend(cookie for cookie in by_name.values()
                             if self._policy.return_ok(cookie, request))
        return found

    def _cookies_for_request(self, request):
        found = []
        for domain in self._cookies.keys():
            found.extend(self._cookies_for_domain(domain, request))
        return found

    def _cookie_attrs(self, cookies):
        """The words of a Cookie header for cookies, longest paths first."""
        cookies.sort(key=lambda c: len(c.path), reverse=True)
        attrs = []
        for index, cookie in enumerate(cookies):
            version = cookie.version
            if index == 0 and version > 0:
                attrs.append("$Version=%s" % version)
            value = cookie.value
            if value is not None and version > 0 and self.non_word_re.search(value):
                value = self.quote_re.sub(r"\\\1", value)
            attrs.append(cookie.name if cookie.value is None else "%s=%s" % (cookie.name, value))
            if version > 0:
                if cookie.path_specified:
                    attrs.append('$Path="%s"' % cookie.path)
                if cookie.domain.startswith("."):
                    domain = cookie.domain
                    if not cookie.domain_initial_dot:
                        domain = domain[1:]
                    attrs.append('$Domain="%s"' % domain)
                if cookie.port is not None:
                    attrs.append('$Port="%s"' % cookie.port if cookie.port_specified else "$Port")
        return attrs

    def add_cookie_header(self, request):
        """Add the Cookie header (and Cookie2 when needed) the policy allows to request."""
        with self._cookies_lock:
            self._stamp()
            cookies = self._cookies_for_request(request)
            attrs = self._cookie_attrs(cookies)
            if attrs and not request.has_header("Cookie"):
                request.add_unredirected_header("Cookie", "; ".join(attrs))
            # tell an RFC 2965 server we understand its cookies if we hold older ones
            if (self._policy.rfc2965 and not self._policy.hide_cookie2
                    and not request.has_header("Cookie2")
                    and any(cookie.version != 1 for cookie in cookies)):
                request.add_unredirected_header("Cookie2", '$Version="1"')
        self.clear_expired_cookies()

    def _normalized_cookie_tuples(self, attrs_set):
        """(name, value, standard attrs, other attrs) for each well-formed cookie of
        split header words: names lower-cased, max-age turned into expires."""
        flags = ("discard", "secure")
        valued = ("version", "expires", "max-age", "domain", "path", "port", "comment",
                  "commenturl")
        tuples = []
        for words in attrs_set:
            name, value = words[0]
            standard, rest = {}, {}
            max_age_seen = False
            for k, v in words[1:]:
                if k.lower() in valued or k.lower() in flags:
                    k = k.lower()
                if k in flags and v is None:
                    v = True
                if k in standard:
                    continue        # the first of a repeated attribute counts
                if k == "domain":
                    if v is None:
                        break
                    v = v.lower()
                if k == "expires" and (max_age_seen or v is None):
                    continue        # max-age wins; no value: a session cookie
                if k == "max-age":
                    max_age_seen = True
                    try:
                        v = self._now + int(v)
                    except ValueError:
                        break
                    k = "expires"
                if k in valued or k in flags:
                    if v is None and k not in ("port", "comment", "commenturl"):
                        break
                    standard[k] = v
                else:
                    rest[k] = v
            else:
                tuples.append((name, value, standard, rest))
        return tuples

    def _cookie_from_cookie_tuple(self, tup, request):
        name, value, standard, rest = tup
        domain = standard.get("domain", Absent)
        path = standard.get("path", Absent)
        port = standard.get("port", Absent)
        expires = standard.get("expires", Absent)
        version = standard.get("version", None)
        if version is not None:
            try:
                version = int(version)
            except ValueError:
                return None
        if path is not Absent and path != "":
            path_specified = True
            path = escape_path(path)
        else:
            # the request path up to its last '/' (Netscape: without the '/')
            path_specified = False
            path = request_path(request)
            slash = path.rfind("/")
            if slash != -1:
                path = path[:slash] if version == 0 else path[:slash + 1]
            path = path or "/"
        domain_specified = domain is not Absent
        domain_initial_dot = domain_specified and domain.startswith(".")
        if domain is Absent:
            domain = eff_request_host(request)[1]
        elif not domain.startswith("."):
            domain = "." + domain
        port_specified = False
        if port is Absent:
            port = None
        elif port is None:
            port = request_port(request)
        else:
            port_specified = True
            port = re.sub(r"\s+", "", port)
        discard = standard.get("discard", False)
        if expires is Absent:
            expires = None
            discard = True
        elif expires <= self._now:
            # an expiry in the past deletes the cookie
            try:
                self.clear(domain, path, name)
            except KeyError:
                pass
            return None
        return Cookie(version, name, value, port, port_specified, domain, domain_specified,
                      domain_initial_dot, path, path_specified, standard.get("secure", False),
                      expires, discard, standard.get("comment", None),
                      standard.get("commenturl", None), rest)

    def _cookies_from_attrs_set(self, attrs_set, request):
        cookies = []
        for tup in self._normalized_cookie_tuples(attrs_set):
            cookie = self._cookie_from_cookie_tuple(tup, request)
            if cookie:
                cookies.append(cookie)
        return cookies

    def _process_rfc2109_cookies(self, cookies):
        as_netscape = getattr(self._policy, "rfc2109_as_netscape", None)
        if as_netscape is None:
            as_netscape = not self._policy.rfc2965
        for cookie in cookies:
            if cookie.version == 1:
                cookie.rfc2109 = True
                if as_netscape:
                    cookie.version = 0

    def make_cookies(self, response, request):
        """The Cookies response sets (its Set-Cookie2 and Set-Cookie headers)."""
        headers = response.info()
        rfc2965_headers = headers.get_all("Set-Cookie2", [])
        ns_headers = headers.get_all("Set-Cookie", [])
        self._stamp()
        rfc2965, netscape = self._policy.rfc2965, self._policy.netscape
        if not ((rfc2965_headers and rfc2965) or (ns_headers and netscape)):
            return []
        try:
            cookies = self._cookies_from_attrs_set(split_header_words(rfc2965_headers), request)
        except Exception:
            _warn_unhandled_exception()
            cookies = []
        if ns_headers and netscape:
            try:
                ns_cookies = self._cookies_from_attrs_set(parse_ns_headers(ns_headers), request)
            except Exception:
                _warn_unhandled_exception()
                ns_cookies = []
            self._process_rfc2109_cookies(ns_cookies)
            if rfc2965:
                # an RFC 2965 cookie beats the Netscape one of the same domain, path, name
                taken = {(c.domain, c.path, c.name) for c in cookies}
                ns_cookies = [c for c in ns_cookies if (c.domain, c.path, c.name) not in taken]
            cookies.extend(ns_cookies)
        return cookies

    def set_cookie_if_ok(self, cookie, request):
        """Set cookie if the policy lets request's server set it."""
        with self._cookies_lock:
            self._stamp()
            if self._policy.set_ok(cookie, request):
                self.set_cookie(cookie)

    def set_cookie(self, cookie):
        """Set cookie whatever the policy says."""
        with self._cookies_lock:
            by_path = self._cookies.setdefault(cookie.domain, {})
            by_path.setdefault(cookie.path, {})[cookie.name] = cookie

    def extract_cookies(self, response, request):
        """Keep the cookies response sets that the policy accepts."""
        with self._cookies_lock:
            for cookie in self.make_cookies(response, request):
                if self._policy.set_ok(cookie, request):
                    self.set_cookie(cookie)

    def clear(self, domain=None, path=None, name=None):
        """Remove the cookie of domain, path and name; or all of domain and path; or all
        of domain; or everything. KeyError when there is no such cookie."""
        if name is not None:
            if domain is None or path is None:
                raise ValueError("domain and path must be given to remove a cookie by name")
            del self._cookies[domain][path][name]
        elif path is not None:
            if domain is None:
                raise ValueError("domain must be given to remove cookies by path")
            del self._cookies[domain][path]
        elif domain is not None:
            del self._cookies[domain]
        else:
            self._cookies = {}

    def _clear_where(self, condition):
        with self._cookies_lock:
            for cookie in self:
                if condition(cookie):
                    self.clear(cookie.domain, cookie.path, cookie.name)

    def clear_session_cookies(self):
        """Remove the cookies meant to last only for this session (discard)."""
        self._clear_where(lambda cookie: cookie.discard)

    def clear_expired_cookies(self):
        """Remove the cookies past their expiry."""
        now = time.time()
        self._clear_where(lambda cookie: cookie.is_expired(now))

    def __iter__(self):
        return deepvalues(self._cookies)

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return "<%s[%s]>" % (self.__class__.__name__, ", ".join(map(repr, self)))

    def __str__(self):
        return "<%s[%s]>" % (self.__class__.__name__, ", ".join(map(str, self)))


class LoadError(OSError):
    pass


class FileCookieJar(CookieJar):
    """A CookieJar that can be saved to and loaded from a file."""

    def __init__(self, filename=None, delayload=False, policy=None):
        CookieJar.__init__(self, policy)
        self.filename = None if filename is None else os.fspath(filename)
        self.delayload = bool(delayload)

    def _filename(self, filename):
        if filename is not None:
            return filename
        if self.filename is not None:
            return self.filename
        raise ValueError(MISSING_FILENAME_TEXT)

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Save the cookies to the file."""
        raise NotImplementedError()

    def load(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Add the cookies of the file (LoadError when it is not in this jar's format)."""
        with open(self._filename(filename)) as f:
            self._really_load(f, self._filename(filename), ignore_discard, ignore_expires)

    def revert(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Replace the cookies by the file's; unchanged when the file cannot be read."""
        filename = self._filename(filename)
        with self._cookies_lock:
            saved = copy.deepcopy(self._cookies)
            self._cookies = {}
            try:
                self.load(filename, ignore_discard, ignore_expires)
            except OSError:
                self._cookies = saved
                raise

    def _load_lines(self, f, filename, what, ignore_discard, ignore_expires):
        """Set the cookies of f's lines (subclasses' _cookies_of_line); an unexpected
        error is a LoadError naming the line (as _line_text shows it)."""
        now = time.time()
        line = ""
        try:
            for line in iter(f.readline, ""):
                for cookie in self._cookies_of_line(line):
                    if self._kept(cookie, ignore_discard, ignore_expires, now):
                        self.set_cookie(cookie)
        except OSError:
            raise
        except Exception:
            _warn_unhandled_exception()
            raise LoadError("invalid %s file %r: %r" % (what, filename, self._line_text(line)))

    def _kept(self, cookie, ignore_discard, ignore_expires, now):
        return ((ignore_discard or not cookie.discard)
                and (ignore_expires or not cookie.is_expired(now)))

    def _open_for_save(self, filename):
        # cookies are private: the file is made readable by its owner only
        fd = os.open(self._filename(filename), os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        return os.fdopen(fd, "w")


def lwp_cookie_str(cookie):
    """cookie in the words of a Set-Cookie3 line."""
    words = [(cookie.name, cookie.value), ("path", cookie.path), ("domain", cookie.domain)]
    if cookie.port is not None:
        words.append(("port", cookie.port))
    for flag, attr in (("path_spec", "path_specified"), ("port_spec", "port_specified"),
                       ("domain_dot", "domain_initial_dot"), ("secure", "secure")):
        if getattr(cookie, attr):
            words.append((flag, None))
    if cookie.expires:
        words.append(("expires", time2isoz(float(cookie.expires))))
    if cookie.discard:
        words.append(("discard", None))
    if cookie.comment:
        words.append(("comment", cookie.comment))
    if cookie.comment_url:
        words.append(("commenturl", cookie.comment_url))
    for key in sorted(cookie._rest):
        words.append((key, str(cookie._rest[key])))
    words.append(("version", str(cookie.version)))
    return join_header_words([words])


class LWPCookieJar(FileCookieJar):
    """Cookies in libwww-perl's Set-Cookie3 format, which keeps every attribute."""

    def as_lwp_str(self, ignore_discard=True, ignore_expires=True):
        """The Set-Cookie3 lines of the cookies (no magic line)."""
        now = time.time()
        lines = ["Set-Cookie3: %s" % lwp_cookie_str(cookie) for cookie in self
                 if self._kept(cookie, ignore_discard, ignore_expires, now)]
        return "\n".join(lines + [""])

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        with self._open_for_save(filename) as f:
            f.write("#LWP-Cookies-2.0\n")
            f.write(self.as_lwp_str(ignore_discard, ignore_expires))

    _header = "Set-Cookie3:"

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        if not self.magic_re.search(f.readline()):
            raise LoadError("%r does not look like a Set-Cookie3 (LWP) format file" % filename)
        self._load_lines(f, filename, "Set-Cookie3 format", ignore_discard, ignore_expires)

    def _line_text(self, line):
        return line[len(self._header):].strip() if line.startswith(self._header) else line

    def _cookies_of_line(self, line):
        if not line.startswith(self._header):
            return []
        flags = ("port_spec", "path_spec", "domain_dot", "secure", "discard")
        valued = ("version", "port", "path", "domain", "expires", "comment", "commenturl")
        cookies = []
        for words in split_header_words([self._line_text(line)]):
            name, value = words[0]
            standard = dict.fromkeys(flags, False)
            rest = {}
            for k, v in words[1:]:
                if k is not None and (k.lower() in valued or k.lower() in flags):
                    k = k.lower()
                if k in flags:
                    standard[k] = True if v is None else v
                elif k in valued:
                    standard[k] = v
                else:
                    rest[k] = v
            get = standard.get
            expires, discard = get("expires"), get("discard")
            if expires is not None:
                expires = iso2time(expires)
            if expires is None:
                discard = True
            domain = get("domain")
            cookies.append(Cookie(get("version"), name, value, get("port"), get("port_spec"),
                                  domain, domain.startswith("."), get("domain_dot"),
                                  get("path"), get("path_spec"), get("secure"), expires,
                                  discard, get("comment"), get("commenturl"), rest))
        return cookies


class MozillaCookieJar(FileCookieJar):
    """Cookies in Netscape's cookies.txt format (what curl and old browsers use): one
    line per cookie, tab-separated domain, domain flag, path, secure, expiry, name and
    value. Only Netscape (version 0) cookies fit in it."""

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        if not NETSCAPE_MAGIC_RGX.match(f.readline()):
            raise LoadError("%r does not look like a Netscape format cookies file" % filename)
        self._load_lines(f, filename, "Netscape format cookies", ignore_discard, ignore_expires)

    def _line_text(self, line):
        if line.startswith(HTTPONLY_PREFIX):
            line = line[len(HTTPONLY_PREFIX):]
        return line[:-1] if line.endswith("\n") else line

    def _cookies_of_line(self, line):
        rest = {HTTPONLY_ATTR: ""} if line.startswith(HTTPONLY_PREFIX) else {}
        line = self._line_text(line)
        if line.strip().startswith(("#", "$")) or line.strip() == "":
            return []
        domain, domain_specified, path, secure, expires, name, value = line.split("\t")
        domain_specified = domain_specified == "TRUE"
        if name == "":
            # a cookie without a value is written with an empty name
            name, value = value, None
        initial_dot = domain.startswith(".")
        assert domain_specified == initial_dot
        discard = expires == ""
        return [Cookie(0, name, value, None, False, domain, domain_specified, initial_dot, path,
                       False, secure == "TRUE", None if discard else expires, discard, None,
                       None, rest)]

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        with self._open_for_save(filename) as f:
            f.write(NETSCAPE_HEADER_TEXT)
            now = time.time()
            for cookie in self:
                if not self._kept(cookie, ignore_discard, ignore_expires, now):
                    continue
                domain = cookie.domain
                if cookie.has_nonstandard_attr(HTTPONLY_ATTR):
                    domain = HTTPONLY_PREFIX + domain
                if cookie.value is None:
                    name, value = "", cookie.name
                else:
                    name, value = cookie.name, cookie.value
                fields = [domain, "TRUE" if cookie.domain.startswith(".") else "FALSE",
                          cookie.path, "TRUE" if cookie.secure else "FALSE",
                          "" if cookie.expires is None else str(cookie.expires), name, value]
                f.write("\t".join(fields) + "\n")
