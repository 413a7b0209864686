# http.server request handling driven in memory (no sockets): request-line
# errors and their status codes, HTTP/0.9, keep-alive, Expect: 100-continue,
# error pages, header buffering and the log line format.
import http.server, io, sys

class Handler(http.server.BaseHTTPRequestHandler):
    def date_time_string(self, timestamp=None):
        return "DATE"
    def log_date_time_string(self):
        return "NOW"
    def do_GET(self):
        body = ("%s %s %s close=%s" % (self.command, self.path, self.request_version, self.close_connection)).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_HEAD(self):
        self.send_error(404, "Gone <away>", "explained & more")
    def do_NOBODY(self):
        self.send_error(304)

def run(raw, protocol="HTTP/1.0"):
    Handler.protocol_version = protocol
    h = Handler.__new__(Handler)
    h.rfile = io.BytesIO(raw)
    h.wfile = io.BytesIO()
    h.client_address = ("10.0.0.7", 4242)
    log = io.StringIO()
    real, sys.stderr = sys.stderr, log
    try:
        h.handle()
    finally:
        sys.stderr = real
    print("==", raw[:60])
    print(h.wfile.getvalue().decode("latin-1"))
    print("log:", log.getvalue())

run(b"GET /a?b=1 HTTP/1.0\r\nHost: x\r\n\r\n")
run(b"GET //double/slash HTTP/1.0\r\n\r\n")
run(b"GET /keep HTTP/1.1\r\n\r\nGET /second HTTP/1.1\r\nConnection: close\r\n\r\n", "HTTP/1.1")
run(b"GET /old HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /again HTTP/1.0\r\n\r\n", "HTTP/1.1")
run(b"GET /cont HTTP/1.1\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n", "HTTP/1.1")
run(b"GET /bad HTTP/1.1.1\r\n\r\n")
run(b"GET /bad HTTP/x.y\r\n\r\n")
run(b"GET /big HTTP/3.0\r\n\r\n")
run(b"GET / extra HTTP/1.0\r\n\r\n")
run(b"LONELY\r\n\r\n")
run(b"POST /nine\r\n\r\n")
run(b"GET /nine\r\n\r\n")
run(b"PATCH /x HTTP/1.0\r\n\r\n")
run(b"HEAD /x HTTP/1.0\r\n\r\n")
run(b"NOBODY /x HTTP/1.0\r\n\r\n")
run(b"GET /ctl\x01\x7f\\ HTTP/1.0\r\n\r\n")
run(b"GET / HTTP/1.0\r\nX: " + b"y" * 70000 + b"\r\n\r\n")
run(b"GET / HTTP/1.0\r\n" + b"A: b\r\n" * 101 + b"\r\n")
run(b"G" * 70000)
run(b"")

h = Handler.__new__(Handler)
h.client_address = ("::1", 1, 0, 0)
print(h.address_string(), http.server.BaseHTTPRequestHandler.date_time_string(h, 0))
print(http.server.BaseHTTPRequestHandler.date_time_string(h, 1700000000.5))
print(Handler.server_version, Handler.sys_version.startswith("Python/3."), Handler.default_request_version)
print(Handler.responses[404], Handler.responses[418], len(Handler.responses) > 50)
print(http.server.DEFAULT_ERROR_CONTENT_TYPE, http.server.__all__[:4])
print(http.server.HTTPServer.allow_reuse_address, http.server.ThreadingHTTPServer.daemon_threads)
print(http.server.BaseHTTPRequestHandler.MessageClass.__name__)
