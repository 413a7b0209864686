"""Opening URLs through a chain of handlers: Request, OpenerDirector,
build_opener/urlopen and the standard handlers for http:, file: and data:.
Written for Spry from the documented behaviour of the standard module.
Spry has no ssl, so there is no HTTPSHandler and https: URLs are of an
unknown type, as in a CPython built without ssl."""

import base64
import bisect
import contextlib
import email
import http.client
import io
import os
import re
import socket
import string
import sys
import tempfile

from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (urlparse, urlsplit, urljoin, unwrap, quote, unquote,
                          urlunparse, unquote_to_bytes)
from urllib.response import addinfourl, addclosehook

__all__ = [
    "Request", "OpenerDirector", "BaseHandler", "HTTPDefaultErrorHandler",
    "HTTPRedirectHandler", "ProxyHandler", "HTTPPasswordMgr",
    "HTTPPasswordMgrWithDefaultRealm", "AbstractBasicAuthHandler",
    "HTTPBasicAuthHandler", "ProxyBasicAuthHandler", "HTTPHandler",
    "HTTPCookieProcessor",
    "FileHandler", "DataHandler", "UnknownHandler", "HTTPErrorProcessor",
    "urlopen", "install_opener", "build_opener", "pathname2url",
    "url2pathname", "getproxies", "urlretrieve", "urlcleanup",
]

__version__ = "%d.%d" % sys.version_info[:2]


# -- small URL splitting helpers (the forms urllib has always accepted) ------

SCHEME_PREFIX = re.compile(r"([^/:]+):(.*)", re.DOTALL)
NETLOC_PREFIX = re.compile(r"//([^/#?]*)(.*)", re.DOTALL)
TRAILING_PORT = re.compile(r"(.*):([0-9]*)", re.DOTALL)


def split_scheme(url):
    found = SCHEME_PREFIX.fullmatch(url)
    if found is None:
        return None, url
    return found.group(1).lower(), found.group(2)


def split_netloc(rest):
    found = NETLOC_PREFIX.fullmatch(rest)
    if found is None:
        return None, rest
    host, path = found.groups()
    if path and not path.startswith("/"):
        path = "/" + path
    return host, path


def split_port(hostport):
    found = TRAILING_PORT.fullmatch(hostport)
    if found is not None and found.group(2):
        return found.group(1), found.group(2)
    return hostport, None


def split_credentials(authority):
    """'user:pw@host' -> ('user', 'pw', 'host'); absent parts are None."""
    userinfo, at, hostport = authority.rpartition("@")
    if not at:
        return None, None, authority
    user, colon, password = userinfo.partition(":")
    return user, (password if colon else None), hostport


def basic_credentials(user, password):
    token = base64.b64encode(("%s:%s" % (user, password)).encode()).decode("ascii")
    return "Basic " + token


def request_host(request):
    """The request's host, lowercased and without a port (RFC 2965)."""
    host = urlparse(request.full_url)[1]
    if host == "":
        host = request.get_header("Host", "")
    return re.sub(r":\d+$", "", host, count=1).lower()


class Request:
    """One URL to open, with its body, headers and method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.headers, self.unredirected_hdrs = {}, {}
        self.full_url = url
        self._tunnel_host = None
        self._data = None
        self.data = data
        for name in headers:
            self.add_header(name, headers[name])
        self.origin_req_host = (request_host(self) if origin_req_host is None
                                else origin_req_host)
        self.unverifiable = unverifiable
        if method:
            self.method = method

    def url_with_fragment(self):
        if not self.fragment:
            return self._full_url
        return self._full_url + "#" + self.fragment

    def take_url(self, url):
        whole = unwrap(url)
        if "#" in whole:
            whole, self.fragment = whole.rsplit("#", 1)
        else:
            self.fragment = None
        self._full_url = whole
        self.type, after_scheme = split_scheme(whole)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.url_with_fragment())
        netloc, self.selector = split_netloc(after_scheme)
        self.host = unquote(netloc) if netloc else netloc

    def forget_url(self):
        self._full_url = self.fragment = None
        self.selector = ""

    full_url = property(url_with_fragment, take_url, forget_url)

    def body(self):
        return self._data

    def take_body(self, data):
        if data is self._data:
            return
        self._data = data
        # Any Content-length set so far measured the previous body.
        self.remove_header("Content-length")

    def forget_body(self):
        self.take_body(None)

    data = property(body, take_body, forget_body)

    def get_method(self):
        chosen = getattr(self, "method", None)
        if chosen:
            return chosen
        return "GET" if self.data is None else "POST"

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        # https goes through a CONNECT tunnel: keep the target for it.
        tunnelling = self.type == "https" and not self._tunnel_host
        if tunnelling:
            self._tunnel_host = self.host
        else:
            self.type, self.selector = type, self.full_url
        self.host = host

    def has_proxy(self):
        return self.full_url == self.selector

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return any(header_name in table
                   for table in (self.headers, self.unredirected_hdrs))

    def get_header(self, header_name, default=None):
        for table in (self.headers, self.unredirected_hdrs):
            if header_name in table:
                return table[header_name]
        return default

    def remove_header(self, header_name):
        for table in (self.headers, self.unredirected_hdrs):
            table.pop(header_name, None)

    def header_items(self):
        # Headers added with add_header win over unredirected ones.
        merged = dict(self.unredirected_hdrs)
        merged.update(self.headers)
        return list(merged.items())


# Handler methods are found by name: <protocol>_open, <protocol>_request,
# <protocol>_response and <protocol>_error_<code>.
NOT_HOOKS = ("redirect_request", "do_open", "proxy_open")


class OpenerDirector:

    def __init__(self):
        self.addheaders = [("User-agent", "Python-urllib/" + __version__)]
        self.handlers = []
        self.handle_open = {}
        self.handle_error = {}
        self.process_response = {}
        self.process_request = {}

    def hook_table(self, name):
        """(table, key) a handler method called `name` registers under."""
        protocol, sep, role = name.partition("_")
        if not sep or not protocol:
            return None
        if role.startswith("error"):
            kind = role[len("error"):].lstrip("_")
            if kind.isdigit():
                kind = int(kind)
            return self.handle_error.setdefault(protocol, {}), kind
        tables = {"open": self.handle_open, "request": self.process_request,
                  "response": self.process_response}
        if role in tables:
            return tables[role], protocol
        return None

    def add_handler(self, handler):
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        registered = False
        for name in dir(handler):
            if name in NOT_HOOKS:
                continue
            hook = self.hook_table(name)
            if hook is None:
                continue
            table, key = hook
            bisect.insort(table.setdefault(key, []), handler)
            registered = True
        if registered:
            bisect.insort(self.handlers, handler)
            handler.add_parent(self)

    def close(self):
        pass

    def first_answer(self, table, key, method_name, *args):
        for handler in table.get(key, ()):
            result = getattr(handler, method_name)(*args)
            if result is not None:
                return result
        return None

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        protocol = req.type
        for processor in self.process_request.get(protocol, ()):
            req = getattr(processor, protocol + "_request")(req)
        sys.audit("urllib.Request", req.full_url, req.data, req.headers, req.get_method())
        response = self.first_opener(req)
        for processor in self.process_response.get(protocol, ()):
            response = getattr(processor, protocol + "_response")(req, response)
        return response

    def first_opener(self, req):
        protocol = req.type
        for key, method in (("default", "default_open"),
                            (protocol, protocol + "_open"),
                            ("unknown", "unknown_open")):
            result = self.first_answer(self.handle_open, key, method, req)
            if result:
                return result
        return None

    def error(self, proto, *args):
        if proto in ("http", "https"):
            # args are (req, fp, code, msg, headers): dispatch on the code.
            table = self.handle_error.get("http", {})
            code = args[2]
            result = self.first_answer(table, code, "http_error_%s" % code, *args)
            if result:
                return result
            return self.first_answer(table, "default", "http_error_default", *args)
        return self.first_answer(self.handle_error, proto, proto + "_error", *args)


class BaseHandler:
    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        if not hasattr(other, "handler_order"):
            return True
        return self.handler_order < other.handler_order


class HTTPErrorProcessor(BaseHandler):
    """Hands every non-2xx response to the opener's error handlers."""
    handler_order = 1000

    def http_response(self, request, response):
        code, msg, hdrs = response.code, response.msg, response.info()
        if not 200 <= code < 300:
            response = self.parent.error("http", request, response, code, msg, hdrs)
        return response

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    max_repeats = 4
    max_redirections = 10
    inf_msg = ("The HTTP server returned a redirect error that would lead to "
               "an infinite loop.\nThe last 30x error message was:\n")

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        method = req.get_method()
        follows = (code in (301, 302, 303, 307, 308) and method in ("GET", "HEAD")
                   or code in (301, 302, 303) and method == "POST")
        if not follows:
            raise HTTPError(req.full_url, code, msg, headers, fp)
        # The redirected request is a GET without the old body.
        kept = {key: value for key, value in req.headers.items()
                if key.lower() not in ("content-length", "content-type")}
        return Request(newurl.replace(" ", "%20"), headers=kept,
                       origin_req_host=req.origin_req_host, unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        if "location" in headers:
            target = headers["location"]
        elif "uri" in headers:
            target = headers["uri"]
        else:
            return None
        parts = urlparse(target)
        if parts.scheme not in ("http", "https", "ftp", ""):
            raise HTTPError(target, code,
                            "%s - Redirection to url '%s' is not allowed" % (msg, target),
                            headers, fp)
        if parts.netloc and not parts.path:
            parts = parts._replace(path="/")
        target = quote(urlunparse(parts), encoding="iso-8859-1", safe=string.punctuation)
        target = urljoin(req.full_url, target)

        new = self.redirect_request(req, fp, code, msg, headers, target)
        if new is None:
            return None
        # Every request of one redirect chain shares one visit count.
        visited = getattr(req, "redirect_dict", None)
        if visited is None:
            visited = req.redirect_dict = {}
        elif visited.get(target, 0) >= self.max_repeats or len(visited) >= self.max_redirections:
            raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        new.redirect_dict = visited
        visited[target] = visited.get(target, 0) + 1
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def parse_proxy_url(proxy):
    """(scheme, user, password, host:port) of a proxy setting, which may also
    be a bare 'host:port'."""
    scheme, rest = split_scheme(proxy)
    if not rest.startswith("/"):
        scheme, authority = None, proxy
    else:
        if not rest.startswith("//"):
            raise ValueError("proxy URL with no authority: %r" % proxy)
        end = rest.find("/", 2)
        authority = rest[2:] if end == -1 else rest[2:end]
    user, password, hostport = split_credentials(authority)
    return scheme, user, password, hostport


class ProxyHandler(BaseHandler):
    handler_order = 100  # before the handlers that open connections

    def __init__(self, proxies=None):
        if proxies is None:
            proxies = getproxies()
        assert hasattr(proxies, "keys"), "proxies must be a mapping"
        self.proxies = proxies
        for scheme, url in proxies.items():
            scheme = scheme.lower()
            setattr(self, scheme + "_open",
                    lambda req, proxy=url, scheme=scheme: self.proxy_open(req, proxy, scheme))

    def proxy_open(self, req, proxy, type):
        original = req.type
        scheme, user, password, hostport = parse_proxy_url(proxy)
        if scheme is None:
            scheme = original
        if req.host and proxy_bypass(req.host):
            return None
        if user and password:
            req.add_header("Proxy-authorization",
                           basic_credentials(unquote(user), unquote(password)))
        req.set_proxy(unquote(hostport), scheme)
        if original == scheme or original == "https":
            return None  # the protocol's own handler talks to the proxy
        return self.parent.open(req, timeout=req.timeout)


class HTTPPasswordMgr:

    def __init__(self):
        self.passwd = {}

    def add_password(self, realm, uri, user, passwd):
        uris = [uri] if isinstance(uri, str) else uri
        entries = self.passwd.setdefault(realm, {})
        for with_port in (True, False):
            key = tuple(self.reduce_uri(u, with_port) for u in uris)
            entries[key] = (user, passwd)

    def find_user_password(self, realm, authuri):
        entries = self.passwd.get(realm, {})
        for with_port in (True, False):
            wanted = self.reduce_uri(authuri, with_port)
            for uris, credentials in entries.items():
                if any(self.is_suburi(uri, wanted) for uri in uris):
                    return credentials
        return None, None

    def reduce_uri(self, uri, default_port=True):
        """(authority, path) of a URI or bare authority; with default_port the
        scheme's well-known port is made explicit."""
        parts = urlsplit(uri)
        if parts.netloc:
            scheme, authority, path = parts.scheme, parts.netloc, parts.path or "/"
        else:
            scheme, authority, path = None, uri, "/"
        host, port = split_port(authority)
        if default_port and port is None and scheme is not None:
            known = {"http": 80, "https": 443}.get(scheme)
            if known is not None:
                authority = "%s:%d" % (host, known)
        return authority, path

    def is_suburi(self, base, test):
        if base == test:
            return True
        if base[0] != test[0]:
            return False
        prefix = base[1] if base[1].endswith("/") else base[1] + "/"
        return test[1].startswith(prefix)


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):
    """Falls back to the credentials stored for realm None."""

    def find_user_password(self, realm, authuri):
        user, password = HTTPPasswordMgr.find_user_password(self, realm, authuri)
        if user is not None:
            return user, password
        return HTTPPasswordMgr.find_user_password(self, None, authuri)


class AbstractBasicAuthHandler:
    # scheme and realm of each challenge in a WWW-Authenticate header
    rx = re.compile('(?:^|,)[ \t]*([^ \t,]+)[ \t]+realm=(["\']?)([^"\']*)\\2', re.I)

    def __init__(self, password_mgr=None):
        if password_mgr is None:
            password_mgr = HTTPPasswordMgr()
        self.passwd = password_mgr
        self.add_password = password_mgr.add_password

    def challenges(self, header):
        found = False
        for match in self.rx.finditer(header):
            found = True
            yield match.group(1), match.group(3)
        if not found and header.split():
            yield header.split()[0], None

    def http_error_auth_reqed(self, authreq, host, req, headers):
        values = headers.get_all(authreq)
        if not values:
            return None
        unsupported = None
        for value in values:
            for scheme, realm in self.challenges(value):
                if scheme.lower() != "basic":
                    unsupported = scheme
                    continue
                if realm is not None:
                    return self.retry_http_basic_auth(host, req, realm)
        if unsupported is not None:
            raise ValueError("AbstractBasicAuthHandler does not support the "
                             "following scheme: %r" % (unsupported,))
        return None

    def retry_http_basic_auth(self, host, req, realm):
        user, password = self.passwd.find_user_password(realm, host)
        if password is None:
            return None
        auth = basic_credentials(user, password)
        if req.get_header(self.auth_header, None) == auth:
            return None  # these credentials were refused already
        req.add_unredirected_header(self.auth_header, auth)
        return self.parent.open(req, timeout=req.timeout)

    def http_request(self, req):
        # Password managers that know a URL needs authentication let the
        # credentials go out before the server asks for them.
        known = getattr(self.passwd, "is_authenticated", None)
        if known is not None and known(req.full_url):
            user, password = self.passwd.find_user_password(None, req.full_url)
            if password is not None and not req.has_header("Authorization"):
                req.add_unredirected_header("Authorization", basic_credentials(user, password))
        return req

    def http_response(self, req, response):
        return response

    https_request = http_request
    https_response = http_response


class HTTPBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = "Authorization"

    def http_error_401(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed("www-authenticate", req.full_url, req, headers)


class ProxyBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = "Proxy-authorization"

    def http_error_407(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed("proxy-authenticate", req.host, req, headers)


class HTTPCookieProcessor(BaseHandler):
    """Sends a CookieJar's cookies with each request and stores the ones
    responses set."""

    def __init__(self, cookiejar=None):
        if cookiejar is None:
            import http.cookiejar  # only openers that keep cookies need it
            cookiejar = http.cookiejar.CookieJar()
        self.cookiejar = cookiejar

    def http_request(self, request):
        self.cookiejar.add_cookie_header(request)
        return request

    def http_response(self, request, response):
        self.cookiejar.extract_cookies(response, request)
        return response

    https_request = http_request
    https_response = http_response


def body_length(data):
    """Byte length of a request body, or None when only sending it tells
    (files and iterables are sent chunked)."""
    if hasattr(data, "read"):
        return None
    try:
        return memoryview(data).nbytes
    except TypeError:
        return None


class AbstractHTTPHandler(BaseHandler):

    def __init__(self, debuglevel=None):
        if debuglevel is None:
            debuglevel = http.client.HTTPConnection.debuglevel
        self._debuglevel = debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def do_request_(self, request):
        host = request.host
        if not host:
            raise URLError("no host given")
        data = request.data
        if data is not None:
            if isinstance(data, str):
                raise TypeError("POST data should be bytes, an iterable of bytes, "
                                "or a file object. It cannot be of type str.")
            if not request.has_header("Content-type"):
                request.add_unredirected_header(
                    "Content-type", "application/x-www-form-urlencoded")
            if (not request.has_header("Content-length")
                    and not request.has_header("Transfer-encoding")):
                length = body_length(data)
                if length is None:
                    request.add_unredirected_header("Transfer-encoding", "chunked")
                else:
                    request.add_unredirected_header("Content-length", str(length))
        if request.has_proxy():
            # Through a proxy the selector is the whole URL; Host names its server.
            host = split_netloc(split_scheme(request.selector)[1])[0]
        if not request.has_header("Host"):
            request.add_unredirected_header("Host", host)
        for name, value in self.parent.addheaders:
            name = name.capitalize()
            if not request.has_header(name):
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        host = req.host
        if not host:
            raise URLError("no host given")
        conn = http_class(host, timeout=req.timeout, **http_conn_args)
        conn.set_debuglevel(self._debuglevel)
        headers = dict(req.unredirected_hdrs)
        for key, value in req.headers.items():
            headers.setdefault(key, value)
        # One request per connection: the response body is read to its end.
        headers["Connection"] = "close"
        headers = {name.title(): value for name, value in headers.items()}
        if req._tunnel_host:
            tunnel = {}
            if "Proxy-Authorization" in headers:
                tunnel["Proxy-Authorization"] = headers.pop("Proxy-Authorization")
            conn.set_tunnel(req._tunnel_host, headers=tunnel)
        try:
            try:
                conn.request(req.get_method(), req.selector, req.data, headers,
                             encode_chunked=req.has_header("Transfer-encoding"))
            except OSError as err:
                raise URLError(err)
            response = conn.getresponse()
        except:
            conn.close()
            raise
        if conn.sock:
            conn.sock.close()
            conn.sock = None
        response.url = req.get_full_url()
        response.msg = response.reason
        return response


class HTTPHandler(AbstractHTTPHandler):

    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


class UnknownHandler(BaseHandler):
    def unknown_open(self, req):
        raise URLError("unknown url type: %s" % req.type)


def local_addresses():
    try:
        return tuple(socket.gethostbyname_ex("localhost")[2]
                     + socket.gethostbyname_ex(socket.gethostname())[2])
    except socket.gaierror:
        return (socket.gethostbyname("localhost"),)


def address_of(host):
    try:
        return socket.gethostbyname(host)
    except socket.gaierror:
        return None


class FileHandler(BaseHandler):
    names = None  # this machine's addresses, looked up once

    def get_names(self):
        if FileHandler.names is None:
            FileHandler.names = local_addresses()
        return FileHandler.names

    def file_open(self, req):
        url = req.selector
        remote = url[:2] == "//" and url[2:3] != "/" and req.host and req.host != "localhost"
        if remote and req.host not in self.get_names():
            raise URLError("file:// scheme is supported only on localhost")
        return self.open_local_file(req)

    def open_local_file(self, req):
        import email.utils
        import mimetypes
        host = req.host
        name = req.selector
        path = url2pathname(name)
        try:
            info = os.stat(path)
            kind = mimetypes.guess_type(name)[0] or "text/plain"
            modified = email.utils.formatdate(info.st_mtime, usegmt=True)
            headers = email.message_from_string(
                "Content-type: %s\nContent-length: %d\nLast-modified: %s\n"
                % (kind, info.st_size, modified))
            if host:
                host, port = split_port(host)
            if not host or (not port and address_of(host) in self.get_names()):
                url = "file://" + host + name if host else "file://" + name
                return addinfourl(open(path, "rb"), headers, url)
        except OSError as err:
            raise URLError(err)
        raise URLError("file not on local host")


class DataHandler(BaseHandler):
    """data: URLs (RFC 2397): data:[<mediatype>][;base64],<data>"""

    def data_open(self, req):
        url = req.full_url
        header, payload = url.split(":", 1)[1].split(",", 1)
        payload = unquote_to_bytes(payload)
        if header.endswith(";base64"):
            payload = base64.decodebytes(payload)
            header = header[:-len(";base64")]
        if not header:
            header = "text/plain;charset=US-ASCII"
        headers = email.message_from_string(
            "Content-type: %s\nContent-length: %d\n" % (header, len(payload)))
        return addinfourl(io.BytesIO(payload), headers, url)


DEFAULT_HANDLERS = [ProxyHandler, UnknownHandler, HTTPHandler,
                    HTTPDefaultErrorHandler, HTTPRedirectHandler,
                    FileHandler, HTTPErrorProcessor, DataHandler]


def build_opener(*handlers):
    """An OpenerDirector with the default handlers, each replaced by any
    given handler (class or instance) that is or derives from it."""
    opener = OpenerDirector()
    classes = [h if isinstance(h, type) else type(h) for h in handlers]
    for default in DEFAULT_HANDLERS:
        if not any(issubclass(cls, default) for cls in classes):
            opener.add_handler(default())
    for handler in handlers:
        opener.add_handler(handler() if isinstance(handler, type) else handler)
    return opener


installed = {"opener": None}


def install_opener(opener):
    installed["opener"] = opener


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *,
            cafile=None, capath=None, cadefault=False, context=None):
    if cafile or capath or context is not None:
        raise URLError("unknown url type: https")
    opener = installed["opener"]
    if opener is None:
        opener = installed["opener"] = build_opener()
    return opener.open(url, data, timeout)


downloaded_temp_files = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy a URL's content to a file (a new temporary one without filename);
    return (filename, headers)."""
    scheme, path = split_scheme(url)
    with contextlib.closing(urlopen(url, data)) as source:
        headers = source.info()
        if scheme == "file" and not filename:
            return os.path.normpath(path), headers
        if filename:
            target = open(filename, "wb")
        else:
            target = tempfile.NamedTemporaryFile(delete=False)
            filename = target.name
            downloaded_temp_files.append(filename)
        with target:
            result = filename, headers
            block_size = 8192
            size = int(headers["Content-Length"]) if "content-length" in headers else -1
            received = 0
            blocks = 0
            if reporthook:
                reporthook(blocks, block_size, size)
            while True:
                block = source.read(block_size)
                if not block:
                    break
                received += len(block)
                target.write(block)
                blocks += 1
                if reporthook:
                    reporthook(blocks, block_size, size)
    if size >= 0 and received < size:
        raise ContentTooShortError("retrieval incomplete: got only %i out of %i bytes"
                                   % (received, size), result)
    return result


def urlcleanup():
    for name in downloaded_temp_files:
        try:
            os.unlink(name)
        except OSError:
            pass
    downloaded_temp_files.clear()
    installed["opener"] = None


def pathname2url(pathname):
    return quote(pathname)


def url2pathname(pathname):
    return unquote(pathname)


def getproxies_environment():
    """Proxies from <scheme>_proxy variables; lowercase names win, and an
    empty lowercase value removes the scheme."""
    proxies = {}
    for name, value in os.environ.items():
        if value and name.lower().endswith("_proxy"):
            proxies[name[:-6].lower()] = value
    # Under CGI, HTTP_PROXY is a request header a client chose.
    if "REQUEST_METHOD" in os.environ:
        proxies.pop("http", None)
    for name, value in os.environ.items():
        if name.endswith("_proxy"):
            if value:
                proxies[name[:-6].lower()] = value
            else:
                proxies.pop(name[:-6].lower(), None)
    return proxies


def proxy_bypass_environment(host, proxies=None):
    if proxies is None:
        proxies = getproxies_environment()
    exempt = proxies.get("no")
    if exempt is None:
        return False
    if exempt == "*":
        return True
    host = host.lower()
    bare_host = split_port(host)[0]
    for name in exempt.split(","):
        name = name.strip().lstrip(".").lower()
        if not name:
            continue
        if name in (host, bare_host):
            return True
        if host.endswith("." + name) or bare_host.endswith("." + name):
            return True
    return False


getproxies = getproxies_environment


def proxy_bypass(host, proxies=None):
    if proxies is None:
        proxies = getproxies_environment()
    if not proxies:
        return False
    return proxy_bypass_environment(host, proxies)
