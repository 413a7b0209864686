# http.cookiejar.CookieJar with DefaultCookiePolicy: Set-Cookie and
# Set-Cookie2 parsing, the policy switches, the Cookie header sent back,
# clearing, iteration and the reprs.  Fake responses, no network.
import email.message
import http.cookiejar as cj
import time
import urllib.request as ur


class Response:
    def __init__(self, *headers):
        self.headers = headers

    def info(self):
        msg = email.message.Message()
        for name, value in self.headers:
            msg[name] = value
        return msg


FAR = "Wed, 09 Jun 2031 10:18:14 GMT"


def receive(jar, url, *headers, **req):
    jar.extract_cookies(Response(*headers), ur.Request(url, **req))
    print(" ", sorted("%s=%s@%s%s" % (c.name, c.value, c.domain, c.path) for c in jar))


def send(jar, url, **req):
    r = ur.Request(url, **req)
    jar.add_cookie_header(r)
    print("  ->", url, r.get_header("Cookie"), r.get_header("Cookie2"))


def scenario(title, policy, steps):
    print(title)
    jar = cj.CookieJar(cj.DefaultCookiePolicy(**policy))
    for url, headers, req in steps:
        if headers is None:
            send(jar, url, **req)
        else:
            receive(jar, url, *[(("Set-Cookie2" if h.startswith("2:") else "Set-Cookie"),
                                 h[2:] if h.startswith("2:") else h) for h in headers], **req)
    return jar


jar = scenario("netscape", {}, [
    ("http://www.acme.com/a/b/c", ["foo=bar; path=/; expires=" + FAR, "x=1", "h; path=/a",
                                   'q="a b"; domain=.acme.com; secure; max-age=100; comment=hi'], {}),
    ("http://www.acme.com/", ["a=1; domain=acme.com", "b=2; domain=.com", "c=3; domain=other.com",
                              "d=4; domain=.www.acme.com", "k=1; expires=Thu, 01 Jan 1970 00:00:00 GMT",
                              "m=1; max-age=x", "n=1; expires=bogus", "o=1; version=1; path=/",
                              "r=1; Secure; HTTPONLY; Foo=Bar; path=/a; path=/b", "g=7; domain=.local"], {}),
    ("http://www.acme.com/a/b/z", None, {}), ("https://www.acme.com/a/b/z", None, {}),
    ("http://acme.com/", None, {}), ("http://x.www.acme.com/a", None, {}),
    ("http://www.acme.com/", None, {"headers": {"Cookie": "preset"}}),
])
print(len(jar), str(jar))
for c in jar:
    if c.name in ("foo", "q", "r", "o"):
        print(repr(c) if c.name != "q" else c.expires - int(time.time()) in range(95, 101))
        print(" ", c.is_expired(), c.is_expired(2e9), c.has_nonstandard_attr("HTTPONLY"),
              c.get_nonstandard_attr("Foo"), c.get_nonstandard_attr("nope", "dflt"))
receive(jar, "http://www.acme.com/", ("Set-Cookie", "o=gone; max-age=0; path=/"))
jar.clear_session_cookies()
print(str(jar))
jar.clear("www.acme.com")
print(len(jar))
for args in [("nope",), ("www.acme.com", "/", "x"), (None, "/"), (None, None, "n")]:
    try:
        jar.clear(*args)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
jar.clear()
print(repr(jar), str(cj.CookieJar()))

scenario("rfc2965", {"rfc2965": True}, [
    ("http://www.acme.com/a/b", ['2:v2=x; Version=1; Port="80,8080"; Path="/a"; comment="c c"; discard',
                                 '2:w=1; Version="1"; Domain=".acme.com"; Port', "2:bad=1; Version=1; Domain=.x.acme.com",
                                 "2:noversion=1", "v2=ns; path=/a", "r2109=1; version=1", '2:g="a\\\\b,c"; version=1',
                                 "2:d=1; version=1; domain=acme.com", "2:m=1; version=1; max-age=bad",
                                 "2:p=1; version=1; max-age=5; max-age=7; expires=junk"], {}),
    ("http://www.acme.com/a/b", None, {}), ("http://www.acme.com:8080/a/b", None, {}),
    ("http://www.acme.com:81/a/b", None, {}),
    ("http://www.acme.com/a/b", None, {"headers": {"Cookie2": "mine"}}),
])
scenario("rfc2109 as netscape, hide_cookie2", {"rfc2965": True, "rfc2109_as_netscape": True, "hide_cookie2": True}, [
    ("http://foo/x/", ["a=1; version=1", '2:b="q\\"x"; version=1'], {}), ("http://foo/x/y", None, {}),
    ("http://foo.local/x/y", None, {})])
scenario("netscape off", {"netscape": False}, [("http://www.acme.com/", ["a=1"], {})])
scenario("blocked", {"blocked_domains": [".acme.com", "1.2.3.4"]}, [
    ("http://www.acme.com/", ["a=1"], {}), ("http://1.2.3.4/", ["a=1"], {}), ("http://acme.com/", ["a=1"], {})])
scenario("allowed", {"allowed_domains": ["acme.com"]}, [
    ("http://www.acme.com/", ["a=1"], {}), ("http://acme.com/", ["a=1", "b=1; domain=.acme.com"], {}),
    ("http://www.acme.com/", None, {})])
for strict in (False, True):
    scenario("strict_domain=%s" % strict, {"strict_domain": strict}, [
        ("http://www.acme.co.uk/", ["a=1; domain=.co.uk", "b=1; domain=.acme.co.uk"], {}),
        ("http://www.acme.co.com/", ["c=1; domain=.co.com"], {})])
for flags in (3, 4):
    scenario("strict_ns_domain=%d" % flags, {"strict_ns_domain": flags}, [
        ("http://a.b.acme.com/", ["a=1; domain=.acme.com", "b=1; domain=.b.acme.com", "c=1"], {}),
        ("http://a.b.acme.com/", None, {}), ("http://x.a.b.acme.com/", None, {})])
scenario("strict ns set", {"strict_ns_set_initial_dollar": True, "strict_ns_set_path": True}, [
    ("http://acme.com/a/b", ["$a=1", "b=1; path=/x", "c=1; path=/a"], {})])
third = {"origin_req_host": "other.com", "unverifiable": True}
scenario("unverifiable", {}, [("http://www.acme.com/", ["a=1"], third), ("http://www.acme.com/", None, third)])
scenario("strict_ns_unverifiable", {"strict_ns_unverifiable": True}, [
    ("http://www.acme.com/", ["a=1"], third),
    ("http://www.acme.com/", ["b=1"], {"origin_req_host": "x.acme.com", "unverifiable": True})])
scenario("ports and paths", {"rfc2965": True}, [
    ("http://www.acme.com/%7efoo/x y/z", ["a=1", "b=1; path=/~foo", "c=1; path=/%7efoo/x%20y",
                                         '2:p=1; version=1; port="x,80"', '2:q=1; version=1; port=" 80 , 81"'], {}),
    ("http://www.acme.com/~foo/x%20y/", None, {}), ("http://www.acme.com/~foobar", None, {})])

# Corner cases where CPython's rules are easy to get subtly wrong.
scenario("local-network domains", {}, [
    ("http://foo/", ["a=1; domain=foo", "b=1; domain=.x", "c=1; domain=", "d=1; domain=oo.local"], {}),
    ("http://x.y.z.local/", ["e=1; domain=.y.z", "f=1; domain=z", "g=1; domain=.l"], {}),
    ("http://www.acme.com/", ["h=1; domain=cme.com", "i=1; domain=.cme.com", "j=1; domain=.www.acme.com",
                              "k=1; domain=", "l=1; domain=e.com"], {})])
scenario("strict path is a path prefix", {"strict_ns_set_path": True}, [
    ("http://h.example/a%7e/", ["a=1; path=/a", "b=1; path=/", "c=1; path=/a%7E"], {}),
    ("http://h.example/ab", ["d=1; path=/a", "e=1; path=/ab"], {})])
scenario("Set-Cookie2 read even with rfc2965 off", {}, [
    ("http://a.b.example/x", ["2:dom=.x; version=0", "2:b=1, c=2; version=1", "b=ns; path=/"], {})])
jar = scenario("$Version follows the first cookie", {"rfc2965": True}, [
    ("http://www.acme.com/x/y", ["a=1; path=/x/", "2:b=2; version=1; path=/x", "2:c=3; version=1"], {}),
    ("http://www.acme.com/x/y", None, {})])
for c in jar:
    jar.clear(c.domain, c.path, c.name)
receive(jar, "http://www.acme.com/x/y", ("Set-Cookie2", "b=2; version=1; path=/"), ("Set-Cookie", "a=1; path=/x/"))
send(jar, "http://www.acme.com/x/y")
