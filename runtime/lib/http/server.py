"""HTTP servers: a request handler base class, a static-file handler and the
`python -m http.server` command line.  Written for Spry from the documented
behaviour of the standard module; there is no CGI handler."""

import datetime
import email.utils
import html
import http.client
import io
import mimetypes
import os
import posixpath
import shutil
import socket
import socketserver
import sys
import time
import urllib.parse
from http import HTTPStatus

__all__ = ["HTTPServer", "ThreadingHTTPServer", "BaseHTTPRequestHandler",
           "SimpleHTTPRequestHandler"]

__version__ = "0.6"

DEFAULT_ERROR_MESSAGE = (
    '<!DOCTYPE HTML>\n'
    '<html lang="en">\n'
    '    <head>\n'
    '        <meta charset="utf-8">\n'
    '        <title>Error response</title>\n'
    '    </head>\n'
    '    <body>\n'
    '        <h1>Error response</h1>\n'
    '        <p>Error code: %(code)d</p>\n'
    '        <p>Message: %(message)s.</p>\n'
    '        <p>Error code explanation: %(code)s - %(explain)s.</p>\n'
    '    </body>\n'
    '</html>\n')

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"

# Request lines and header lines longer than this are refused.
LINE_LIMIT = 65536


class HTTPServer(socketserver.TCPServer):
    allow_reuse_address = 1

    def server_bind(self):
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = socket.getfqdn(host)
        self.server_port = port


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True


def escaped_controls():
    # Log lines show control characters (C0, DEL and C1) as \xNN escapes.
    table = {}
    for code in list(range(0x20)) + list(range(0x7F, 0xA0)):
        table[code] = "\\x%02x" % code
    table[ord("\\")] = "\\\\"
    return table


def parse_version(word):
    """'HTTP/1.1' -> (1, 1); None when the word is no valid HTTP version."""
    if not word.startswith("HTTP/"):
        return None
    numbers = word[5:].split(".")
    if len(numbers) != 2:
        return None
    result = []
    for part in numbers:
        # isdigit() admits non-ASCII digits; the protocol only has ASCII ones.
        if not part or len(part) > 10 or not part.isascii() or not part.isdigit():
            return None
        result.append(int(part))
    return tuple(result)


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    sys_version = "Python/" + sys.version.split()[0]
    server_version = "BaseHTTP/" + __version__
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    default_request_version = "HTTP/0.9"
    protocol_version = "HTTP/1.0"
    MessageClass = http.client.HTTPMessage
    responses = {status: (status.phrase, status.description)
                 for status in HTTPStatus.__members__.values()}
    weekdayname = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    monthname = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    _control_char_table = escaped_controls()

    # -- reading a request ------------------------------------------------

    def parse_request(self):
        self.command = None
        self.request_version = self.default_request_version
        self.close_connection = True
        line = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
        self.requestline = line
        words = line.split()
        if not words:
            return False
        if len(words) >= 3:
            version = words[-1]
            number = parse_version(version)
            if number is None:
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad request version (%r)" % version)
                return False
            if number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                "Invalid HTTP version (%s)" % version[5:])
                return False
            if number >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            self.request_version = version
        if not 2 <= len(words) <= 3:
            self.send_error(HTTPStatus.BAD_REQUEST,
                            "Bad request syntax (%r)" % line)
            return False
        command, path = words[0], words[1]
        if len(words) == 2:
            # HTTP/0.9: a bare "GET path", answered without headers.
            self.close_connection = True
            if command != "GET":
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad HTTP/0.9 request type (%r)" % command)
                return False
        if path.startswith("//"):
            # A leading '//' would read as a network location further on.
            path = "/" + path.lstrip("/")
        self.command = command
        self.path = path

        try:
            self.headers = http.client.parse_headers(self.rfile,
                                                     _class=self.MessageClass)
        except http.client.LineTooLong as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                            "Line too long", str(err))
            return False
        except http.client.HTTPException as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                            "Too many headers", str(err))
            return False

        connection = self.headers.get("Connection", "").lower()
        if connection == "close":
            self.close_connection = True
        elif connection == "keep-alive" and self.protocol_version >= "HTTP/1.1":
            self.close_connection = False

        expect = self.headers.get("Expect", "").lower()
        if (expect == "100-continue" and self.protocol_version >= "HTTP/1.1"
                and self.request_version >= "HTTP/1.1"):
            if not self.handle_expect_100():
                return False
        return True

    def handle_expect_100(self):
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        try:
            self.raw_requestline = self.rfile.readline(LINE_LIMIT + 1)
            if len(self.raw_requestline) > LINE_LIMIT:
                self.requestline = ""
                self.request_version = ""
                self.command = ""
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            handler = getattr(self, "do_" + self.command, None)
            if handler is None:
                self.send_error(HTTPStatus.NOT_IMPLEMENTED,
                                "Unsupported method (%r)" % self.command)
                return
            handler()
            self.wfile.flush()
        except TimeoutError as err:
            self.log_error("Request timed out: %r", err)
            self.close_connection = True

    def handle(self):
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    # -- writing a response -----------------------------------------------

    def send_error(self, code, message=None, explain=None):
        short, long = self.responses.get(code, ("???", "???"))
        if message is None:
            message = short
        if explain is None:
            explain = long
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header("Connection", "close")
        body = None
        # 1xx, 204, 205 and 304 responses never carry a body.
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT,
                                        HTTPStatus.RESET_CONTENT,
                                        HTTPStatus.NOT_MODIFIED):
            page = self.error_message_format % {
                "code": code,
                "message": html.escape(message, quote=False),
                "explain": html.escape(explain, quote=False),
            }
            body = page.encode("UTF-8", "replace")
            self.send_header("Content-Type", self.error_content_type)
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)

    def send_response(self, code, message=None):
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header("Server", self.version_string())
        self.send_header("Date", self.date_time_string())

    def pending_headers(self):
        if not hasattr(self, "_headers_buffer"):
            self._headers_buffer = []
        return self._headers_buffer

    def send_response_only(self, code, message=None):
        if self.request_version == "HTTP/0.9":
            return
        if message is None:
            message = self.responses[code][0] if code in self.responses else ""
        line = "%s %d %s\r\n" % (self.protocol_version, code, message)
        self.pending_headers().append(line.encode("latin-1", "strict"))

    def send_header(self, keyword, value):
        if self.request_version != "HTTP/0.9":
            line = "%s: %s\r\n" % (keyword, value)
            self.pending_headers().append(line.encode("latin-1", "strict"))
        if keyword.lower() == "connection":
            if value.lower() == "close":
                self.close_connection = True
            elif value.lower() == "keep-alive":
                self.close_connection = False

    def end_headers(self):
        if self.request_version != "HTTP/0.9":
            self.pending_headers().append(b"\r\n")
            self.flush_headers()

    def flush_headers(self):
        if hasattr(self, "_headers_buffer"):
            self.wfile.write(b"".join(self._headers_buffer))
            self._headers_buffer = []

    # -- logging ------------------------------------------------------------

    def log_request(self, code="-", size="-"):
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)

    def log_message(self, format, *args):
        text = (format % args).translate(self._control_char_table)
        sys.stderr.write("%s - - [%s] %s\n" % (
            self.address_string(), self.log_date_time_string(), text))

    def version_string(self):
        return self.server_version + " " + self.sys_version

    def date_time_string(self, timestamp=None):
        if timestamp is None:
            timestamp = time.time()
        return email.utils.formatdate(timestamp, usegmt=True)

    def log_date_time_string(self):
        now = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (
            now.tm_mday, self.monthname[now.tm_mon], now.tm_year,
            now.tm_hour, now.tm_min, now.tm_sec)

    def address_string(self):
        return self.client_address[0]


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    server_version = "SimpleHTTP/" + __version__
    # Compressed files are served as themselves, not as what they contain.
    _encodings_map_default = {
        ".gz": "application/gzip",
        ".Z": "application/octet-stream",
        ".bz2": "application/x-bzip2",
        ".xz": "application/x-xz",
    }
    extensions_map = _encodings_map_default

    def __init__(self, *args, directory=None, **kwargs):
        self.directory = os.fspath(os.getcwd() if directory is None else directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        source = self.send_head()
        if source:
            try:
                self.copyfile(source, self.wfile)
            finally:
                source.close()

    def do_HEAD(self):
        source = self.send_head()
        if source:
            source.close()

    def send_head(self):
        """Send the status line and headers; return an open file for the body
        (or None when the response is already complete)."""
        target = self.translate_path(self.path)
        if os.path.isdir(target):
            url = urllib.parse.urlsplit(self.path)
            if not url.path.endswith("/"):
                # Relative links in a listing need the trailing slash.
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", urllib.parse.urlunsplit(
                    url._replace(path=url.path + "/")))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            for index in ("index.html", "index.htm"):
                candidate = os.path.join(target, index)
                if os.path.isfile(candidate):
                    target = candidate
                    break
            else:
                return self.list_directory(target)
        content_type = self.guess_type(target)
        if target.endswith("/"):
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            source = open(target, "rb")
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            info = os.fstat(source.fileno())
            if self.unchanged_since_asked(info.st_mtime):
                self.send_response(HTTPStatus.NOT_MODIFIED)
                self.end_headers()
                source.close()
                return None
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-type", content_type)
            self.send_header("Content-Length", str(info.st_size))
            self.send_header("Last-Modified", self.date_time_string(info.st_mtime))
            self.end_headers()
            return source
        except:
            source.close()
            raise

    def unchanged_since_asked(self, mtime):
        # If-None-Match takes precedence, and this server has no entity tags.
        if "If-Modified-Since" not in self.headers or "If-None-Match" in self.headers:
            return False
        try:
            asked = email.utils.parsedate_to_datetime(self.headers["If-Modified-Since"])
        except (TypeError, IndexError, OverflowError, ValueError):
            return False
        utc = datetime.timezone.utc
        if asked.tzinfo is None:
            asked = asked.replace(tzinfo=utc)
        if asked.tzinfo is not utc:
            return False
        modified = datetime.datetime.fromtimestamp(mtime, utc).replace(microsecond=0)
        return modified <= asked

    def list_directory(self, path):
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "No permission to list directory")
            return None
        names.sort(key=str.lower)
        try:
            shown = urllib.parse.unquote(self.path, errors="surrogatepass")
        except UnicodeDecodeError:
            shown = urllib.parse.unquote(self.path)
        shown = html.escape(shown, quote=False)
        encoding = sys.getfilesystemencoding()
        title = "Directory listing for " + shown
        lines = [
            "<!DOCTYPE HTML>",
            '<html lang="en">',
            "<head>",
            '<meta charset="%s">' % encoding,
            "<title>%s</title>" % title,
            "</head>",
            "<body>",
            "<h1>%s</h1>" % title,
            "<hr>",
            "<ul>",
        ]
        for name in names:
            full = os.path.join(path, name)
            label = link = name
            if os.path.isdir(full):
                label = link = name + "/"
            if os.path.islink(full):
                label = name + "@"  # the link still points at the real target
            lines.append('<li><a href="%s">%s</a></li>' % (
                urllib.parse.quote(link, errors="surrogatepass"),
                html.escape(label, quote=False)))
        lines += ["</ul>", "<hr>", "</body>", "</html>", ""]
        page = "\n".join(lines).encode(encoding, "surrogateescape")
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", "text/html; charset=%s" % encoding)
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        return io.BytesIO(page)

    def translate_path(self, path):
        """Map a URL path onto the served directory, dropping the query, the
        fragment and any component that could climb out of it."""
        path = path.split("?", 1)[0].split("#", 1)[0]
        wants_directory = path.rstrip().endswith("/")
        try:
            path = urllib.parse.unquote(path, errors="surrogatepass")
        except UnicodeDecodeError:
            path = urllib.parse.unquote(path)
        result = self.directory
        for part in posixpath.normpath(path).split("/"):
            if not part or os.path.dirname(part) or part in (os.curdir, os.pardir):
                continue
            result = os.path.join(result, part)
        if wants_directory:
            result += "/"
        return result

    def copyfile(self, source, outputfile):
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        ext = posixpath.splitext(path)[1]
        for key in (ext, ext.lower()):
            if key in self.extensions_map:
                return self.extensions_map[key]
        guessed = mimetypes.guess_type(path)[0]
        return guessed or "application/octet-stream"


def pick_address(bind, port):
    """(family, sockaddr) for the first address getaddrinfo gives, so that
    'None' binds to every interface and IPv6 literals work."""
    infos = socket.getaddrinfo(bind, port, type=socket.SOCK_STREAM,
                               flags=socket.AI_PASSIVE)
    family, _, _, _, sockaddr = infos[0]
    return family, sockaddr


def test(HandlerClass=BaseHTTPRequestHandler, ServerClass=ThreadingHTTPServer,
         protocol="HTTP/1.0", port=8000, bind=None):
    ServerClass.address_family, address = pick_address(bind, port)
    HandlerClass.protocol_version = protocol
    with ServerClass(address, HandlerClass) as httpd:
        host, port = httpd.socket.getsockname()[:2]
        shown = "[%s]" % host if ":" in host else host
        print(f"Serving HTTP on {host} port {port} (http://{shown}:{port}/) ...")
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            print("\nKeyboard interrupt received, exiting.")
            sys.exit(0)


def main():
    import argparse
    import contextlib

    parser = argparse.ArgumentParser()
    parser.add_argument("--cgi", action="store_true", help="run as CGI server")
    parser.add_argument("-b", "--bind", metavar="ADDRESS",
                        help="bind to this address (default: all interfaces)")
    parser.add_argument("-d", "--directory", default=os.getcwd(),
                        help="serve this directory (default: current directory)")
    parser.add_argument("-p", "--protocol", metavar="VERSION", default="HTTP/1.0",
                        help="conform to this HTTP version (default: HTTP/1.0)")
    parser.add_argument("port", action="store", default=8000, type=int, nargs="?",
                        help="bind to this port (default: 8000)")
    args = parser.parse_args()
    if args.cgi:
        parser.error("--cgi is not supported by Spry")

    class DirectoryServer(ThreadingHTTPServer):
        def server_bind(self):
            # Accept IPv4 clients on an IPv6 socket where the system allows it.
            with contextlib.suppress(Exception):
                self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
            return super().server_bind()

        def finish_request(self, request, client_address):
            self.RequestHandlerClass(request, client_address, self,
                                     directory=args.directory)

    test(HandlerClass=SimpleHTTPRequestHandler, ServerClass=DirectoryServer,
         port=args.port, bind=args.bind, protocol=args.protocol)


if __name__ == "__main__":
    main()
