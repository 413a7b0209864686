# urllib.request without the network: Request parsing and headers, the data
# property, password managers, proxies from the environment, data: URLs,
# handler ordering in OpenerDirector.
import os, urllib.request as ur, urllib.error

for url in ("http://User@Ex.COM:8080/p/a?q=1#frag", "data:,x", "file:///etc/x", "<URL:http://h/w>"):
    r = ur.Request(url)
    print(r.type, r.host, r.selector, r.full_url, r.fragment, r.origin_req_host, r.get_method())
for bad in ("nope", "", "/just/path"):
    try:
        ur.Request(bad)
    except ValueError as e:
        print("ValueError", e)
r = ur.Request("http://h/", data=b"abc", headers={"content-TYPE": "x/y", "X-one": "1"})
r.add_unredirected_header("x-ONE", "unred")
r.add_unredirected_header("Content-length", "3")
print(r.get_method(), r.header_items(), r.has_header("X-one"), r.has_header("x-one"), r.get_header("Nope", "dflt"))
r.data = b"longer"
print(r.has_header("Content-length"), r.get_header("Content-type"))
r.remove_header("X-one")
print(r.header_items(), r.get_header("X-one"))
r.full_url = "http://other:81/new#f2"
print(r.host, r.selector, r.full_url, r.get_full_url(), r.has_proxy())
r.set_proxy("proxy:3128", "http")
print(r.host, r.selector, r.type, r.has_proxy())
print(ur.Request("http://h/", method="PUT").get_method(), ur.Request("http://h/", data=b"").get_method())

mgr = ur.HTTPPasswordMgrWithDefaultRealm()
mgr.add_password("realm", "http://h.example/app/", "u1", "p1")
mgr.add_password(None, ["h2.example:8080", "https://h3.example"], "u2", "p2")
for realm, uri in (("realm", "http://h.example/app/x"), ("realm", "h.example:80/app/y"), ("realm", "http://h.example/other"),
                   ("other", "http://h2.example:8080/z"), ("x", "https://h3.example:443/"), ("x", "http://h3.example/")):
    print(realm, uri, mgr.find_user_password(realm, uri))
print(mgr.reduce_uri("http://a.b/c"), mgr.reduce_uri("http://a.b"), mgr.reduce_uri("a.b:1", False), mgr.is_suburi(("h", "/a"), ("h", "/ab")))

for name in list(os.environ):
    if name.lower().endswith("_proxy"):
        del os.environ[name]
os.environ.update({"HTTP_PROXY": "http://up:1", "http_proxy": "http://low:2", "FTP_PROXY": "ftp://f:3", "no_proxy": "local.test, .skip.me"})
print(sorted(ur.getproxies().items()))
for host in ("local.test", "a.skip.me", "skip.me:80", "other.test", "LOCAL.TEST:8"):
    print(host, ur.proxy_bypass(host))
print(ur.proxy_bypass_environment("x", {"no": "*"}), ur.proxy_bypass_environment("x", {}))

for url in ("data:text/plain;base64,aGk=", "data:;base64,aGk=", "data:,a%20b", "data:application/json,{}"):
    with ur.urlopen(url) as resp:
        print(resp.read(), resp.headers.get_content_type(), resp.headers["Content-length"], resp.geturl() == url)

class Early(ur.BaseHandler):
    handler_order = 10
    def unknown_open(self, req):
        return "early saw %s" % req.type
class Plain(ur.BaseHandler):
    def nothing_here(self):
        pass
opener = ur.OpenerDirector()
opener.add_handler(ur.UnknownHandler())
opener.add_handler(Early())
opener.add_handler(Plain())
print(opener.open("mystery:thing"), [type(h).__name__ for h in opener.handlers])
try:
    opener.add_handler(object())
except TypeError as e:
    print("TypeError", e)
try:
    ur.build_opener().open("mystery:thing")
except urllib.error.URLError as e:
    print("URLError", e, e.reason)
print(ur.pathname2url("/a b/ü?#"), ur.url2pathname("/a%20b/%C3%BC"))
print(ur.OpenerDirector().addheaders, ur.HTTPRedirectHandler.max_repeats, ur.HTTPRedirectHandler.max_redirections)
print(ur.ProxyHandler.handler_order, ur.HTTPErrorProcessor.handler_order, ur.BaseHandler.handler_order)
