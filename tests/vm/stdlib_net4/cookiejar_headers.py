# http.cookiejar's header and host helpers: split_header_words,
# join_header_words, parse_ns_headers, domain matching, the request-host rules.
import http.cookiejar as cj
import urllib.request as ur

for text in ['foo="bar\\"x"; port="80,81"; discard, bar=baz', "a;b=;c=1 2", "  =x; y",
             ",,a,", 'a="unterminated', 'x = "y" ; z = w', "a=b;c,d=e", ""]:
    print("split %r -> %r" % (text, cj.split_header_words([text])))
print(cj.join_header_words([[("a", "b c"), ("d", None), ("e", 'f"g\\')], [("x", "1")], []]))
print(cj.join_header_words([[("path", "/"), ("n", "")]]))

for text in [" ;a=1", ";", "a=1;;", "=v; path=/", " a = b c ; Path = /x ; EXPIRES = 09 Feb 1994 ",
             "a=1; version=2; version=3", "a=1; max-age=bad", 'a="1"', "a=1=2; b", "a=1; expires=",
             "a=1; expires", "a; Secure=yes", "A=1; DOMAIN=.X.COM", 'a=b; version="1"; port="80"',
             "foo=bar; Path=/; expires=Wed, 09 Jun 2031 10:18:14 GMT; Secure; HttpOnly; junk=1",
             "1;=", "a=1; =b; path=/", "a=1; = ; secure"]:
    print("ns %r -> %r" % (text, cj.parse_ns_headers([text])))
for text in ['"a"', '"a', 'a"', '""', '"', ""]:
    print("strip_quotes %r -> %r" % (text, cj.strip_quotes(text)))

PAIRS = [("x.foo.com.bar", ".foo.com"), ("a.b.com", ".b.com"), ("b.com", ".b.com"),
         ("a.b.com", "b.com"), ("A.B.COM", ".b.com"), ("1.2.3.4", ".3.4"), ("1.2.3.4", "1.2.3.4"),
         ("a.b.com", ".com"), ("a.b.local", ".b.local"), ("x", "x"), ("", "")]
for a, b in PAIRS:
    print("match", a, b, cj.domain_match(a, b), cj.user_domain_match(a, b))
for h in ["www.acme.com", "acme.com", "foo.local", "1.2.3.4", "x.y.local", "a", "", ".a.b", "a.b."]:
    print("host %r reach=%r HDN=%r liberal=%r" % (h, cj.reach(h), cj.is_HDN(h), cj.liberal_is_HDN(h)))
for p in ["/a b/%7e/\u00fc/%2f", "", "a", "/%zz/%a", "/;:@&=+$,!~*'()?#"]:
    print("escape_path %r -> %r" % (p, cj.escape_path(p)))

for url in ["http://Www.Foo.COM:8080/a%7e/b c?x=1#f", "http://foo/", "http://1.2.3.4/x",
            "http://foo.com", "http://h/%2f%aa", "http://h:abc/", "http://h/a;b/c"]:
    for origin in (None, "other.com", "www.foo.com"):
        r = ur.Request(url, origin_req_host=origin)
        print(url, origin, cj.request_host(r), cj.eff_request_host(r), cj.request_path(r),
              cj.request_port(r), cj.is_third_party(r))
r = ur.Request("http:///path", headers={"Host": "Header.Example:81"})
print(cj.request_host(r), cj.eff_request_host(r))
