# http.server on 127.0.0.1:0 in a thread, talked to with http.client: GET/HEAD/POST,
# chunked bodies, keep-alive, errors, SimpleHTTPRequestHandler on a temp directory.
import http, http.client, http.server, io, os, sys, tempfile, threading

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, format, *args):
        log.append(format % args)
    def do_GET(self):
        if self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for piece in (b"first ", b"second ", b"third"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
            return
        if self.path == "/missing":
            self.send_error(404)
            return
        body = ("path=%s ua=%s x=%s" % (self.path, self.headers.get("User-Agent"), self.headers.get_all("X-Multi"))).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Set-Cookie", "a=1")
        self.send_header("Set-Cookie", "b=2")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
    do_HEAD = do_GET
    def do_POST(self):
        if self.headers.get("Transfer-Encoding") == "chunked":
            data = b""
            while True:
                size = int(self.rfile.readline(), 16)
                chunk = self.rfile.read(size + 2)[:-2]
                if not size:
                    break
                data += chunk
        else:
            data = self.rfile.read(int(self.headers["Content-Length"]))
        reply = b"got %d bytes: %s" % (len(data), data[:40])
        self.send_response(201, "Made")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

log = []
server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()

conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
conn.request("GET", "/hello?q=1", headers={"User-Agent": "spry-test", "X-Multi": "one"})
r = conn.getresponse()
print(r.status, r.reason, r.version, r.getheader("Content-Type"), r.getheader("Set-Cookie"), r.getheader("Nope", "dflt"))
print(sorted(k for k, v in r.getheaders()), r.headers.get_all("Set-Cookie"), r.length, r.will_close)
print(r.read(5), r.read(), r.isclosed(), r.read())
conn.request("HEAD", "/head")
r = conn.getresponse()
print(r.status, r.getheader("Content-Length"), r.read(), r.isclosed())
conn.request("GET", "/chunked")
r = conn.getresponse()
print(r.status, r.chunked, r.read(8), r.read())
conn.request("POST", "/post", body=b"x=1&y=2", headers={"Content-Type": "application/x-www-form-urlencoded"})
r = conn.getresponse()
print(r.status, r.reason, r.read())
conn.request("POST", "/post", body=iter([b"abc", b"", b"defgh"]))
r = conn.getresponse()
print(r.status, r.read())
conn.request("POST", "/post", body=io.BytesIO(b"from a file"))
print(conn.getresponse().read())
conn.request("POST", "/post", body="text body")
print(conn.getresponse().read())
conn.request("GET", "/missing")
r = conn.getresponse()
print(r.status, r.reason, r.getheader("Content-Type"), r.getheader("Connection"), r.will_close)
print(r.read().decode())
conn.request("PUT", "/x", body=b"")
r = conn.getresponse()
print(r.status, r.reason, r.read()[-60:])
conn.close()
try:
    conn.getresponse()
except http.client.ResponseNotReady as e:
    print("ResponseNotReady", e)
conn.putrequest("GET", "/")
try:
    conn.putrequest("GET", "/")
except http.client.CannotSendRequest as e:
    print("CannotSendRequest", e)
conn.close()
for bad in ("/a b", "/x\r\nInjected: 1"):
    try:
        conn.request("GET", bad)
    except http.client.InvalidURL as e:
        print("InvalidURL", e)
    conn.close()
try:
    conn.putrequest("GET", "/")
    conn.putheader("Bad:Name", "v")
except ValueError as e:
    print("ValueError", e)
conn.close()
try:
    http.client.HTTPConnection("host:port")
except http.client.InvalidURL as e:
    print("InvalidURL", e)
c2 = http.client.HTTPConnection("example.com:8080")
print(c2.host, c2.port, http.client.HTTPConnection("[::1]:81").host, http.client.HTTPConnection("h").port)

# Raw requests: malformed lines and HTTP/0.9 go through the same handler.
import socket
for raw in (b"GARBAGE\r\n\r\n", b"GET / HTTP/2.0\r\n\r\n", b"GET / HTTP/1.x\r\n\r\n", b"GET /\r\n\r\n", b"BREW /pot HTTP/1.0\r\n\r\n"):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(raw)
    f = s.makefile("rb")
    print(raw, f.readline(), len(f.read()) > 0)
    f.close(); s.close()

# SimpleHTTPRequestHandler serving a temporary directory, one thread per request.
with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "sub"))
    with open(os.path.join(d, "hello.txt"), "w") as f:
        f.write("hello file\n")
    with open(os.path.join(d, "data.json"), "w") as f:
        f.write("{}")
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **kw):
            super().__init__(*a, directory=d, **kw)
        def log_message(self, *args):
            pass
    srv2 = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    t2 = threading.Thread(target=srv2.serve_forever, kwargs={"poll_interval": 0.05})
    t2.start()
    for path in ("/hello.txt", "/data.json", "/", "/sub", "/nothere", "/../../etc/passwd", "/hello.txt/"):
        c = http.client.HTTPConnection("127.0.0.1", srv2.server_address[1], timeout=10)
        c.request("GET", path)
        r = c.getresponse()
        body = r.read()
        print(path, r.status, r.reason, r.getheader("Content-type"), r.getheader("Location"), r.getheader("Content-Length"))
        if path == "/":
            print(body.decode().replace(d, "D"))
        c.close()
    srv2.shutdown()
    srv2.server_close()
    t2.join()

server.shutdown()
server.server_close()
thread.join()
print([line for line in log])
print(http.HTTPStatus(404), repr(http.HTTPStatus.OK), http.HTTPStatus.NOT_FOUND.phrase, http.HTTPStatus.IM_A_TEAPOT.description)
print(http.HTTPMethod.GET, repr(http.HTTPMethod.POST), http.HTTPMethod.PATCH.description, http.client.responses[418], http.client.NOT_FOUND)
print(repr(http.client.IncompleteRead(b"ab", 3)), repr(http.client.BadStatusLine("")), str(http.client.LineTooLong("header line")))
