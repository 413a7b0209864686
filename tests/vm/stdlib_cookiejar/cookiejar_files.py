# http.cookiejar's file jars (MozillaCookieJar, LWPCookieJar) and
# urllib.request.HTTPCookieProcessor against a local HTTP server
import os, tempfile, threading, warnings
import http.cookiejar as cj
import http.server, urllib.request

def cookie(name, value, domain, path="/", expires=4102444800, secure=False, rest=None, discard=False):
    return cj.Cookie(0, name, value, None, False, domain, domain.startswith("."), domain.startswith("."),
                     path, True, secure, expires, discard, None, None, rest or {})

tmp = tempfile.mkdtemp()
moz_path = os.path.join(tmp, "cookies.txt")
moz = cj.MozillaCookieJar(moz_path)
moz.set_cookie(cookie("a", "1", ".example.com"))
moz.set_cookie(cookie("b", "two words", "www.example.com", "/x", secure=True))
moz.set_cookie(cookie("flag", None, ".example.com"))
moz.set_cookie(cookie("h", "3", ".example.com", rest={"HTTPOnly": ""}))
moz.set_cookie(cookie("session", "s", ".example.com", expires=None, discard=True))
moz.set_cookie(cookie("old", "o", ".example.com", expires=1000))
moz.save()
with open(moz_path) as f:
    print(f.read(), end="")
print(oct(os.stat(moz_path).st_mode & 0o777))
moz.save(ignore_discard=True, ignore_expires=True)
loaded = cj.MozillaCookieJar()
loaded.load(moz_path)
print(sorted(str(c) for c in loaded))
loaded2 = cj.MozillaCookieJar(moz_path)
loaded2.load(ignore_discard=True, ignore_expires=True)
print(sorted((c.name, c.value, c.expires, c.secure, c.discard, c.has_nonstandard_attr("HTTPOnly")) for c in loaded2))

lwp_path = os.path.join(tmp, "lwp.txt")
lwp = cj.LWPCookieJar(lwp_path)
for c in moz:
    lwp.set_cookie(c)
lwp.save(ignore_discard=True)
with open(lwp_path) as f:
    print(f.read(), end="")
print(lwp.as_lwp_str(ignore_discard=False).count("Set-Cookie3"))
back = cj.LWPCookieJar()
back.load(lwp_path, ignore_discard=True)
print(sorted(str(c) for c in back))
print(cj.lwp_cookie_str(cookie("q", 'a "quoted" v', ".x.org")))

for jar_type, path in ((cj.MozillaCookieJar, lwp_path), (cj.LWPCookieJar, moz_path)):
    try:
        jar_type().load(path)
    except cj.LoadError as e:
        print("LoadError", str(e).replace(tmp, "TMP"), isinstance(e, OSError))
bad = os.path.join(tmp, "bad.txt")
with open(bad, "w") as f:
    f.write("# Netscape HTTP Cookie File\nonly\ttwo\n")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        cj.MozillaCookieJar().load(bad)
    except cj.LoadError as e:
        print("LoadError", str(e).replace(tmp, "TMP"), [str(w.message).split("\n")[0] for w in caught])
for call in (lambda: cj.MozillaCookieJar().save(), lambda: cj.LWPCookieJar().load()):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
reverting = cj.MozillaCookieJar(moz_path)
reverting.set_cookie(cookie("zz", "1", ".a.com"))
try:
    reverting.revert(os.path.join(tmp, "missing.txt"))
except FileNotFoundError:
    print("kept", [c.name for c in reverting])
reverting.revert()
print(sorted(c.name for c in reverting))
try:
    cj.FileCookieJar().save("x")
except NotImplementedError:
    print("NotImplementedError")

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("cookie: %s" % self.headers.get("Cookie")).encode()
        self.send_response(200)
        if self.path == "/login":
            self.send_header("Set-Cookie", "user=alice; Path=/")
            self.send_header("Set-Cookie", "pref=compact; Path=/app")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
thread = threading.Thread(target=server.serve_forever, daemon=True)
thread.start()
base = "http://127.0.0.1:%d" % server.server_address[1]
jar = cj.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
for path in ("/", "/login", "/", "/app/page"):
    with opener.open(base + path) as r:
        print(path, r.read().decode())
print(sorted((c.name, c.domain, c.path) for c in jar))
processor = urllib.request.HTTPCookieProcessor()
print(type(processor.cookiejar).__name__, processor.https_request == processor.http_request)
server.shutdown()
server.server_close()
for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
