"""HTTP/1.1 client: HTTPConnection sends requests, HTTPResponse reads the replies.

Written here from the http.client documentation of Python 3.11 and RFC 9112.  A
connection goes idle -> request started (putrequest) -> request sent (endheaders)
-> idle again once getresponse() has read the status line and headers; the
response then reads its body framed by Content-Length, chunked coding or the
connection closing.
"""
import collections.abc
import email.message
import email.parser
import errno
import http
import io
import re
import socket
import sys
from urllib.parse import urlsplit

__all__ = ['HTTPResponse', 'HTTPConnection', 'HTTPException', 'NotConnected',
           'UnknownProtocol', 'UnknownTransferEncoding', 'UnimplementedFileMode',
           'IncompleteRead', 'InvalidURL', 'ImproperConnectionState',
           'CannotSendRequest', 'CannotSendHeader', 'ResponseNotReady',
           'BadStatusLine', 'LineTooLong', 'RemoteDisconnected', 'error', 'responses']

HTTP_PORT = 80
HTTPS_PORT = 443

# The status codes as module constants (http.client.OK, ...) and their phrases.
globals().update(http.HTTPStatus.__members__)
responses = {status.value: status.phrase for status in http.HTTPStatus}

_UNKNOWN = 'UNKNOWN'
# Connection states; their text shows in CannotSendRequest/ResponseNotReady.
_IDLE = 'Idle'
_STARTED = 'Request-started'
_SENT = 'Request-sent'

_MAXLINE = 65536       # longest status, header or chunk-size line accepted
_MAXHEADERS = 100

_BODY_METHODS = frozenset({'PATCH', 'POST', 'PUT'})   # Content-Length: 0 when bodiless
_HEADER_NAME_OK = re.compile(rb'[^:\s][^:\r\n]*').fullmatch
# A bare CR or LF not starting a folded continuation line would end the header.
_HEADER_VALUE_BAD = re.compile(rb'\n(?![ \t])|\r(?![ \t\n])').search
_URL_CONTROL = re.compile('[\x00-\x20\x7f]')
_METHOD_CONTROL = re.compile('[\x00-\x1f]')


class HTTPException(Exception):
    "Base of the errors raised here."


class NotConnected(HTTPException):
    "send() with auto_open off."


class InvalidURL(HTTPException):
    "Bad host, port or path."


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = (version,)
        self.version = version


class UnknownTransferEncoding(HTTPException):
    "Unused; kept for callers."


class UnimplementedFileMode(HTTPException):
    "Unused; kept for callers."


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = (partial,)
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        more = '' if self.expected is None else ', %i more expected' % self.expected
        return '%s(%i bytes read%s)' % (type(self).__name__, len(self.partial), more)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    "Call out of order."


class CannotSendRequest(ImproperConnectionState):
    "putrequest() when not idle."


class CannotSendHeader(ImproperConnectionState):
    "putheader() out of order."


class ResponseNotReady(ImproperConnectionState):
    "getresponse() out of order."


class BadStatusLine(HTTPException):
    def __init__(self, line):
        line = line or repr(line)
        self.args = (line,)
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        super().__init__(f'got more than {_MAXLINE} bytes when reading {line_type}')


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, '')
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException


class HTTPMessage(email.message.Message):
    """The headers of a response (an email Message with one extra lookup)."""

    def getallmatchingheaders(self, name):
        # Header names equal to `name`, plus the continuation-looking keys
        # after each (kept for old callers).
        prefix = name.lower() + ':'
        found, inside = [], False
        for key in self.keys():
            if key[:len(prefix)].lower() == prefix:
                inside = True
            elif not key[:1].isspace():
                inside = False
            if inside:
                found.append(key)
        return found


def _limited_line(fp, what):
    line = fp.readline(_MAXLINE + 1)
    if len(line) > _MAXLINE:
        raise LineTooLong(what)
    return line


def _header_block(fp):
    # Raw header lines up to and including the blank line (or EOF).
    lines = []
    while True:
        line = _limited_line(fp, 'header line')
        lines.append(line)
        if len(lines) > _MAXHEADERS:
            raise HTTPException(f'got more than {_MAXHEADERS} headers')
        if line in (b'\r\n', b'\n', b''):
            return lines


def parse_headers(fp, _class=HTTPMessage):
    """Read header lines from fp into a _class (HTTPMessage) instance."""
    text = b''.join(_header_block(fp)).decode('iso-8859-1')
    return email.parser.Parser(_class=_class).parsestr(text)


class HTTPResponse(io.BufferedIOBase):
    """A reply: status, headers, and the body as a readable binary stream."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile('rb')
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = self.status = self.reason = _UNKNOWN
        self.chunked = self.chunk_left = self.length = _UNKNOWN
        self.will_close = _UNKNOWN

    # -- status line and headers

    def _read_status(self):
        line = str(_limited_line(self.fp, 'status line'), 'iso-8859-1')
        if self.debuglevel > 0:
            print('reply:', repr(line))
        if not line:
            # The server closed the connection without answering (a stale
            # keep-alive connection, typically).
            raise RemoteDisconnected('Remote end closed connection without response')
        fields = line.split(None, 2)
        version = fields[0] if len(fields) >= 2 else ''
        status = fields[1] if len(fields) >= 2 else ''
        reason = fields[2] if len(fields) == 3 else ''
        if not version.startswith('HTTP/'):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            code = int(status)
        except ValueError:
            raise BadStatusLine(line) from None
        if not 100 <= code <= 999:
            raise BadStatusLine(line)
        return version, code, reason

    def begin(self):
        if self.headers is not None:
            return   # already done
        while True:
            version, status, reason = self._read_status()
            if status != CONTINUE:
                break
            interim = _header_block(self.fp)   # a 100 Continue's headers: skipped
            if self.debuglevel > 0:
                print('headers:', interim)
        if not version.startswith('HTTP/1.') and version != 'HTTP/0.9':
            raise UnknownProtocol(version)
        self.version = 10 if version in ('HTTP/1.0', 'HTTP/0.9') else 11
        self.status = self.code = status
        self.reason = reason.strip()
        self.msg = self.headers = parse_headers(self.fp)
        if self.debuglevel > 0:
            for item in self.headers.items():
                print('header:', item[0] + ':', item[1])

        coding = self.headers.get('transfer-encoding')
        self.chunked = bool(coding) and coding.lower() == 'chunked'
        self.chunk_left = None if self.chunked else _UNKNOWN
        self.will_close = self._check_close()
        self.length = None
        declared = self.headers.get('content-length')
        if declared and not self.chunked:
            try:
                self.length = int(declared)
            except ValueError:
                pass
            else:
                if self.length < 0:
                    self.length = None
        if status in (NO_CONTENT, NOT_MODIFIED) or status < 200 or self._method == 'HEAD':
            self.length = 0
        # Without a length or chunks the body ends when the connection does.
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _check_close(self):
        connection = (self.headers.get('connection') or '').lower()
        if self.version == 11:
            return 'close' in connection
        # HTTP/1.0 closes unless keep-alive was negotiated.
        if self.headers.get('keep-alive') or 'keep-alive' in connection:
            return False
        proxy = (self.headers.get('proxy-connection') or '').lower()
        return 'keep-alive' not in proxy

    # -- stream plumbing

    def _close_conn(self):
        fp, self.fp = self.fp, None
        fp.close()

    def close(self):
        try:
            super().close()
        finally:
            if self.fp:
                self._close_conn()

    def flush(self):
        super().flush()
        if self.fp:
            self.fp.flush()

    def readable(self):
        return True

    def isclosed(self):
        return self.fp is None

    def fileno(self):
        return self.fp.fileno()

    def _no_body(self):
        if self.fp is None:
            return True
        if self._method == 'HEAD':
            self._close_conn()
            return True
        return False

    def _consumed(self, n):
        # Account for n body bytes read under Content-Length.
        if self.length is not None:
            self.length -= n
            if not self.length:
                self._close_conn()

    # -- body reading

    def read(self, amt=None):
        if self._no_body():
            return b''
        if self.chunked:
            return self._read_chunks(amt)
        if amt is None:
            if self.length is None:
                data = self.fp.read()
            else:
                try:
                    data = self._read_exactly(self.length)
                except IncompleteRead:
                    self._close_conn()
                    raise
                self.length = 0
            self._close_conn()
            return data
        if self.length is not None:
            amt = min(amt, self.length)
        data = self.fp.read(amt)
        if not data and amt:
            self._close_conn()
        else:
            self._consumed(len(data))
        return data

    def readinto(self, b):
        if self._no_body():
            return 0
        if self.chunked:
            return self._readinto_chunks(b)
        if self.length is not None and len(b) > self.length:
            b = memoryview(b)[:self.length]
        n = self.fp.readinto(b)
        if not n and b:
            self._close_conn()
        else:
            self._consumed(n)
        return n

    def read1(self, n=-1):
        if self.fp is None or self._method == 'HEAD':
            return b''
        if self.chunked:
            left = self._chunk_remaining()
            if left is None or n == 0:
                return b''
            if not 0 <= n <= left:
                n = left
            data = self.fp.read1(n)
            self.chunk_left -= len(data)
            if not data:
                raise IncompleteRead(b'')
            return data
        if self.length is not None and (n < 0 or n > self.length):
            n = self.length
        data = self.fp.read1(n)
        if not data and n:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(data)
        return data

    def peek(self, n=-1):
        if self.fp is None or self._method == 'HEAD':
            return b''
        if not self.chunked:
            return self.fp.peek(n)
        try:
            left = self._chunk_remaining()
        except IncompleteRead:
            return b''
        if left is None:
            return b''
        return self.fp.peek(left)[:left]

    def readline(self, limit=-1):
        if self.fp is None or self._method == 'HEAD':
            return b''
        if self.chunked:
            return super().readline(limit)   # built on peek() and read()
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        line = self.fp.readline(limit)
        if not line and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(line)
        return line

    def _read_exactly(self, amt):
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    def _fill_exactly(self, view):
        want = len(view)
        got = self.fp.readinto(view)
        if got < want:
            raise IncompleteRead(bytes(view[:got]), want - got)
        return got

    # Chunked coding: chunk_left is the unread part of the current chunk; 0
    # means a chunk was finished (its CRLF still to skip), None that no chunk
    # was started yet or the last one has been read.

    def _chunk_remaining(self):
        left = self.chunk_left
        if left:
            return left
        if left is not None:
            self._read_exactly(2)   # the CRLF after the previous chunk's data
        line = _limited_line(self.fp, 'chunk size')
        size_text = line.split(b';', 1)[0]   # chunk extensions are ignored
        try:
            left = int(size_text, 16)
        except ValueError:
            self._close_conn()
            raise IncompleteRead(b'') from None
        if left == 0:
            self._skip_trailer()
            self._close_conn()
            left = None
        self.chunk_left = left
        return left

    def _skip_trailer(self):
        while True:
            line = _limited_line(self.fp, 'trailer line')
            if line in (b'\r\n', b'\n', b''):
                return

    def _read_chunks(self, amt=None):
        pieces = []
        try:
            while True:
                left = self._chunk_remaining()
                if left is None:
                    break
                if amt is not None and amt <= left:
                    pieces.append(self._read_exactly(amt))
                    self.chunk_left = left - amt
                    break
                pieces.append(self._read_exactly(left))
                if amt is not None:
                    amt -= left
                self.chunk_left = 0
            return b''.join(pieces)
        except IncompleteRead as exc:
            raise IncompleteRead(b''.join(pieces)) from exc

    def _readinto_chunks(self, b):
        view = memoryview(b)
        done = 0
        try:
            while True:
                left = self._chunk_remaining()
                if left is None:
                    return done
                if len(view) <= left:
                    n = self._fill_exactly(view)
                    self.chunk_left = left - n
                    return done + n
                n = self._fill_exactly(view[:left])
                view = view[n:]
                done += n
                self.chunk_left = 0
        except IncompleteRead:
            raise IncompleteRead(bytes(b[:done])) from None

    # -- header access

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name) or default
        if isinstance(values, str) or not hasattr(values, '__iter__'):
            return values
        return ', '.join(values)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return [*self.headers.items()]

    # The urllib response interface.

    def getcode(self):
        return self.status

    def geturl(self):
        return self.url

    def info(self):
        return self.headers

    def __iter__(self):
        return self


def _latin1_body(text, what):
    try:
        return text.encode('latin-1')
    except UnicodeEncodeError as err:
        bad = text[err.start:err.end]
        raise UnicodeEncodeError(
            err.encoding, err.object, err.start, err.end,
            f"{what.title()} ({bad!r:.20}) is not valid Latin-1. "
            f"Use {what}.encode('utf-8') if you want to send it encoded in UTF-8.") from None


class HTTPConnection:
    """One HTTP/1.1 connection to host:port; requests go out one at a time."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.host, self.port = self._get_hostport(host, port)
        self._check_controls(self.host)
        self.timeout, self.source_address, self.blocksize = timeout, source_address, blocksize
        self._create_connection = socket.create_connection
        self.sock = self._method = None
        self.__state = _IDLE
        self.__response = None     # the response still being read, on keep-alive
        self._buffer = []          # request line and headers not yet sent
        self._tunnel_host = self._tunnel_port = None
        self._tunnel_headers = {}

    def _get_hostport(self, host, port):
        if port is None:
            colon = host.rfind(':')
            if colon > host.rfind(']'):   # a port, not part of an IPv6 literal
                text = host[colon + 1:]
                try:
                    port = int(text)
                except ValueError:
                    if text:
                        raise InvalidURL(f"nonnumeric port: '{text}'") from None
                    port = self.default_port
                host = host[:colon]
            else:
                port = self.default_port
        if host[:1] == '[' and host[-1:] == ']':
            host = host[1:-1]
        return host, port

    @staticmethod
    def _check_controls(url):
        found = _URL_CONTROL.search(url)
        if found:
            raise InvalidURL(f"URL can't contain control characters. {url!r} "
                             f"(found at least {found.group()!r})")

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        # Talk to host:port through this connection's proxy (HTTP CONNECT).
        if self.sock:
            raise RuntimeError("Can't set up tunnel for established connection")
        target = self._get_hostport(host, port)
        self._tunnel_host, self._tunnel_port = target
        if not headers:
            self._tunnel_headers.clear()
        else:
            self._tunnel_headers = headers

    def _tunnel(self):
        lines = [b'CONNECT %s:%d HTTP/1.0\r\n' % (self._tunnel_host.encode('ascii'),
                                                  self._tunnel_port)]
        lines += [f'{k}: {v}\r\n'.encode('latin-1') for k, v in self._tunnel_headers.items()]
        lines.append(b'\r\n')
        self.send(b''.join(lines))
        reply = self.response_class(self.sock, method=self._method)
        status = reply._read_status()
        if status[1] != http.HTTPStatus.OK:
            self.close()
            raise OSError(f'Tunnel connection failed: {status[1]} {status[2].strip()}')
        for line in iter(lambda: _limited_line(reply.fp, 'header line'), b''):
            if line in (b'\r\n', b'\n'):
                break
            if self.debuglevel > 0:
                print('header:', line.decode())

    def connect(self):
        # Open the TCP connection (send() does it on demand).
        sys.audit('http.client.connect', self, self.host, self.port)
        address = (self.host, self.port)
        self.sock = self._create_connection(address, self.timeout, self.source_address)
        # Requests go out in several small writes; do not let Nagle delay them.
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError as e:
            if e.errno != errno.ENOPROTOOPT:
                raise
        if self._tunnel_host:
            self._tunnel()

    def close(self):
        self.__state = _IDLE
        try:
            sock, self.sock = self.sock, None
            if sock:
                sock.close()
        finally:
            response, self.__response = self.__response, None
            if response:
                response.close()

    def send(self, data):
        """Send bytes, a file-like object or an iterable of bytes."""
        if self.sock is None:
            if not self.auto_open:
                raise NotConnected()
            self.connect()
        if self.debuglevel > 0:
            print('send:', repr(data))
        if hasattr(data, 'read'):
            if self.debuglevel > 0:
                print('sending a readable')
            for block in self._blocks_of(data):
                sys.audit('http.client.send', self, block)
                self.sock.sendall(block)
            return
        sys.audit('http.client.send', self, data)
        try:
            self.sock.sendall(data)
        except TypeError:
            if not isinstance(data, collections.abc.Iterable):
                raise TypeError('data should be a bytes-like object or an iterable, '
                                f'got {type(data)!r}') from None
            for piece in data:
                self.sock.sendall(piece)

    def _blocks_of(self, readable):
        # Text files are sent as ISO-8859-1.
        text = isinstance(readable, io.TextIOBase)
        if text and self.debuglevel > 0:
            print('encoding file using iso-8859-1')
        while True:
            block = readable.read(self.blocksize)
            if not block:
                return
            yield block.encode('iso-8859-1') if text else block

    def _output(self, s):
        self._buffer.append(s)

    def _send_output(self, message_body=None, encode_chunked=False):
        head = b'\r\n'.join(self._buffer + [b'', b''])
        self._buffer.clear()
        self.send(head)
        if message_body is None:
            return
        if hasattr(message_body, 'read'):
            if self.debuglevel > 0:
                print('reading a readable')
            pieces = self._blocks_of(message_body)
        else:
            try:
                memoryview(message_body)
            except TypeError:
                try:
                    pieces = iter(message_body)
                except TypeError:
                    raise TypeError('message_body should be a bytes-like object or an '
                                    f'iterable, got {type(message_body)!r}') from None
            else:
                pieces = (message_body,)
        chunked = encode_chunked and self._http_vsn == 11
        for piece in pieces:
            if not piece:
                if self.debuglevel > 0:
                    print('Zero length chunk ignored')
                continue   # an empty chunk would end a chunked body early
            if chunked:
                piece = b'%X\r\n%s\r\n' % (len(piece), piece)
            self.send(piece)
        if chunked:
            self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        # The request line, then Host and Accept-Encoding unless skipped.
        self._forget_finished_response()
        if self.__state != _IDLE:
            raise CannotSendRequest(self.__state)
        self.__state = _STARTED
        found = _METHOD_CONTROL.search(method)
        if found:
            raise ValueError(f"method can't contain control characters. {method!r} "
                             f"(found at least {found.group()!r})")
        self._method = method
        url = url or '/'
        self._check_controls(url)
        self._output(f'{method} {url} {self._http_vsn_str}'.encode('ascii'))
        if self._http_vsn != 11:
            return
        if not skip_host:
            self.putheader('Host', self._host_header(url))
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def _host_header(self, url):
        # An absolute URL names its own host (requests through a proxy).
        netloc = urlsplit(url)[1] if url.startswith('http') else ''
        if netloc:
            return _ascii_or_idna(netloc)
        if self._tunnel_host:
            host, port = self._tunnel_host, self._tunnel_port
        else:
            host, port = self.host, self.port
        name = _ascii_or_idna(host)
        if ':' in host:
            name = b'[' + name.partition(b'%')[0] + b']'   # IPv6, without a zone id
        if port == self.default_port:
            return name
        return f"{name.decode('ascii')}:{port}"

    def putheader(self, header, *values):
        """Queue 'header: value' (several values become folded lines)."""
        if self.__state != _STARTED:
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        if not _HEADER_NAME_OK(header):
            raise ValueError(f'Invalid header name {header!r}')
        encoded = []
        for value in values:
            if hasattr(value, 'encode'):
                value = value.encode('latin-1')
            elif isinstance(value, int):
                value = str(value).encode('ascii')
            if _HEADER_VALUE_BAD(value):
                raise ValueError(f'Invalid header value {value!r}')
            encoded.append(value)
        self._output(header + b': ' + b'\r\n\t'.join(encoded))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """Send the queued head, then message_body if given."""
        if self.__state != _STARTED:
            raise CannotSendHeader()
        self.__state = _SENT
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Send a whole request; the body's framing is chosen unless given."""
        given = {name.lower() for name in headers}
        self.putrequest(method, url, skip_host='host' in given,
                        skip_accept_encoding='accept-encoding' in given)
        if 'content-length' not in given:
            if 'transfer-encoding' not in given:
                encode_chunked = False
                size = self._get_content_length(body, method)
                if size is not None:
                    self.putheader('Content-Length', str(size))
                elif body is not None:
                    if self.debuglevel > 0:
                        print(f'Unable to determine size of {body!r}')
                    encode_chunked = True
                    self.putheader('Transfer-Encoding', 'chunked')
        else:
            encode_chunked = False
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = _latin1_body(body, 'body')
        self.endheaders(body, encode_chunked=encode_chunked)

    @staticmethod
    def _get_content_length(body, method):
        # None: unknown (a file or an iterable: sent chunked).
        if body is None:
            return 0 if method.upper() in _BODY_METHODS else None
        if hasattr(body, 'read'):
            return None
        try:
            return memoryview(body).nbytes
        except TypeError:
            pass
        return len(body) if isinstance(body, str) else None

    def _forget_finished_response(self):
        if self.__response and self.__response.isclosed():
            self.__response = None

    def getresponse(self):
        # Reads the status line and headers of the reply to the request sent.
        self._forget_finished_response()
        if self.__state != _SENT or self.__response:
            raise ResponseNotReady(self.__state)
        extra = (self.debuglevel,) if self.debuglevel > 0 else ()
        response = self.response_class(self.sock, *extra, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self.__state = _IDLE
            if response.will_close:
                self.close()   # the response keeps its own file on the socket
            else:
                self.__response = response
            return response
        except BaseException:
            response.close()
            raise


def _ascii_or_idna(host):
    try:
        return host.encode('ascii')
    except UnicodeEncodeError:
        return host.encode('idna')
