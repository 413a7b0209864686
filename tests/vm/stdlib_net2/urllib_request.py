# urllib.request against a local http.server thread (GET, POST, redirects, errors,
# basic auth), file: and data: URLs, Request objects, build_opener; http.cookies.
import base64, os, sys, tempfile, threading
for name in list(os.environ):
    if name.lower().endswith("_proxy"):
        del os.environ[name]
import urllib.request, urllib.error, urllib.parse, http.server, http.cookies

class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass
    def reply(self, code, body, headers=()):
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_GET(self):
        if self.path.startswith("/redirect"):
            n = int(self.path.rsplit("/", 1)[1])
            target = "/redirect/%d" % (n - 1) if n > 1 else "/final"
            self.reply(302, b"", [("Location", target)])
        elif self.path == "/loop":
            self.reply(301, b"", [("Location", "/loop")])
        elif self.path == "/teapot":
            self.reply(418, b"short and stout", [("X-Pot", "yes")])
        elif self.path == "/secret":
            if self.headers.get("Authorization") == "Basic " + base64.b64encode(b"user:pw").decode():
                self.reply(200, b"welcome")
            else:
                self.reply(401, b"who?", [("WWW-Authenticate", 'Basic realm="vault"')])
        elif self.path == "/cookie":
            c = http.cookies.SimpleCookie(self.headers.get("Cookie", ""))
            body = repr(sorted((k, m.value) for k, m in c.items())).encode()
            self.reply(200, body, [("Set-Cookie", "session=abc123; Path=/; HttpOnly")])
        else:
            headers = sorted((k, v) for k, v in self.headers.items() if k not in ("Host",))
            self.reply(200, ("GET %s %s" % (self.path, headers)).encode(), [("Content-Type", "text/plain")])
    def do_POST(self):
        data = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.reply(200, b"POST " + data + b" " + self.headers.get("Content-Type", "").encode())
    def do_DELETE(self):
        self.reply(204, b"")

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
base = "http://127.0.0.1:%d" % server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()

with urllib.request.urlopen(base + "/plain?x=1") as r:
    print(r.status, r.reason, r.getcode(), r.url == base + "/plain?x=1", r.headers["Content-Type"], r.msg)
    print(r.read().decode())
r = urllib.request.urlopen(base + "/post", data=b"a=1&b=2")
print(r.status, r.read())
req = urllib.request.Request(base + "/post", data=b'{"k": 1}', headers={"Content-Type": "application/json"}, method="POST")
print(req.get_method(), req.type, req.host == base[7:], req.selector, req.has_header("Content-type"), req.get_header("Content-type"))
print(urllib.request.urlopen(req).read())
req = urllib.request.Request(base + "/hdrs", headers={"X-Custom": "v1", "user-agent": "mine/1.0"})
print(req.header_items())
print(urllib.request.urlopen(req).read().decode())
r = urllib.request.urlopen(urllib.request.Request(base + "/x", method="DELETE"))
print(r.status, r.read())
r = urllib.request.urlopen(base + "/redirect/3")
print(r.status, r.url.replace(base, "BASE"), r.read().decode().split(" ")[1])
for path in ("/teapot", "/loop", "/secret"):
    try:
        urllib.request.urlopen(base + path)
    except urllib.error.HTTPError as e:
        print(type(e).__name__, e.code, e.reason, repr(e), str(e).replace(base, "BASE"), e.headers.get("X-Pot"), e.read())
        e.close()
try:
    urllib.request.urlopen(base + "/post", data="text")
except TypeError as e:
    print("TypeError", e)
mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
mgr.add_password(None, base, "user", "pw")
opener = urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(mgr))
print(opener.open(base + "/secret").read())
opener = urllib.request.build_opener()
opener.addheaders = [("User-agent", "custom-agent")]
r = opener.open(base + "/cookie")
jar = http.cookies.SimpleCookie()
jar.load(r.headers["Set-Cookie"])
print(r.read(), jar["session"].value, jar["session"]["path"], jar["session"]["httponly"], jar.output())
req = urllib.request.Request(base + "/cookie", headers={"Cookie": "a=1; b=\"two words\"; session=abc123"})
print(opener.open(req).read())
print(sorted(type(h).__name__ for h in opener.handlers if type(h).__name__ not in ("FTPHandler", "HTTPSHandler")))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f i le.txt")
    with open(path, "w") as f:
        f.write("file contents\n")
    url = "file://" + urllib.request.pathname2url(path)
    print(url.replace(urllib.request.pathname2url(d), "D"), urllib.request.url2pathname(urllib.request.pathname2url(path)) == path)
    with urllib.request.urlopen(url) as r:
        print(r.read(), r.headers["Content-type"], r.headers["Content-length"], r.url.replace(urllib.request.pathname2url(d), "D"), r.status)
    try:
        urllib.request.urlopen("file://" + d + "/missing")
    except urllib.error.URLError as e:
        print("URLError", str(e).replace(d, "D"), type(e.reason).__name__)
    fn, headers = urllib.request.urlretrieve(base + "/plain", os.path.join(d, "out.txt"))
    print(os.path.basename(fn), headers["Content-Length"], open(fn).read()[:10])
for url in ("data:,Hello%2C%20World!", "data:text/plain;base64,SGVsbG8=", "data:text/html;charset=utf-8,%3Ch1%3E"):
    r = urllib.request.urlopen(url)
    print(r.read(), r.headers["Content-type"], r.headers["Content-length"])
for url in ("nope://x", "ftp-like:stuff", "relative/path", "http:///nohost"):
    try:
        urllib.request.urlopen(url)
    except (urllib.error.URLError, ValueError) as e:
        print(type(e).__name__, e)
print(str(urllib.error.URLError("why")), urllib.error.URLError("why").reason)

c = http.cookies.SimpleCookie()
c["plain"] = "value"
c["spaced"] = "has space; and semicolon"
c["plain"]["max-age"] = 3600
c["plain"]["secure"] = True
c["spaced"]["path"] = "/app"
print(c.output())
print(repr(c), c.output(attrs=[], header="Cookie:"), repr(c["spaced"]))
c2 = http.cookies.SimpleCookie('k1=v1; k2="quoted \\"v\\" \\073"; $Path=/x; k3=v3; Secure')
print(sorted((k, m.value, m.coded_value, m["path"], m["secure"]) for k, m in c2.items()))
for bad in ("=novalue", "k;", "path=/a", "a=1; expires=Wed, 21-Oct-2015 07:28:00 GMT"):
    print(repr(bad), repr(http.cookies.SimpleCookie(bad)))
try:
    c["plain"]["bogus"] = 1
except http.cookies.CookieError as e:
    print("CookieError", e)
try:
    http.cookies.Morsel().set("path", "v", "v")
except http.cookies.CookieError as e:
    print("CookieError", e)
server.shutdown()
server.server_close()
thread.join()
