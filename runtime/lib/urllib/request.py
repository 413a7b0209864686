"""Open URLs: urlopen(), Request, and the OpenerDirector with its chain of
handlers (build_opener).  Schemes: http, file and data; https needs the ssl
module, which Spry does not have, so https URLs raise URLError('unknown url
type: https'), as in a CPython built without ssl.  There is no FTP handler."""

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
                          unquote_to_bytes, urlunparse)
from urllib.response import addinfourl, addclosehook

__all__ = [
    'Request', 'OpenerDirector', 'BaseHandler', 'HTTPDefaultErrorHandler',
    'HTTPRedirectHandler', 'ProxyHandler', 'HTTPPasswordMgr',
    'HTTPPasswordMgrWithDefaultRealm', 'AbstractBasicAuthHandler',
    'HTTPBasicAuthHandler', 'ProxyBasicAuthHandler', 'HTTPHandler',
    'FileHandler', 'DataHandler', 'UnknownHandler', 'HTTPErrorProcessor',
    'urlopen', 'install_opener', 'build_opener', 'pathname2url', 'url2pathname',
    'getproxies', 'urlretrieve', 'urlcleanup',
]

__version__ = '%d.%d' % sys.version_info[:2]

_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, cafile=None,
            capath=None, cadefault=False, context=None):
    """Open url (a string or a Request); data, when given, is POSTed.

    For http the result is an http.client.HTTPResponse (with .url and .status);
    for file and data URLs an addinfourl.  HTTP error statuses raise HTTPError."""
    global _opener
    if cafile or capath or cadefault or context is not None:
        raise URLError('unknown url type: https')
    if _opener is None:
        _opener = build_opener()
    return _opener.open(url, data, timeout)


def install_opener(opener):
    """Make urlopen() use opener."""
    global _opener
    _opener = opener


_url_tempfiles = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy the resource at url to filename (a temporary file if None);
    returns (filename, headers).  reporthook(blocknum, blocksize, totalsize)
    is called as blocks arrive."""
    url_type, path = _splittype(url)
    with contextlib.closing(urlopen(url, data)) as fp:
        headers = fp.info()
        if url_type == "file" and not filename:
            return os.path.normpath(path), headers
        if filename:
            tfp = open(filename, 'wb')
        else:
            tfp = tempfile.NamedTemporaryFile(delete=False)
            filename = tfp.name
            _url_tempfiles.append(filename)
        with tfp:
            result = filename, headers
            blocksize = 1024 * 8
            size = -1
            read = 0
            blocknum = 0
            if "content-length" in headers:
                size = int(headers["Content-Length"])
            if reporthook:
                reporthook(blocknum, blocksize, size)
            while True:
                block = fp.read(blocksize)
                if not block:
                    break
                read += len(block)
                tfp.write(block)
                blocknum += 1
                if reporthook:
                    reporthook(blocknum, blocksize, size)
    if size >= 0 and read < size:
        raise ContentTooShortError("retrieval incomplete: got only %i out of %i bytes"
                                   % (read, size), result)
    return result


def urlcleanup():
    """Remove urlretrieve()'s temporary files and forget the installed opener."""
    global _opener
    for temp_file in _url_tempfiles:
        try:
            os.unlink(temp_file)
        except OSError:
            pass
    del _url_tempfiles[:]
    if _opener:
        _opener = None


# ---------------------------------------------------------------- URL pieces

_scheme_re = re.compile('([^/:]+):(.*)', re.DOTALL)
_host_re = re.compile('//([^/#?]*)(.*)', re.DOTALL)
_port_re = re.compile('(.*):([0-9]*)', re.DOTALL)
_cut_port_re = re.compile(r":\d+$", re.ASCII)


def _splittype(url):
    """'scheme:rest' -> ('scheme' lower-cased, 'rest'); (None, url) without a scheme."""
    match = _scheme_re.match(url)
    if match:
        scheme, data = match.groups()
        return scheme.lower(), data
    return None, url


def _splithost(url):
    """'//host[:port]/path' -> ('host[:port]', '/path')."""
    match = _host_re.match(url)
    if match:
        host_port, path = match.groups()
        if path and path[0] != '/':
            path = '/' + path
        return host_port, path
    return None, url


def _splittag(url):
    path, delim, tag = url.rpartition('#')
    if delim:
        return path, tag
    return url, None


def _splituser(host):
    user, delim, host = host.rpartition('@')
    return (user if delim else None), host


def _splitpasswd(user):
    user, delim, passwd = user.partition(':')
    return user, (passwd if delim else None)


def _splitport(host):
    match = _port_re.fullmatch(host)
    if match:
        host, port = match.groups()
        if port:
            return host, port
    return host, None


def request_host(request):
    """The request's host name, lower case, without the port."""
    host = urlparse(request.full_url)[1]
    if host == "":
        host = request.get_header("Host", "")
    return _cut_port_re.sub("", host, 1).lower()


class Request:
    """An HTTP (or other) request: URL, body (data), headers, method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = request_host(self)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '{}#{}'.format(self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url = unwrap(url)
        self._full_url, self.fragment = _splittag(self._full_url)
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            # A new body needs a new length.
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        """The method: explicit, else POST with data and GET without."""
        default_method = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', default_method)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        if self.type == 'https' and not self._tunnel_host:
            self._tunnel_host = self.host
        else:
            self.type = type
            self.selector = self.full_url
        self.host = host

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        """A header that is not repeated on a redirected request."""
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        return list({**self.unredirected_hdrs, **self.headers}.items())


class OpenerDirector:
    """Opens URLs through its handlers: *_request processors, then the first
    <scheme>_open that answers, then *_response processors; errors go to
    <scheme>_error_<code> handlers."""

    def __init__(self):
        self.addheaders = [('User-agent', "Python-urllib/%s" % __version__)]
        self.handlers = []
        self.handle_open = {}
        self.handle_error = {}
        self.process_response = {}
        self.process_request = {}

    def add_handler(self, handler):
        """Register handler's <protocol>_open/_request/_response/_error_* methods."""
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        added = False
        for meth in dir(handler):
            if meth in ["redirect_request", "do_open", "proxy_open"]:
                continue
            cut = meth.find("_")
            protocol = meth[:cut]
            condition = meth[cut + 1:]
            if condition.startswith("error"):
                kind = meth[condition.find("_") + cut + 2:]
                try:
                    kind = int(kind)
                except ValueError:
                    pass
                lookup = self.handle_error.setdefault(protocol, {})
            elif condition == "open":
                kind = protocol
                lookup = self.handle_open
            elif condition == "response":
                kind = protocol
                lookup = self.process_response
            elif condition == "request":
                kind = protocol
                lookup = self.process_request
            else:
                continue
            handlers = lookup.setdefault(kind, [])
            if handlers:
                bisect.insort(handlers, handler)
            else:
                handlers.append(handler)
            added = True
        if added:
            bisect.insort(self.handlers, handler)
            handler.add_parent(self)

    def close(self):
        pass

    def _call_chain(self, chain, kind, meth_name, *args):
        for handler in chain.get(kind, ()):
            result = getattr(handler, meth_name)(*args)
            if result is not None:
                return result
        return None

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Open fullurl (a string or a Request)."""
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        protocol = req.type
        for processor in self.process_request.get(protocol, []):
            req = getattr(processor, protocol + "_request")(req)
        sys.audit('urllib.Request', req.full_url, req.data, req.headers, req.get_method())
        response = self._open(req, data)
        for processor in self.process_response.get(protocol, []):
            response = getattr(processor, protocol + "_response")(req, response)
        return response

    def _open(self, req, data=None):
        result = self._call_chain(self.handle_open, 'default', 'default_open', req)
        if result:
            return result
        protocol = req.type
        result = self._call_chain(self.handle_open, protocol, protocol + '_open', req)
        if result:
            return result
        return self._call_chain(self.handle_open, 'unknown', 'unknown_open', req)

    def error(self, proto, *args):
        """Hand an error to the handlers: http errors by status code, falling
        back to http_error_default."""
        if proto in ('http', 'https'):
            table = self.handle_error['http']
            proto = args[2]     # the status code
            meth_name = 'http_error_%s' % proto
            http_err = True
            orig_args = args
        else:
            table = self.handle_error
            meth_name = proto + '_error'
            http_err = False
        result = self._call_chain(table, proto, meth_name, *args)
        if result:
            return result
        if http_err:
            return self._call_chain(table, 'default', 'http_error_default', *orig_args)
        return None


def build_opener(*handlers):
    """An OpenerDirector with the default handlers, except those replaced by
    (instances or subclasses given in) handlers, plus handlers."""
    opener = OpenerDirector()
    default_classes = [ProxyHandler, UnknownHandler, HTTPHandler,
                       HTTPDefaultErrorHandler, HTTPRedirectHandler,
                       FileHandler, HTTPErrorProcessor, DataHandler]
    skip = set()
    for klass in default_classes:
        for check in handlers:
            if isinstance(check, type):
                if issubclass(check, klass):
                    skip.add(klass)
            elif isinstance(check, klass):
                skip.add(klass)
    for klass in default_classes:
        if klass not in skip:
            opener.add_handler(klass())
    for handler in handlers:
        if isinstance(handler, type):
            handler = handler()
        opener.add_handler(handler)
    return opener


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
    """Turns non-2xx responses into errors for the error handlers."""

    handler_order = 1000

    def http_response(self, request, response):
        code, msg, hdrs = response.code, response.msg, response.info()
        if not (200 <= code < 300):
            response = self.parent.error('http', request, response, code, msg, hdrs)
        return response

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follows 301, 302, 303, 307 and 308 redirects (with loop detection)."""

    max_repeats = 4
    max_redirections = 10

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The Request to send for a redirect, or raise HTTPError if the
        redirect must not be followed automatically."""
        method = req.get_method()
        if (not (code in (301, 302, 303, 307, 308) and method in ("GET", "HEAD")
                 or code in (301, 302, 303) and method == "POST")):
            raise HTTPError(req.full_url, code, msg, headers, fp)
        newurl = newurl.replace(' ', '%20')
        content_headers = ("content-length", "content-type")
        newheaders = {k: v for k, v in req.headers.items()
                      if k.lower() not in content_headers}
        return Request(newurl, headers=newheaders, origin_req_host=req.origin_req_host,
                       unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        if "location" in headers:
            newurl = headers["location"]
        elif "uri" in headers:
            newurl = headers["uri"]
        else:
            return None
        urlparts = urlparse(newurl)
        if urlparts.scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(newurl, code,
                            "%s - Redirection to url '%s' is not allowed" % (msg, newurl),
                            headers, fp)
        if not urlparts.path and urlparts.netloc:
            urlparts = list(urlparts)
            urlparts[2] = "/"
        newurl = urlunparse(urlparts)
        newurl = quote(newurl, encoding="iso-8859-1", safe=string.punctuation)
        newurl = urljoin(req.full_url, newurl)
        new = self.redirect_request(req, fp, code, msg, headers, newurl)
        if new is None:
            return None
        if hasattr(req, 'redirect_dict'):
            visited = new.redirect_dict = req.redirect_dict
            if (visited.get(newurl, 0) >= self.max_repeats or
                    len(visited) >= self.max_redirections):
                raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        else:
            visited = new.redirect_dict = req.redirect_dict = {}
        visited[newurl] = visited.get(newurl, 0) + 1
        # Finish with this response so the connection can be reused.
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    inf_msg = "The HTTP server returned a redirect error that would " \
              "lead to an infinite loop.\n" \
              "The last 30x error message was:\n"


def _parse_proxy(proxy):
    """'[scheme://][user[:password]@]host[:port]' -> (scheme, user, password, hostport)."""
    scheme, r_scheme = _splittype(proxy)
    if not r_scheme.startswith("/"):
        scheme = None
        authority = proxy
    else:
        if not r_scheme.startswith("//"):
            raise ValueError("proxy URL with no authority: %r" % proxy)
        end = r_scheme.find("/", 2)
        authority = r_scheme[2:end if end != -1 else None]
    userinfo, hostport = _splituser(authority)
    if userinfo is not None:
        user, password = _splitpasswd(userinfo)
    else:
        user = password = None
    return scheme, user, password, hostport


class ProxyHandler(BaseHandler):
    """Sends requests through proxies ({scheme: proxy URL}, default from the
    *_proxy environment variables)."""

    handler_order = 100

    def __init__(self, proxies=None):
        if proxies is None:
            proxies = getproxies()
        assert hasattr(proxies, 'keys'), "proxies must be a mapping"
        self.proxies = proxies
        for type, url in proxies.items():
            type = type.lower()
            setattr(self, '%s_open' % type,
                    lambda r, proxy=url, type=type, meth=self.proxy_open: meth(r, proxy, type))

    def proxy_open(self, req, proxy, type):
        orig_type = req.type
        proxy_type, user, password, hostport = _parse_proxy(proxy)
        if proxy_type is None:
            proxy_type = orig_type
        if req.host and proxy_bypass(req.host):
            return None
        if user and password:
            creds = '%s:%s' % (unquote(user), unquote(password))
            req.add_header('Proxy-authorization',
                           'Basic ' + base64.b64encode(creds.encode()).decode("ascii"))
        hostport = unquote(hostport)
        req.set_proxy(hostport, proxy_type)
        if orig_type == proxy_type or orig_type == 'https':
            return None
        return self.parent.open(req, timeout=req.timeout)


def getproxies_environment():
    """{scheme: proxy URL} from the <scheme>_proxy environment variables
    (lower case wins; HTTP_PROXY is ignored in a CGI environment)."""
    proxies = {}
    for name, value in os.environ.items():
        name = name.lower()
        if value and name[-6:] == '_proxy':
            proxies[name[:-6]] = value
    if 'REQUEST_METHOD' in os.environ:
        proxies.pop('http', None)
    for name, value in os.environ.items():
        if name[-6:] == '_proxy':
            name = name.lower()
            if value:
                proxies[name[:-6]] = value
            else:
                proxies.pop(name[:-6], None)
    return proxies


def proxy_bypass_environment(host, proxies=None):
    """True if host is listed in no_proxy."""
    if proxies is None:
        proxies = getproxies_environment()
    try:
        no_proxy = proxies['no']
    except KeyError:
        return False
    if no_proxy == '*':
        return True
    host = host.lower()
    hostonly, port = _splitport(host)
    for name in no_proxy.split(','):
        name = name.strip().lstrip('.').lower()
        if not name:
            continue
        if hostonly == name or host == name:
            return True
        name = '.' + name
        if hostonly.endswith(name) or host.endswith(name):
            return True
    return False


getproxies = getproxies_environment
proxy_bypass = proxy_bypass_environment


class HTTPPasswordMgr:
    """Passwords by (realm, URI prefix)."""

    def __init__(self):
        self.passwd = {}

    def add_password(self, realm, uri, user, passwd):
        if isinstance(uri, str):
            uri = [uri]
        if realm not in self.passwd:
            self.passwd[realm] = {}
        for default_port in True, False:
            reduced = tuple(self.reduce_uri(u, default_port) for u in uri)
            self.passwd[realm][reduced] = (user, passwd)

    def find_user_password(self, realm, authuri):
        domains = self.passwd.get(realm, {})
        for default_port in True, False:
            reduced = self.reduce_uri(authuri, default_port)
            for uris, authinfo in domains.items():
                for uri in uris:
                    if self.is_suburi(uri, reduced):
                        return authinfo
        return None, None

    def reduce_uri(self, uri, default_port=True):
        """(authority, path) of uri; the default port made explicit if asked."""
        parts = urlsplit(uri)
        if parts[1]:
            scheme, authority, path = parts[0], parts[1], parts[2] or '/'
        else:
            scheme, authority, path = None, uri, '/'
        host, port = _splitport(authority)
        if default_port and port is None and scheme is not None:
            dport = {"http": 80, "https": 443}.get(scheme)
            if dport is not None:
                authority = "%s:%d" % (host, dport)
        return authority, path

    def is_suburi(self, base, test):
        if base == test:
            return True
        if base[0] != test[0]:
            return False
        prefix = base[1]
        if prefix[-1:] != '/':
            prefix += '/'
        return test[1].startswith(prefix)


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):
    """Falls back to the passwords given for realm None."""

    def find_user_password(self, realm, authuri):
        user, password = HTTPPasswordMgr.find_user_password(self, realm, authuri)
        if user is not None:
            return user, password
        return HTTPPasswordMgr.find_user_password(self, None, authuri)


class AbstractBasicAuthHandler:
    """Answers a 401/407 Basic challenge with the stored password."""

    rx = re.compile('(?:^|,)[ \t]*([^ \t,]+)[ \t]+realm=(["\']?)([^"\']*)\\2', re.I)

    def __init__(self, password_mgr=None):
        if password_mgr is None:
            password_mgr = HTTPPasswordMgr()
        self.passwd = password_mgr
        self.add_password = self.passwd.add_password

    def _parse_realm(self, header):
        found = False
        for match in self.rx.finditer(header):
            scheme, quote_char, realm = match.groups()
            found = True
            yield scheme, realm
        if not found:
            scheme = header.split()[0] if header.split() else ''
            yield scheme, None

    def http_error_auth_reqed(self, authreq, host, req, headers):
        for header in headers.get_all(authreq) or []:
            for scheme, realm in self._parse_realm(header):
                if scheme.lower() != 'basic':
                    continue
                if realm is not None:
                    return self.retry_http_basic_auth(host, req, realm)
        return None

    def retry_http_basic_auth(self, host, req, realm):
        user, pw = self.passwd.find_user_password(realm, host)
        if pw is None:
            return None
        raw = "%s:%s" % (user, pw)
        auth = "Basic " + base64.b64encode(raw.encode()).decode("ascii")
        if req.get_header(self.auth_header, None) == auth:
            return None
        req.add_unredirected_header(self.auth_header, auth)
        return self.parent.open(req, timeout=req.timeout)


class HTTPBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = 'Authorization'

    def http_error_401(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed('www-authenticate', req.full_url, req, headers)


class ProxyBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = 'Proxy-authorization'

    def http_error_407(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed('proxy-authenticate', req.host, req, headers)


class AbstractHTTPHandler(BaseHandler):

    def __init__(self, debuglevel=None):
        self._debuglevel = (debuglevel if debuglevel is not None
                            else http.client.HTTPConnection.debuglevel)

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def _get_content_length(self, request):
        return http.client.HTTPConnection._get_content_length(request.data,
                                                              request.get_method())

    def do_request_(self, request):
        """Fill in Content-type, Content-length (or chunking), Host and the
        opener's default headers."""
        host = request.host
        if not host:
            raise URLError('no host given')
        if request.data is not None:
            data = request.data
            if isinstance(data, str):
                raise TypeError("POST data should be bytes, an iterable of bytes, "
                                "or a file object. It cannot be of type str.")
            if not request.has_header('Content-type'):
                request.add_unredirected_header('Content-type',
                                                'application/x-www-form-urlencoded')
            if (not request.has_header('Content-length')
                    and not request.has_header('Transfer-encoding')):
                content_length = self._get_content_length(request)
                if content_length is not None:
                    request.add_unredirected_header('Content-length', str(content_length))
                else:
                    request.add_unredirected_header('Transfer-encoding', 'chunked')
        sel_host = host
        if request.has_proxy():
            scheme, sel = _splittype(request.selector)
            sel_host, sel_path = _splithost(sel)
        if not request.has_header('Host'):
            request.add_unredirected_header('Host', sel_host)
        for name, value in self.parent.addheaders:
            name = name.capitalize()
            if not request.has_header(name):
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """Send req over a new http_class connection; return the response."""
        host = req.host
        if not host:
            raise URLError('no host given')
        h = http_class(host, timeout=req.timeout, **http_conn_args)
        h.set_debuglevel(self._debuglevel)
        headers = dict(req.unredirected_hdrs)
        headers.update({k: v for k, v in req.headers.items() if k not in headers})
        # One request per connection: the response is read to its end by the
        # caller, and nothing reuses the connection.
        headers["Connection"] = "close"
        headers = {name.title(): val for name, val in headers.items()}
        if req._tunnel_host:
            tunnel_headers = {}
            proxy_auth_hdr = "Proxy-Authorization"
            if proxy_auth_hdr in headers:
                tunnel_headers[proxy_auth_hdr] = headers.pop(proxy_auth_hdr)
            h.set_tunnel(req._tunnel_host, headers=tunnel_headers)
        try:
            try:
                h.request(req.get_method(), req.selector, req.data, headers,
                          encode_chunked=req.has_header('Transfer-encoding'))
            except OSError as err:
                raise URLError(err)
            r = h.getresponse()
        except:
            h.close()
            raise
        # The response keeps its own file; the connection's socket can go.
        if h.sock:
            h.sock.close()
            h.sock = None
        r.url = req.get_full_url()
        r.msg = r.reason
        return r


class HTTPHandler(AbstractHTTPHandler):

    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


class UnknownHandler(BaseHandler):
    def unknown_open(self, req):
        raise URLError('unknown url type: %s' % req.type)


def _safe_gethostbyname(host):
    try:
        return socket.gethostbyname(host)
    except socket.gaierror:
        return None


class FileHandler(BaseHandler):
    """Opens file: URLs on the local host."""

    names = None

    def file_open(self, req):
        url = req.selector
        if url[:2] == '//' and url[2:3] != '/' and (req.host and req.host != 'localhost'):
            if req.host not in self.get_names():
                raise URLError("file:// scheme is supported only on localhost")
        else:
            return self.open_local_file(req)

    def get_names(self):
        """The addresses of this host."""
        if FileHandler.names is None:
            names = {_safe_gethostbyname('localhost')}
            try:
                names.add(_safe_gethostbyname(socket.gethostname()))
            except OSError:
                pass
            names.discard(None)
            FileHandler.names = tuple(sorted(names))
        return FileHandler.names

    def open_local_file(self, req):
        import email.utils
        import mimetypes
        host = req.host
        filename = req.selector
        localfile = url2pathname(filename)
        try:
            stats = os.stat(localfile)
            size = stats.st_size
            modified = email.utils.formatdate(stats.st_mtime, usegmt=True)
            mtype = mimetypes.guess_type(filename)[0]
            headers = email.message_from_string(
                'Content-type: %s\nContent-length: %d\nLast-modified: %s\n' %
                (mtype or 'text/plain', size, modified))
            if host:
                host, port = _splitport(host)
            if not host or (not port and _safe_gethostbyname(host) in self.get_names()):
                origurl = 'file://' + host + filename if host else 'file://' + filename
                return addinfourl(open(localfile, 'rb'), headers, origurl)
        except OSError as exp:
            raise URLError(exp, exp.filename)
        raise URLError('file not on local host')


class DataHandler(BaseHandler):
    """Opens data: URLs (RFC 2397): data:[<mediatype>][;base64],<data>."""

    def data_open(self, req):
        url = req.full_url
        scheme, data = url.split(":", 1)
        mediatype, data = data.split(",", 1)
        data = unquote_to_bytes(data)
        if mediatype.endswith(";base64"):
            data = base64.decodebytes(data)
            mediatype = mediatype[:-7]
        if not mediatype:
            mediatype = "text/plain;charset=US-ASCII"
        headers = email.message_from_string("Content-type: %s\nContent-length: %d\n" %
                                            (mediatype, len(data)))
        return addinfourl(io.BytesIO(data), headers, url)


def url2pathname(pathname):
    """A file: URL's path -> a local path (POSIX: just unquote)."""
    return unquote(pathname)


def pathname2url(pathname):
    """A local path -> the path of a file: URL (POSIX: just quote)."""
    return quote(pathname)
