"""HTTP cookie storage: the client side of Netscape and RFC 2965 cookies.

A CookieJar collects the cookies servers set in their responses and sends
the matching ones back with later requests; a CookiePolicy decides which
cookies are accepted and returned.  FileCookieJar subclasses keep them in
the Mozilla cookies.txt and libwww-perl Set-Cookie3 file formats.
"""

__all__ = ['Cookie', 'CookieJar', 'CookiePolicy', 'DefaultCookiePolicy',
           'FileCookieJar', 'LWPCookieJar', 'LoadError', 'MozillaCookieJar']

import calendar
import copy
import datetime
import os
import re
import time
import urllib.parse

try:
    import threading as _threading
except ImportError:  # pragma: no cover - a build without threads
    _threading = None

DEFAULT_HTTP_PORT = "80"
MISSING_FILENAME_TEXT = ("a filename was not supplied (nor was the CookieJar "
                         "instance initialised with one)")
NETSCAPE_HEADER_TEXT = (
    "# Netscape HTTP Cookie File\n"
    "# http://curl.haxx.se/rfc/cookie_spec.html\n"
    "# This is a generated file!  Do not edit.\n\n")
HTTPONLY_ATTR = "HTTPOnly"
HTTPONLY_PREFIX = "#HttpOnly_"
EPOCH_YEAR = 1970
_WEEKDAY_NAMES = "Mon Tue Wed Thu Fri Sat Sun".split()
_MONTH_NAMES = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_MONTH_NUMBER = {name.lower(): n for n, name in enumerate(_MONTH_NAMES, 1)}
UTC_ZONES = {"GMT": None, "UTC": None, "UT": None, "Z": None}


class LoadError(OSError):
    pass


# ---------------------------------------------------------------- dates

def timegm(tt):
    """Seconds since the epoch for a UTC (year, month, day, h, m, s) tuple."""
    return calendar.timegm(tt)


def _utc_datetime(t):
    if t is None:
        return datetime.datetime.now(datetime.timezone.utc)
    return datetime.datetime.utcfromtimestamp(t)


def time2isoz(t=None):
    d = _utc_datetime(t)
    return "%04d-%02d-%02d %02d:%02d:%02dZ" % (
        d.year, d.month, d.day, d.hour, d.minute, d.second)


def time2netscape(t=None):
    d = _utc_datetime(t)
    return "%s, %02d-%s-%04d %02d:%02d:%02d GMT" % (
        _WEEKDAY_NAMES[d.weekday()], d.day, _MONTH_NAMES[d.month - 1], d.year,
        d.hour, d.minute, d.second)


TIMEZONE_RE = re.compile(r"^([-+])?(\d\d?):?(\d\d)?$", re.ASCII)


def offset_from_tz_string(tz):
    """Seconds east of UTC for a zone name or [+-]hh[mm]; None if unknown."""
    if tz in UTC_ZONES:
        return 0
    m = TIMEZONE_RE.search(tz)
    if m is None:
        return None
    seconds = 3600 * int(m.group(2))
    if m.group(3):
        seconds += 60 * int(m.group(3))
    if m.group(1) == "-":
        seconds = -seconds
    return seconds


def _full_year(year):
    # Two- and three-digit years name the year closest to now.
    if year >= 1000:
        return year
    this_year = time.localtime(time.time())[0]
    year += this_year - this_year % 100
    if year - this_year > 50:
        year -= 100
    elif year - this_year < -50:
        year += 100
    return year


def _fields_to_time(day, month, year, hour, minute, second, zone):
    """Epoch seconds for textual date fields, or None if they make no date."""
    if month.lower() in _MONTH_NUMBER:
        month = _MONTH_NUMBER[month.lower()]
    elif month.isdigit() and 1 <= int(month) <= 12:
        month = int(month)
    else:
        return None
    day = int(day)
    hour = int(hour) if hour else 0
    minute = int(minute) if minute else 0
    second = int(second) if second else 0
    year = _full_year(int(year))
    if not (year >= EPOCH_YEAR and 1 <= day <= 31 and
            0 <= hour <= 24 and 0 <= minute <= 59 and 0 <= second <= 61):
        return None
    try:
        t = timegm((year, month, day, hour, minute, second))
    except (ValueError, OverflowError):
        return None
    if zone is None:
        zone = "UTC"
    offset = offset_from_tz_string(zone.upper())
    if offset is None:
        return None
    return t - offset


# The exact RFC 1123 form servers should send: Wed, 09 Feb 1994 22:23:32 GMT
_RFC1123_DATE = re.compile(
    r"[SMTWF][a-z]{2}, ([0-9]{2}) ([JFMASOND][a-z]{2}) ([0-9]{4}) "
    r"([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT\Z", re.ASCII)
_LEADING_WEEKDAY = re.compile(
    r"\A(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s*", re.I | re.ASCII)
_LOOSE_DATE = re.compile(
    r"""^
    (\d\d?)                 # day
    (?:\s+|[-/])
    (\w+)                   # month name
    (?:\s+|[-/])
    (\d+)                   # year
    (?:
      (?:\s+|:)             # time, separated by blanks or a colon
      (\d\d?):(\d\d)        # hh:mm
      (?::(\d\d))?          # :ss
    )?
    \s*
    ([-+]?\d{2,4}|(?![APap][Mm]\b)[A-Za-z]+)?   # zone
    \s*
    (?:\(\w+\))?            # a zone name in parentheses is ignored
    \s*$""", re.X | re.ASCII)


def http2time(text):
    """Epoch seconds for the date formats HTTP servers send; None if none."""
    exact = _RFC1123_DATE.match(text)
    if exact is not None:
        day, month, year, hour, minute, second = exact.groups()
        # the common case, kept cheap; CPython returns a float here
        return float(timegm((int(year), _MONTH_NUMBER[month.lower()],
                             int(day), int(hour), int(minute), int(second))))
    text = _LEADING_WEEKDAY.sub("", text.lstrip(), 1)
    loose = _LOOSE_DATE.search(text)
    return None if loose is None else _fields_to_time(*loose.groups())


_ISO_DATE = re.compile(
    r"""^
    (\d{4})                 # year
    [-/]?
    (\d\d?)                 # month
    [-/]?
    (\d\d?)                 # day
    (?:
      (?:\s+|[-:Tt])
      (\d\d?):?(\d\d)       # hh[:]mm
      (?::?(\d\d(?:\.\d*)?))?   # [:ss[.fraction]]
    )?
    \s*
    ([-+]?\d\d?:?(:?\d\d)?|Z|z)?   # zone
    \s*$""", re.X | re.ASCII)


def iso2time(text):
    """Epoch seconds for an ISO 8601 style date; None if it is not one."""
    found = _ISO_DATE.search(text.strip())
    if found is None:
        return None
    year, month, day, hour, minute, second, zone, _ = found.groups()
    return _fields_to_time(day, month, year, hour, minute, second, zone)


# ------------------------------------------------------- header syntax

_ATTR_NAME = re.compile(r"\s*([^=\s;,]+)")
_QUOTED_VALUE = re.compile(r'\s*=\s*"((?:[^"\\]|\\.)*)"')
_BARE_VALUE = re.compile(r"\s*=\s*([^\s;,]*)")
_BACKSLASHED = re.compile(r"\\(.)")
_NEEDS_BACKSLASH = re.compile(r'([\\"])')
_FILLER = re.compile(r"[=\s;]*")


def _next_attr(text):
    """(name, value, rest of text) for the attribute text starts with."""
    found = _ATTR_NAME.match(text)
    name, text = found.group(1), text[found.end():]
    quoted = _QUOTED_VALUE.match(text)
    if quoted is not None:
        return name, _BACKSLASHED.sub(r"\1", quoted.group(1)), \
            text[quoted.end():]
    bare = _BARE_VALUE.match(text)
    if bare is not None:
        return name, bare.group(1), text[bare.end():]
    return name, None, text


def split_header_words(header_values):
    """Parse RFC 2965 style headers into lists of (name, value) pairs."""
    cookies = []
    for text in header_values:
        current = []
        while text:
            if _ATTR_NAME.match(text):
                name, value, text = _next_attr(text)
                current.append((name, value))
                continue
            text = text.lstrip()
            if text.startswith(","):
                # a comma closes one cookie and opens the next
                text = text[1:]
                if current:
                    cookies.append(current)
                current = []
            else:
                text = _FILLER.sub("", text, 1)
        if current:
            cookies.append(current)
    return cookies


def _quote_if_needed(value):
    if re.fullmatch(r"\w+", value):
        return value
    return '"' + _NEEDS_BACKSLASH.sub(r"\\\1", value) + '"'


def join_header_words(lists):
    """The inverse of split_header_words: quote values that need it."""
    cookies = []
    for pairs in lists:
        parts = [name if value is None
                 else "%s=%s" % (name, _quote_if_needed(value))
                 for name, value in pairs]
        if parts:
            cookies.append("; ".join(parts))
    return ", ".join(cookies)


def strip_quotes(text):
    # each end independently, as CPython does
    start = 1 if text[:1] == '"' else 0
    end = -1 if text[start:].endswith('"') else None
    return text[start:end]


_NS_KNOWN_ATTRS = ("expires", "domain", "path", "secure",
                   "version", "port", "max-age")


def parse_ns_headers(ns_headers):
    """Parse Netscape Set-Cookie headers into lists of (name, value) pairs.

    Attributes are split on ';' only (expires dates contain commas); known
    attribute names are lower-cased and every cookie gets a version.
    """
    result = []
    for header in ns_headers:
        pairs = []
        has_version = False
        for index, param in enumerate(header.split(";")):
            param = param.strip()
            name, sep, value = param.partition("=")
            name = name.strip()
            value = value.strip() if sep else None
            if index == 0:
                if not name:
                    break
            else:
                if not name:
                    continue  # nothing, or a value without a name
                if name.lower() in _NS_KNOWN_ATTRS:
                    name = name.lower()
                if name == "version":
                    if value is not None:
                        value = strip_quotes(value)
                    has_version = True
                elif name == "expires":
                    if value is not None:
                        value = http2time(strip_quotes(value))
            pairs.append((name, value))
        if pairs:
            # Netscape cookies are version 0 unless they say otherwise
            result.append(pairs if has_version else pairs + [("version", "0")])
    return result


# ------------------------------------------------- hosts and domains

IPV4_RE = re.compile(r"\.\d+$", re.ASCII)


def is_HDN(text):
    """True for a host domain name (not an IP address, no edge dots)."""
    return (text != "" and IPV4_RE.search(text) is None and
            text[0] != "." and text[-1] != ".")


def domain_match(A, B):
    """RFC 2965 domain matching (both arguments lower-cased first)."""
    host, domain = A.lower(), B.lower()
    if host == domain:
        return True
    # CPython looks for the domain anywhere after the host's first
    # character, not only at its end; so do we.
    return (is_HDN(host) and domain.startswith(".") and
            host.rfind(domain) > 0 and is_HDN(domain[1:]))


def liberal_is_HDN(text):
    return not IPV4_RE.search(text)


def user_domain_match(A, B):
    """Domain matching for user-supplied block and allow lists."""
    host, pattern = A.lower(), B.lower()
    if pattern.startswith(".") and liberal_is_HDN(host) and \
            liberal_is_HDN(pattern):
        return host.endswith(pattern)
    # IP addresses and undotted names only match themselves
    return host == pattern


cut_port_re = re.compile(r":\d+$", re.ASCII)


def request_host(request):
    """The request's host name, lower-cased and without a port."""
    host = urllib.parse.urlparse(request.get_full_url())[1]
    if host == "":
        host = request.get_header("Host", "")
    return cut_port_re.sub("", host, 1).lower()


def eff_request_host(request):
    """(host, effective host): dotless host names get '.local' appended."""
    host = request_host(request)
    if "." not in host and not IPV4_RE.search(host):
        return host, host + ".local"
    return host, host


def request_path(request):
    """The escaped path of the request URL, always starting with '/'."""
    path = escape_path(urllib.parse.urlsplit(request.get_full_url()).path)
    if not path.startswith("/"):
        path = "/" + path
    return path


def request_port(request):
    """The port as text: the default port when none is given, None if bad."""
    pieces = request.host.split(":", 1)
    if len(pieces) == 1:
        return DEFAULT_HTTP_PORT
    port = pieces[1]
    return port if re.fullmatch(r"\s*[-+]?\d+\s*", port) else None


# Characters left alone when a path is escaped (RFC 2396's path characters).
_PATH_SAFE = "%/;:@&=+$,!~*'()"
_PERCENT_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")


def escape_path(path):
    """Quote a URL path for comparisons, with upper-case hex escapes."""
    return _PERCENT_ESCAPE.sub(lambda m: m.group().upper(),
                               urllib.parse.quote(path, _PATH_SAFE))


def reach(h):
    """The domain that host h reaches, as RFC 2965 defines it."""
    dot = h.find(".")
    if dot >= 0:
        parent = h[dot + 1:]
        if is_HDN(h) and ("." in parent or parent == "local"):
            return "." + parent
    return h


def is_third_party(request):
    """True when the request host is outside the origin host's reach."""
    host = request_host(request)
    return not domain_match(host, reach(request.origin_req_host))


# --------------------------------------------------------------- cookies

# The constructor's arguments, in repr order (rest and rfc2109 follow).
_COOKIE_FIELDS = """version name value port port_specified domain
    domain_specified domain_initial_dot path path_specified secure expires
    discard comment comment_url""".split()


class Cookie:
    """One HTTP cookie; rest holds the attributes without a field here."""

    def __init__(self, version, name, value, port, port_specified,
                 domain, domain_specified, domain_initial_dot,
                 path, path_specified, secure, expires, discard,
                 comment, comment_url, rest, rfc2109=False):
        if port_specified is True and port is None:
            raise ValueError("if port is None, port_specified must be false")
        # version and expires arrive as text from cookie files
        self.version = None if version is None else int(version)
        self.expires = None if expires is None else int(float(expires))
        self.name, self.value = name, value
        self.port, self.port_specified = port, port_specified
        self.domain = domain.lower()
        self.domain_specified = domain_specified
        self.domain_initial_dot = domain_initial_dot
        self.path, self.path_specified = path, path_specified
        self.secure, self.discard = secure, discard
        self.comment, self.comment_url = comment, comment_url
        self.rfc2109 = rfc2109
        self._rest = dict(rest)

    # "nonstandard" attributes: the ones without a field (HttpOnly, ...)
    def has_nonstandard_attr(self, name):
        return name in self._rest

    def get_nonstandard_attr(self, name, default=None):
        if name in self._rest:
            return self._rest[name]
        return default

    def set_nonstandard_attr(self, name, value):
        self._rest.update({name: value})

    def is_expired(self, now=None):
        if self.expires is None:
            return False
        return self.expires <= (time.time() if now is None else now)

    def __str__(self):
        where = self.domain + ("" if self.port is None else ":" + self.port)
        if self.value is None:
            text = self.name
        else:
            text = "%s=%s" % (self.name, self.value)
        return "<Cookie %s for %s>" % (text, where + self.path)

    def __repr__(self):
        shown = {attr: getattr(self, attr) for attr in _COOKIE_FIELDS}
        shown["rest"] = self._rest
        shown["rfc2109"] = self.rfc2109
        return "%s(%s)" % (type(self).__name__, ", ".join(
            "%s=%r" % item for item in shown.items()))


def _port_or_default(request):
    # an unparsable port counts as the default one
    return request_port(request) or DEFAULT_HTTP_PORT


def _dotted(domain):
    # "" stays "": CPython lets the empty domain match every host
    return domain if domain == "" or domain[0] == "." else "." + domain


class CookiePolicy:
    """The interface a CookieJar asks whether to accept and return cookies."""

    def set_ok(self, cookie, request):
        raise NotImplementedError()

    def return_ok(self, cookie, request):
        raise NotImplementedError()

    def domain_return_ok(self, domain, request):
        return True

    def path_return_ok(self, path, request):
        return True


# Two-letter second-level labels that are commonly registries, not sites.
_REGISTRY_SLDS = ("co", "ac", "com", "edu", "org", "net", "gov", "mil",
                  "int", "aero", "biz", "cat", "coop", "info", "jobs",
                  "mobi", "museum", "name", "pro", "travel", "eu")


class DefaultCookiePolicy(CookiePolicy):
    """The standard rules of RFC 2965 and the Netscape cookie protocol."""

    # bits of strict_ns_domain
    DomainLiberal = 0
    DomainStrictNoDots = 1
    DomainStrictNonDomain = 2
    DomainStrict = 3
    DomainRFC2965Match = 4

    def __init__(self, blocked_domains=None, allowed_domains=None,
                 netscape=True, rfc2965=False, rfc2109_as_netscape=None,
                 hide_cookie2=False, strict_domain=False,
                 strict_rfc2965_unverifiable=True,
                 strict_ns_unverifiable=False,
                 strict_ns_domain=DomainLiberal,
                 strict_ns_set_initial_dollar=False,
                 strict_ns_set_path=False,
                 secure_protocols=("https", "wss")):
        # protocols switched on
        self.netscape, self.rfc2965 = netscape, rfc2965
        self.rfc2109_as_netscape = rfc2109_as_netscape
        self.hide_cookie2 = hide_cookie2
        # strictness switches
        self.strict_domain = strict_domain
        self.strict_rfc2965_unverifiable, self.strict_ns_unverifiable = (
            strict_rfc2965_unverifiable, strict_ns_unverifiable)
        self.strict_ns_domain = strict_ns_domain
        self.strict_ns_set_initial_dollar, self.strict_ns_set_path = (
            strict_ns_set_initial_dollar, strict_ns_set_path)
        self.secure_protocols = secure_protocols
        self._blocked_domains = tuple(blocked_domains or ())
        self.set_allowed_domains(allowed_domains)

    def blocked_domains(self):
        return self._blocked_domains

    def set_blocked_domains(self, blocked_domains):
        self._blocked_domains = tuple(blocked_domains)

    def is_blocked(self, domain):
        return any(user_domain_match(domain, blocked)
                   for blocked in self._blocked_domains)

    def allowed_domains(self):
        return self._allowed_domains

    def set_allowed_domains(self, allowed_domains):
        self._allowed_domains = (None if allowed_domains is None
                                 else tuple(allowed_domains))

    def is_not_allowed(self, domain):
        allowed = self._allowed_domains
        return allowed is not None and not any(
            user_domain_match(domain, entry) for entry in allowed)

    # -- accepting cookies from a response

    def set_ok(self, cookie, request):
        assert cookie.name is not None
        return all(check(cookie, request) for check in (
            self.set_ok_version, self.set_ok_verifiability,
            self.set_ok_name, self.set_ok_path, self.set_ok_domain,
            self.set_ok_port))

    def set_ok_version(self, cookie, request):
        if cookie.version is None:
            return False
        if cookie.version > 0:
            return bool(self.rfc2965)
        return bool(self.netscape)

    def _verifiable(self, cookie, request):
        if not request.unverifiable or not is_third_party(request):
            return True
        if cookie.version > 0:
            return not self.strict_rfc2965_unverifiable
        return not self.strict_ns_unverifiable

    set_ok_verifiability = _verifiable

    def set_ok_name(self, cookie, request):
        # A Netscape cookie named like an RFC 2965 attribute is suspicious.
        return not (cookie.version == 0 and
                    self.strict_ns_set_initial_dollar and
                    cookie.name.startswith("$"))

    def set_ok_path(self, cookie, request):
        if not cookie.path_specified:
            return True
        if cookie.version == 0 and not self.strict_ns_set_path:
            return True
        # the request must lie under the path the cookie claims
        return self.path_return_ok(cookie.path, request)

    def set_ok_domain(self, cookie, request):
        if self.is_blocked(cookie.domain) or self.is_not_allowed(cookie.domain):
            return False
        if not cookie.domain_specified:
            return True
        req_host, erhn = eff_request_host(request)
        domain = cookie.domain
        bare = domain[1:] if domain.startswith(".") else domain
        if self.strict_domain and domain.startswith(".") and \
                bare.count(".") == 1:
            sld, tld = bare.split(".")
            if sld.lower() in _REGISTRY_SLDS and len(tld) == 2:
                # e.g. ".co.uk": a registry, not a site
                return False
        if "." not in bare and not erhn.endswith(".local"):
            # ".com" and friends: no embedded dot, no real domain (names
            # on the local network are the exception)
            return False
        if cookie.version == 0:
            # "foo" on the local network stands for "foo.local"
            if not (erhn.endswith(domain) or
                    (not erhn.startswith(".") and
                     ("." + erhn).endswith(domain)) or
                    erhn.endswith(bare + ".local")):
                return False
        if cookie.version > 0 or (
                self.strict_ns_domain & self.DomainRFC2965Match):
            if not domain_match(erhn, domain):
                return False
        if cookie.version > 0 or (
                self.strict_ns_domain & self.DomainStrictNoDots):
            host_prefix = req_host[:-len(domain)]
            if "." in host_prefix and not IPV4_RE.search(req_host):
                return False
        return True

    def set_ok_port(self, cookie, request):
        if not cookie.port_specified:
            return True
        req_port = _port_or_default(request)
        for port in cookie.port.split(","):
            try:
                int(port)
            except ValueError:
                return False
            if port == req_port:
                return True
        return False

    # -- returning cookies with a request

    def return_ok(self, cookie, request):
        return all(check(cookie, request) for check in (
            self.return_ok_version, self.return_ok_verifiability,
            self.return_ok_secure, self.return_ok_expires,
            self.return_ok_port, self.return_ok_domain))

    def return_ok_version(self, cookie, request):
        if cookie.version > 0:
            return bool(self.rfc2965)
        return bool(self.netscape)

    return_ok_verifiability = _verifiable

    def return_ok_secure(self, cookie, request):
        return not (cookie.secure and
                    request.type not in self.secure_protocols)

    def return_ok_expires(self, cookie, request):
        return not cookie.is_expired(self._now)

    def return_ok_port(self, cookie, request):
        if not cookie.port:
            return True
        req_port = _port_or_default(request)
        return req_port in cookie.port.split(",")

    def return_ok_domain(self, cookie, request):
        erhn = eff_request_host(request)[1]
        if cookie.version > 0:
            return domain_match(erhn, cookie.domain)
        if (self.strict_ns_domain & self.DomainStrictNonDomain and
                not cookie.domain_specified and cookie.domain != erhn):
            return False  # a host-only cookie goes to its host alone
        return ("." + erhn).endswith(_dotted(cookie.domain))

    def domain_return_ok(self, domain, request):
        host, erhn = eff_request_host(request)
        suffix = _dotted(domain)
        if not any((name if name.startswith(".") else "." + name)
                   .endswith(suffix) for name in (host, erhn)):
            return False
        return not (self.is_blocked(domain) or self.is_not_allowed(domain))

    def path_return_ok(self, path, request):
        req_path = request_path(request)
        if path == req_path:
            return True
        return (req_path.startswith(path) and
                (path.endswith("/") or req_path[len(path)] == "/"))


def deepvalues(mapping):
    """Leaf values of nested dicts, depth first in insertion order."""
    # a snapshot of each level: callers may clear cookies as they go
    for value in list(mapping.values()):
        if isinstance(value, dict):
            yield from deepvalues(value)
        else:
            yield value


class Absent:
    pass


def _report_bug():
    # A header that trips the parser costs its cookies, not the caller.
    import traceback
    import warnings
    warnings.warn("http.cookiejar bug!\n%s" % traceback.format_exc(),
                  stacklevel=3)


# Attributes whose value is a flag: present means true.
_FLAG_ATTRS = ("discard", "secure")
_VALUE_ATTRS = ("version", "expires", "max-age", "domain", "path", "port",
                "comment", "commenturl")


class CookieJar:
    """Holds cookies: domain -> path -> name -> Cookie."""

    def __init__(self, policy=None):
        self._policy = DefaultCookiePolicy() if policy is None else policy
        self._cookies = {}
        # guards _cookies: one jar may serve several opener threads
        self._cookies_lock = _threading.RLock()

    def set_policy(self, policy):
        self._policy = policy

    # -- sending

    def _matching_cookies(self, request):
        found = []
        policy = self._policy
        for domain, paths in self._cookies.items():
            if not policy.domain_return_ok(domain, request):
                continue
            for path, named in paths.items():
                if not policy.path_return_ok(path, request):
                    continue
                for cookie in named.values():
                    if policy.return_ok(cookie, request):
                        found.append(cookie)
        return found

    def _header_attrs(self, cookies):
        # Longest paths first, as RFC 2965 asks.
        cookies = sorted(cookies, key=lambda c: len(c.path), reverse=True)
        attrs = []
        # CPython looks at the first cookie alone to decide on $Version
        if cookies and cookies[0].version > 0:
            attrs.append("$Version=%s" % cookies[0].version)
        for cookie in cookies:
            value = cookie.value
            if (value is not None and cookie.version > 0 and
                    re.search(r"\W", value)):
                # escaped but, as CPython does it, not put in quotes
                value = _NEEDS_BACKSLASH.sub(r"\\\1", value)
            if value is None:
                attrs.append(cookie.name)
            else:
                attrs.append("%s=%s" % (cookie.name, value))
            if cookie.version > 0:
                if cookie.path_specified:
                    attrs.append('$Path="%s"' % cookie.path)
                if cookie.domain.startswith("."):
                    # the dot we added to a bare domain is not sent back
                    shown = cookie.domain
                    if not cookie.domain_initial_dot:
                        shown = shown[1:]
                    attrs.append('$Domain="%s"' % shown)
                if cookie.port is not None:
                    if cookie.port_specified:
                        attrs.append('$Port="%s"' % cookie.port)
                    else:
                        attrs.append("$Port")
        return attrs

    def add_cookie_header(self, request):
        with self._cookies_lock:
            self._policy._now = self._now = int(time.time())
            cookies = self._matching_cookies(request)
            attrs = self._header_attrs(cookies)
            if attrs and not request.has_header("Cookie"):
                request.add_unredirected_header("Cookie", "; ".join(attrs))
            policy = self._policy
            if (policy.rfc2965 and not policy.hide_cookie2 and
                    not request.has_header("Cookie2")):
                if any(cookie.version != 1 for cookie in cookies):
                    request.add_unredirected_header("Cookie2", '$Version="1"')
            self.clear_expired_cookies()

    # -- receiving

    def _normalize_pairs(self, attrs_set):
        """Turn parsed header pairs into (name, value, standard, rest)."""
        result = []
        for pairs in attrs_set:
            name, value = pairs[0]
            standard = {}
            rest = {}
            has_max_age = False
            skip = False
            for key, val in pairs[1:]:
                lowered = key.lower()
                if lowered in _VALUE_ATTRS or lowered in _FLAG_ATTRS:
                    key = lowered
                if key in _FLAG_ATTRS and val is None:
                    val = True
                if key in standard:
                    continue  # the first occurrence wins
                if key == "domain":
                    if val is None:
                        skip = True
                        break
                    val = val.lower()
                if key == "expires":
                    if has_max_age:
                        continue  # max-age overrides expires
                    if val is None:
                        continue  # an unparsable date: a session cookie
                if key == "max-age":
                    has_max_age = True
                    try:
                        val = int(val)
                    except ValueError:
                        skip = True
                        break
                    key = "expires"
                    val = self._now + val
                if key in _VALUE_ATTRS or key in _FLAG_ATTRS:
                    if val is None and key not in ("port", "comment",
                                                   "commenturl"):
                        skip = True
                        break
                    standard[key] = val
                else:
                    rest[key] = val
            if not skip:
                result.append((name, value, standard, rest))
        return result

    def _default_path(self, request, version):
        # the request's directory: RFC 2965 keeps its trailing slash,
        # Netscape cookies drop it
        where = request_path(request)
        cut = where.rfind("/")
        if cut != -1:
            where = where[:cut] if version == 0 else where[:cut + 1]
        return where or "/"

    def _cookie_from_parts(self, parts, request):
        name, value, std, rest = parts
        version = std.get("version")
        if version is not None:
            try:
                version = int(version)
            except ValueError:
                return None

        if std.get("path"):
            path, path_specified = escape_path(std["path"]), True
        else:
            path, path_specified = self._default_path(request, version), False

        if "domain" in std:
            given = std["domain"]
            domain_specified, domain_initial_dot = True, given.startswith(".")
            domain = given if domain_initial_dot else "." + given
        else:
            domain_specified = domain_initial_dot = False
            domain = eff_request_host(request)[1]

        port, port_specified = None, False
        if "port" in std:
            if std["port"] is None:
                # a bare Port attribute means the port of this request
                port = request_port(request)
            else:
                port, port_specified = re.sub(r"\s+", "", std["port"]), True

        discard = std.get("discard", False)
        expires = std.get("expires")
        if expires is None:
            discard = True
        elif expires <= self._now:
            # an expiry in the past deletes the cookie
            self._forget(domain, path, name)
            return None

        return Cookie(version, name, value, port, port_specified,
                      domain, domain_specified, domain_initial_dot,
                      path, path_specified, std.get("secure", False),
                      expires, discard, std.get("comment"),
                      std.get("commenturl"), rest)

    def _forget(self, domain, path, name):
        named = self._cookies.get(domain, {}).get(path, {})
        named.pop(name, None)

    def _cookies_from(self, attrs_set, request):
        cookies = []
        for parts in self._normalize_pairs(attrs_set):
            cookie = self._cookie_from_parts(parts, request)
            if cookie is not None:
                cookies.append(cookie)
        return cookies

    def _mark_rfc2109(self, cookies):
        # a plain CookiePolicy subclass need not have this switch
        as_netscape = getattr(self._policy, "rfc2109_as_netscape", None)
        if as_netscape is None:
            as_netscape = not self._policy.rfc2965
        for cookie in cookies:
            if cookie.version == 1:
                cookie.rfc2109 = True
                if as_netscape:
                    cookie.version = 0

    def make_cookies(self, response, request):
        headers = response.info()
        headers2 = headers.get_all("Set-Cookie2", [])
        headers1 = headers.get_all("Set-Cookie", [])
        self._policy._now = self._now = int(time.time())
        want2 = self._policy.rfc2965
        want1 = self._policy.netscape
        if (not (want1 or want2) or
                not headers1 and not (want2 and headers2) or
                not headers2 and not (want1 and headers1)):
            return []
        try:
            cookies = self._cookies_from(split_header_words(headers2),
                                         request)
        except Exception:
            _report_bug()
            cookies = []
        if headers1 and want1:
            try:
                ns_cookies = self._cookies_from(parse_ns_headers(headers1),
                                                request)
            except Exception:
                _report_bug()
                ns_cookies = []
            self._mark_rfc2109(ns_cookies)
            if want2:
                # an RFC 2965 cookie beats a Netscape one of the same key
                taken = {(c.domain, c.path, c.name) for c in cookies}
                ns_cookies = [c for c in ns_cookies
                              if (c.domain, c.path, c.name) not in taken]
            cookies.extend(ns_cookies)
        return cookies

    def set_cookie_if_ok(self, cookie, request):
        with self._cookies_lock:
            self._policy._now = self._now = int(time.time())
            if self._policy.set_ok(cookie, request):
                self.set_cookie(cookie)

    def set_cookie(self, cookie):
        with self._cookies_lock:
            by_path = self._cookies.setdefault(cookie.domain, {})
            by_path.setdefault(cookie.path, {})[cookie.name] = cookie

    def extract_cookies(self, response, request):
        with self._cookies_lock:
            self._policy._now = self._now = int(time.time())
            for cookie in self.make_cookies(response, request):
                if self._policy.set_ok(cookie, request):
                    self.set_cookie(cookie)

    # -- removing

    def clear(self, domain=None, path=None, name=None):
        if name is not None and None in (domain, path):
            raise ValueError(
                "domain and path must be given to remove a cookie by name")
        if path is not None and domain is None:
            raise ValueError("domain must be given to remove cookies by path")
        if domain is None:
            self._cookies = {}
        elif path is None:
            del self._cookies[domain]
        elif name is None:
            del self._cookies[domain][path]
        else:
            del self._cookies[domain][path][name]

    def _clear_where(self, doomed):
        with self._cookies_lock:
            for cookie in list(self):
                if doomed(cookie):
                    self.clear(cookie.domain, cookie.path, cookie.name)

    def clear_session_cookies(self):
        self._clear_where(lambda cookie: cookie.discard)

    def clear_expired_cookies(self):
        now = time.time()
        self._clear_where(lambda cookie: cookie.is_expired(now))

    def __iter__(self):
        return deepvalues(self._cookies)

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return "<%s[%s]>" % (self.__class__.__name__,
                             ", ".join(repr(c) for c in self))

    def __str__(self):
        return "<%s[%s]>" % (self.__class__.__name__,
                             ", ".join(str(c) for c in self))


# ------------------------------------------------------------ cookie files

def _open_private(filename):
    # cookie files hold credentials: readable by their owner only
    return os.fdopen(os.open(filename, os.O_CREAT | os.O_WRONLY | os.O_TRUNC,
                             0o600), "w")


class FileCookieJar(CookieJar):
    """A CookieJar that can be saved to and loaded from a file."""

    def __init__(self, filename=None, delayload=False, policy=None):
        CookieJar.__init__(self, policy)
        if filename is not None:
            filename = os.fspath(filename)
        self.filename = filename
        self.delayload = bool(delayload)

    def _file_name(self, filename):
        if filename is not None:
            return filename
        if self.filename is not None:
            return self.filename
        raise ValueError(MISSING_FILENAME_TEXT)

    def _keep(self, cookie, ignore_discard, ignore_expires, now):
        if not ignore_discard and cookie.discard:
            return False
        return ignore_expires or not cookie.is_expired(now)

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        raise NotImplementedError()

    def load(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._file_name(filename)
        with open(filename) as f:
            self._really_load(f, filename, ignore_discard, ignore_expires)

    def revert(self, filename=None,
               ignore_discard=False, ignore_expires=False):
        """Replace the cookies with the file's; keep them if it is unreadable."""
        filename = self._file_name(filename)
        with self._cookies_lock:
            saved = copy.deepcopy(self._cookies)
            self._cookies = {}
            try:
                self.load(filename, ignore_discard, ignore_expires)
            except OSError:
                self._cookies = saved
                raise


def lwp_cookie_str(cookie):
    """A cookie as the attributes of a libwww-perl Set-Cookie3 line."""
    pairs = [(cookie.name, cookie.value),
             ("path", cookie.path),
             ("domain", cookie.domain)]
    if cookie.port is not None:
        pairs.append(("port", cookie.port))
    for flag, name in ((cookie.path_specified, "path_spec"),
                       (cookie.port_specified, "port_spec"),
                       (cookie.domain_initial_dot, "domain_dot"),
                       (cookie.secure, "secure")):
        if flag:
            pairs.append((name, None))
    if cookie.expires:
        pairs.append(("expires", time2isoz(float(cookie.expires))))
    if cookie.discard:
        pairs.append(("discard", None))
    if cookie.comment:
        pairs.append(("comment", cookie.comment))
    if cookie.comment_url:
        pairs.append(("commenturl", cookie.comment_url))
    for key in sorted(cookie._rest):
        pairs.append((key, str(cookie._rest[key])))
    pairs.append(("version", str(cookie.version)))
    return join_header_words([pairs])


_LWP_FLAGS = ("port_spec", "path_spec", "domain_dot", "secure", "discard")
_LWP_VALUES = ("version", "port", "path", "domain", "expires",
               "comment", "commenturl")


class LWPCookieJar(FileCookieJar):
    """Cookies in the libwww-perl "Set-Cookie3" file format."""

    def as_lwp_str(self, ignore_discard=True, ignore_expires=True):
        now = time.time()
        return "".join("Set-Cookie3: %s\n" % lwp_cookie_str(cookie)
                       for cookie in self
                       if self._keep(cookie, ignore_discard,
                                     ignore_expires, now))

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._file_name(filename)
        with _open_private(filename) as f:
            f.write("#LWP-Cookies-2.0\n")
            f.write(self.as_lwp_str(ignore_discard, ignore_expires))

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        if not re.match(r"#LWP-Cookies-\d+\.\d+", f.readline(), re.ASCII):
            raise LoadError("%r does not look like a Set-Cookie3 (LWP) "
                            "format file" % filename)
        now = time.time()
        prefix = "Set-Cookie3:"
        try:
            for line in f:
                if not line.startswith(prefix):
                    continue
                line = line[len(prefix):].strip()
                for pairs in split_header_words([line]):
                    cookie = self._lwp_cookie(pairs)
                    if self._keep(cookie, ignore_discard, ignore_expires,
                                  now):
                        self.set_cookie(cookie)
        except OSError:
            raise
        except Exception:
            _report_bug()
            raise LoadError("invalid Set-Cookie3 format file %r: %r" %
                            (filename, line))

    def _lwp_cookie(self, pairs):
        name, value = pairs[0]
        known = {}
        rest = {}
        for flag in _LWP_FLAGS:
            known[flag] = False
        for key, val in pairs[1:]:
            lowered = key.lower()
            if lowered in _LWP_FLAGS or lowered in _LWP_VALUES:
                key = lowered
            if key in _LWP_FLAGS:
                known[key] = True if val is None else val
            elif key in _LWP_VALUES:
                known[key] = val
            else:
                rest[key] = val
        expires = known.get("expires")
        if expires is not None:
            expires = iso2time(expires)
        discard = known["discard"]
        if expires is None:
            discard = True
        domain = known.get("domain")
        port = known.get("port")
        return Cookie(known.get("version"), name, value,
                      port, known["port_spec"],
                      domain, domain.startswith("."), known["domain_dot"],
                      known.get("path"), known["path_spec"],
                      known["secure"], expires, discard,
                      known.get("comment"), known.get("commenturl"), rest)


class MozillaCookieJar(FileCookieJar):
    """Cookies in the Netscape/Mozilla cookies.txt format."""

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        now = time.time()
        if not NETSCAPE_MAGIC_RGX.match(f.readline()):
            raise LoadError("%r does not look like a Netscape format cookies "
                            "file" % filename)
        try:
            for line in f:
                rest = {}
                if line.startswith(HTTPONLY_PREFIX):
                    rest[HTTPONLY_ATTR] = ""
                    line = line[len(HTTPONLY_PREFIX):]
                if line.endswith("\n"):
                    line = line[:-1]
                if line.strip().startswith(("#", "$")) or not line.strip():
                    continue
                (domain, domain_flag, path, secure_flag, expires,
                 name, value) = line.split("\t")
                secure = secure_flag == "TRUE"
                domain_specified = domain_flag == "TRUE"
                if name == "":
                    # a cookie without '=' is saved as an empty name
                    name, value = value, None
                initial_dot = domain.startswith(".")
                if domain_specified != initial_dot:
                    raise ValueError("domain flag disagrees with domain")
                discard = False
                if expires == "":
                    expires = None
                    discard = True
                cookie = Cookie(0, name, value, None, False,
                                domain, domain_specified, initial_dot,
                                path, False, secure, expires, discard,
                                None, None, rest)
                if self._keep(cookie, ignore_discard, ignore_expires, now):
                    self.set_cookie(cookie)
        except OSError:
            raise
        except Exception:
            _report_bug()
            raise LoadError("invalid Netscape format cookies file %r: %r" %
                            (filename, line))

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._file_name(filename)
        now = time.time()
        with _open_private(filename) as f:
            f.write(NETSCAPE_HEADER_TEXT)
            for cookie in self:
                if not self._keep(cookie, ignore_discard, ignore_expires,
                                  now):
                    continue
                name, value = cookie.name, cookie.value
                if value is None:
                    name, value = "", name
                domain = cookie.domain
                if cookie.has_nonstandard_attr(HTTPONLY_ATTR):
                    # curl's marking, exactly as load() recognises it
                    domain = HTTPONLY_PREFIX + domain
                f.write("\t".join([
                    domain,
                    "TRUE" if cookie.domain.startswith(".") else "FALSE",
                    cookie.path,
                    "TRUE" if cookie.secure else "FALSE",
                    "" if cookie.expires is None else str(cookie.expires),
                    name, value]) + "\n")


NETSCAPE_MAGIC_RGX = re.compile("#( Netscape)? HTTP Cookie File")
