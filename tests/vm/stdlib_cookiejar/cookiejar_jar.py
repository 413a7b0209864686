# http.cookiejar: cookies from Set-Cookie/Set-Cookie2 headers, the Cookie header sent back,
# DefaultCookiePolicy's rules, and the date and header-word helpers
import http.client, io
import http.cookiejar as cj
from urllib.request import Request

class FakeResponse:
    def __init__(self, headers):
        self._headers = http.client.parse_headers(io.BytesIO(
            "".join("%s: %s\r\n" % h for h in headers).encode() + b"\r\n"))
    def info(self):
        return self._headers

def receive(jar, url, *headers, **kw):
    jar.extract_cookies(FakeResponse(headers), Request(url, **kw))

def sent(jar, url, **kw):
    req = Request(url, **kw)
    jar.add_cookie_header(req)
    return req.get_header("Cookie"), req.get_header("Cookie2")

jar = cj.CookieJar()
receive(jar, "http://www.example.com/shop/cart",
        ("Set-Cookie", "sid=abc123; Path=/; Domain=.example.com; Expires=Wed, 09 Jun 2100 10:18:14 GMT"),
        ("Set-Cookie", "cart=3 items; path=/shop"),
        ("Set-Cookie", "theme=dark"),
        ("Set-Cookie", "secret=1; secure; HttpOnly"),
        ("Set-Cookie", "bad=1; domain=.com"),
        ("Set-Cookie", "other=1; domain=elsewhere.org"),
        ("Set-Cookie", "short=1; max-age=3600"),
        ("Set-Cookie", "gone=1; max-age=0"))
print(len(jar))
for c in sorted(jar, key=lambda c: (c.domain, c.path, c.name)):
    print(c, c.domain_specified, c.domain_initial_dot, c.path_specified, c.secure, c.discard,
          c.version, c.has_nonstandard_attr("HttpOnly"), c.is_expired())
sid = [c for c in jar if c.name == "sid"][0]
print(repr(sid))
print(sent(jar, "http://www.example.com/shop/cart/view"))
print(sent(jar, "http://shop.example.com/"))
print(sent(jar, "https://www.example.com/shop"))
print(sent(jar, "http://www.other.com/"))
print(sent(jar, "http://www.example.com/", headers={"Cookie": "mine=1"}))

receive(jar, "http://www.example.com/", ("Set-Cookie", "sid=; expires=Thu, 01 Jan 1970 00:00:00 GMT; domain=.example.com; path=/"))
print(sorted(c.name for c in jar))
jar.clear_session_cookies()
print(sorted(c.name for c in jar))
jar.clear()
print(len(jar), repr(jar), str(jar))

jar2 = cj.CookieJar(cj.DefaultCookiePolicy(rfc2965=True))
receive(jar2, "http://www.acme.com/a/b",
        ("Set-Cookie2", 'Customer="WILE_E_COYOTE"; Version="1"; Path="/a"; Port="80,8080"'),
        ("Set-Cookie2", 'Part="Rocket_0001"; Version="1"; Path="/a"; Domain=".acme.com"'),
        ("Set-Cookie", "ns=1; path=/"))
for c in sorted(jar2, key=lambda c: c.name):
    print(c, c.version, c.port, c.port_specified, c.rfc2109)
print(sent(jar2, "http://www.acme.com/a/b/c"))
print(sent(jar2, "http://www.acme.com:8081/a/b"))

policy = cj.DefaultCookiePolicy(blocked_domains=["ads.example.com", ".tracker.net"],
                                allowed_domains=None, strict_ns_domain=cj.DefaultCookiePolicy.DomainStrict)
jar3 = cj.CookieJar(policy)
receive(jar3, "http://ads.example.com/", ("Set-Cookie", "a=1"))
receive(jar3, "http://x.tracker.net/", ("Set-Cookie", "b=1"))
receive(jar3, "http://www.example.com/", ("Set-Cookie", "c=1"), ("Set-Cookie", "d=1; domain=.example.com"))
print(sorted(c.name for c in jar3), policy.blocked_domains(), policy.is_blocked("ads.example.com"))
print(sent(jar3, "http://sub.www.example.com/"), sent(jar3, "http://www.example.com/"))
policy.set_allowed_domains(["www.example.com"])
print(policy.is_not_allowed("other.com"), policy.is_not_allowed("www.example.com"), policy.allowed_domains())

c = cj.Cookie(0, "manual", "v", None, False, "www.example.com", False, False, "/", False,
              False, None, True, None, None, {"HttpOnly": None})
jar3.set_cookie_if_ok(c, Request("http://www.example.com/"))
print(len(jar3), c.get_nonstandard_attr("HttpOnly", "x"), c.get_nonstandard_attr("nope", "dflt"))
try:
    cj.Cookie(0, "n", "v", None, True, "d", False, False, "/", False, False, None, True, None, None, {})
except ValueError as e:
    print("ValueError", e)
for args in ((None, None, "n"), ("d", None, "n"), (None, "/", None)):
    try:
        jar3.clear(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    jar3.clear("nope.com")
except KeyError as e:
    print("KeyError", e)

for text in ["Wed, 09 Feb 1994 22:23:32 GMT", "Tuesday, 08-Feb-94 14:15:29 GMT", "08-Feb-1994 14:15:29 GMT",
             "09 Feb 1994 22:23:32 +0100", "Feb 30 1994", "03/Feb/1994:14:15:29 -0800", "bogus", "01 Jan 99 00:00:00 BST"]:
    print(repr(text), cj.http2time(text))
for text in ["1994-02-03 14:15:29 -0100", "19940203T141529Z", "1994-02-03", "2100-01-01T00:00:00", "1994-13-01"]:
    print(repr(text), cj.iso2time(text))
print(cj.time2isoz(784111777), cj.time2netscape(784111777))
words = cj.split_header_words(['foo="bar"; port="80,81"; discard, bar=baz', 'text="a \\"q\\" b"; x'])
print(words)
print(cj.join_header_words(words))
print(cj.parse_ns_headers(['foo=bar; path=/; Version="1"; expires=Wed, 09 Feb 1994 22:23:32 GMT', "x; secure", "=nope"]))
print(cj.domain_match("www.acme.com", ".acme.com"), cj.domain_match("acme.com", ".acme.com"),
      cj.user_domain_match("a.b.com", ".b.com"), cj.is_HDN("1.2.3.4"), cj.reach("www.acme.com"),
      cj.reach("acme.com"), cj.escape_path("/foo%2f/b ar/\u00e9"))
req = Request("http://www.acme.com:8080/path/file.html?q=1")
print(cj.request_host(req), cj.eff_request_host(Request("http://localhost/")), cj.request_path(req),
      cj.request_port(req), cj.request_port(Request("http://h/")), cj.is_third_party(req))
print(cj.__all__)
