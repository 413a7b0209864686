# urllib.request.HTTPCookieProcessor with http.cookiejar: an opener whose
# HTTP handler is faked, so cookies travel through a whole request/response
# cycle without a network; plus the CookiePolicy interface.
import email.message
import http.cookiejar as cj
import io
import urllib.request as ur


class FakeResponse(io.BytesIO):
    def __init__(self, url, headers):
        super().__init__(b"body")
        self.url, self.code, self.msg = url, 200, "OK"
        self.status = 200
        self._headers = email.message.Message()
        for k, v in headers:
            self._headers[k] = v

    def info(self):
        return self._headers

    def geturl(self):
        return self.url


class FakeHTTP(ur.BaseHandler):
    handler_order = 400  # ahead of the real HTTPHandler
    def __init__(self):
        self.seen = []

    def http_open(self, req):
        self.seen.append((req.full_url, req.get_header("Cookie")))
        n = len(self.seen)
        return FakeResponse(req.full_url, [("Set-Cookie", "visit=%d; path=/" % n),
                                           ("Set-Cookie", "only%d=x; path=/app" % n)])


jar = cj.CookieJar()
fake = FakeHTTP()
proc = ur.HTTPCookieProcessor(jar)
opener = ur.build_opener(proc, fake)
for url in ("http://shop.example/", "http://shop.example/app/page", "http://shop.example/other",
            "http://elsewhere.example/"):
    with opener.open(url) as r:
        print(url, r.read())
for item in fake.seen:
    print(item)
print(sorted(str(c) for c in jar))
print(type(ur.HTTPCookieProcessor().cookiejar).__name__, proc.cookiejar is jar, proc.handler_order)
print(ur.HTTPCookieProcessor.https_request is ur.HTTPCookieProcessor.http_request)


class OnlyShop(cj.CookiePolicy):
    netscape, rfc2965, hide_cookie2 = True, False, False

    def set_ok(self, cookie, request):
        return cookie.domain.endswith("shop.example")

    def return_ok(self, cookie, request):
        return cookie.name != "visit"


jar2 = cj.CookieJar(OnlyShop())
fake2 = FakeHTTP()
opener2 = ur.build_opener(ur.HTTPCookieProcessor(jar2), fake2)
for url in ("http://shop.example/app/", "http://other.example/", "http://shop.example/app/x"):
    opener2.open(url).close()
print(fake2.seen, len(jar2))
base = cj.CookiePolicy()
for name in ("set_ok", "return_ok"):
    try:
        getattr(base, name)(None, None)
    except NotImplementedError as e:
        print(name, "NotImplementedError", repr(e))
print(base.domain_return_ok("x", None), base.path_return_ok("/", None))
jar2.set_policy(cj.DefaultCookiePolicy(blocked_domains=["shop.example"]))
print(jar2._policy.blocked_domains(), jar2._policy.allowed_domains(), jar2._policy.is_blocked("shop.example"))
p = cj.DefaultCookiePolicy(allowed_domains=[".example"])
p.set_blocked_domains([".bad.example"])
print(p.is_not_allowed("a.example"), p.is_not_allowed("a.other"), p.is_blocked("x.bad.example"))
r = ur.Request("http://www.acme.com/a/b")
p = cj.DefaultCookiePolicy()
print([p.domain_return_ok(d, r) for d in ("www.acme.com", ".acme.com", "acme.com", ".www.acme.com", "cme.com", "")])
print([p.path_return_ok(x, r) for x in ("/", "/a", "/a/", "/a/b", "/a/bc", "/b", "")])
print(cj.DefaultCookiePolicy.DomainStrict, cj.DefaultCookiePolicy.DomainLiberal,
      cj.DefaultCookiePolicy.DomainStrictNoDots, cj.DefaultCookiePolicy.DomainStrictNonDomain,
      cj.DefaultCookiePolicy.DomainRFC2965Match)
print(sorted(cj.__all__))
