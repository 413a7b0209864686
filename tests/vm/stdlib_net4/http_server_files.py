# SimpleHTTPRequestHandler over a real socket on 127.0.0.1 port 0: files,
# directory listings (byte-exact), redirects, If-Modified-Since, HEAD, the
# directory= argument, translate_path and guess_type.
import http.client, http.server, os, shutil, socket, tempfile, threading, time

root = tempfile.mkdtemp()
os.mkdir(os.path.join(root, "Sub dir"))
os.mkdir(os.path.join(root, "site"))
for name, data in (("b.txt", "bee\n"), ("A&b<c>.html", "<p>x</p>"), ("pack.tar.gz", "zz"),
                   ("noext", "raw"), ("site/index.html", "index page"), ("Sub dir/in.json", "{}")):
    with open(os.path.join(root, name), "w") as f:
        f.write(data)
old = time.mktime((2020, 1, 2, 3, 4, 5, 0, 0, -1))
for name in ("b.txt", "A&b<c>.html", "pack.tar.gz", "noext", "site/index.html", "Sub dir/in.json"):
    os.utime(os.path.join(root, name), (old, old))
os.symlink("b.txt", os.path.join(root, "link"))

log = []
class Quiet(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=root, **kwargs)
    def log_message(self, format, *args):
        log.append(format % args)

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()

def get(path, method="GET", headers={}):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(method, path, headers=headers)
    r = conn.getresponse()
    body = r.read()
    conn.close()
    picked = [(k, v) for k, v in r.getheaders() if k not in ("Date", "Server")]
    print(method, path, r.status, r.reason, picked)
    return body

print(get("/"))
print(get("/Sub%20dir/"))
print(get("/Sub%20dir?q=1#frag"))
print(get("/site"), get("/site/"))
print(get("/b.txt"), get("/b.txt", "HEAD"))
print(get("/b.txt", headers={"If-Modified-Since": "Fri, 03 Jan 2020 00:00:00 GMT"}))
print(get("/b.txt", headers={"If-Modified-Since": "Wed, 01 Jan 2020 00:00:00 GMT"})[:3])
print(get("/b.txt", headers={"If-Modified-Since": "garbage"}))
print(get("/b.txt", headers={"If-Modified-Since": "Fri, 03 Jan 2020 00:00:00 GMT", "If-None-Match": "x"}))
print(get("/A%26b%3Cc%3E.html"), get("/pack.tar.gz"), get("/noext"), get("/link"))
print(get("/missing.txt"), get("/b.txt/"))
print(get("/../../../etc/hostname"))
print(get("/Sub%20dir/in.json", "POST")[-80:])

server.shutdown()
server.server_close()
thread.join()
print(sorted(log))

h = Quiet.__new__(Quiet)
h.directory = "/srv"
for p in ("/a/b.txt", "/a/../../x", "/%2e%2e/y", "/q/?a=1", "/c%20d#f", "//x//y/", "/.", ""):
    print(repr(p), h.translate_path(p))
for p in ("a.TXT", "a.gz", "x.Z", "x.bz2", "x.xz", "p.png", "none", "x.PY"):
    print(p, h.guess_type(p))
print(http.server.SimpleHTTPRequestHandler.extensions_map)
print(http.server.SimpleHTTPRequestHandler.server_version)
shutil.rmtree(root)
