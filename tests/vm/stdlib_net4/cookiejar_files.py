# http.cookiejar's file jars: MozillaCookieJar and LWPCookieJar save/load/
# revert byte for byte, ignore_discard/ignore_expires, LoadError, filename
# handling; Cookie construction by hand; lwp_cookie_str.
import os
import tempfile
import warnings
import http.cookiejar as cj

warnings.simplefilter("ignore")  # CPython warns "http.cookiejar bug!" with a traceback
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "cookies.txt")


def shown(e):
    return "%s %s" % (type(e).__name__, str(e).replace(tmp, "TMP"))


COOKIES = [
    cj.Cookie(0, "n", None, None, False, "a.com", False, False, "/", False, False, None, True, None, None, {}),
    cj.Cookie(1, "v", 'x y"z', "80", True, ".B.com", True, True, "/p", True, True, 2000000000, False,
              "com", "http://u", {"HttpOnly": None, "Zed": "1", "alpha": "a b"}),
    cj.Cookie(0, "old", "1", None, False, "c.com", False, False, "/", True, False, 1000, False, None, None, {}),
    cj.Cookie("2", "w", "\\", None, False, ".d.com", True, True, "/", True, False, "2000000000.7", False,
              None, None, {"HttpOnly": ""}, rfc2109=True),
]
print(COOKIES[1])
print(repr(COOKIES[3]))
print(cj.lwp_cookie_str(COOKIES[1]))
try:
    cj.Cookie(0, "n", "v", None, True, "a.com", False, False, "/", False, False, None, True, None, None, {})
except ValueError as e:
    print("ValueError", e)

for cls in (cj.MozillaCookieJar, cj.LWPCookieJar):
    for flags in ({}, {"ignore_discard": True}, {"ignore_expires": True},
                  {"ignore_discard": True, "ignore_expires": True}):
        jar = cls(path)
        for c in COOKIES:
            jar.set_cookie(c)
        jar.save(**flags)
        print(cls.__name__, flags, oct(os.stat(path).st_mode & 0o777))
        with open(path) as f:
            print(repr(f.read()))
        back = cls()
        back.load(path, ignore_discard=True, ignore_expires=True)
        print(" loaded", [(c.name, c.value, c.domain, c.expires, c.discard, c.path_specified) for c in back])
        back.revert(path)
        print(" reverted", len(back))
        os.unlink(path)
print(repr(cj.LWPCookieJar().as_lwp_str()))

FILES = ["junk\n", "# Netscape HTTP Cookie File\nx\ty\n",
         "# HTTP Cookie File\n\n  # c\n$x\n#HttpOnly_.a.com\tTRUE\t/\tFALSE\t2000000000\tk\tv\nb.com\tTRUE\t/\tFALSE\t\tk\tv\n",
         "#HTTP Cookie File extra\na.com\tFALSE\t/\tFALSE\t2000000000\t\tbare\n.a.com\tTRUE\t/x\tTRUE\tnotnum\tk\tv\n",
         "#LWP-Cookies-2.0\n",
         '#LWP-Cookies-1.0\nSet-Cookie3: a=1; path="/"; domain=x.com; expires="2033-05-18 03:33:20Z"; Foo=bar; SECURE; Version=1\n'
         'other\nSet-Cookie3: b; domain=".y.com"; discard, c=2; domain=z\n',
         "#LWP-Cookies-2.0\nSet-Cookie3: a=1\n", "#LWP-Cookies-2.0\nSet-Cookie3: a=1; domain=x; version=q\n", ""]
for text in FILES:
    with open(path, "w") as f:
        f.write(text)
    for cls in (cj.MozillaCookieJar, cj.LWPCookieJar):
        jar = cls(path)
        jar.set_cookie(COOKIES[0])
        try:
            jar.load(ignore_discard=True, ignore_expires=True)
            print(cls.__name__, "load", [repr(c) for c in jar])
        except cj.LoadError as e:
            print(cls.__name__, "load", shown(e), isinstance(e, OSError))
        try:
            jar.revert()
            print(" revert", [str(c) for c in jar])
        except OSError as e:
            print(" revert", shown(e), [str(c) for c in jar])

# HttpOnly cookies keep curl's "#HttpOnly_" marking through load and save;
# the magic line must start the file.
with open(path, "w") as f:
    f.write("# Netscape HTTP Cookie File\n#HttpOnly_.a.com\tTRUE\t/\tFALSE\t2000000000\tk\tv\n"
            "a.com\tFALSE\t/\tFALSE\t2000000000\tk2\tv2\n")
jar = cj.MozillaCookieJar(path)
jar.load()
jar.save()
with open(path) as f:
    print(repr(f.read()))
for first in ("x # Netscape HTTP Cookie File\n", " #LWP-Cookies-2.0\n"):
    with open(path, "w") as f:
        f.write(first)
    for cls in (cj.MozillaCookieJar, cj.LWPCookieJar):
        try:
            cls(path).load()
        except cj.LoadError as e:
            print(shown(e))

jar = cj.MozillaCookieJar()
for call in (jar.save, jar.load, jar.revert, cj.FileCookieJar(path).save,
             lambda: cj.FileCookieJar(os.path.join(tmp, "missing")).load(),
             lambda: cj.MozillaCookieJar(os.path.join(tmp, "missing")).revert(),
             lambda: cj.FileCookieJar(3)):
    try:
        call()
    except (ValueError, NotImplementedError, OSError, TypeError) as e:
        print(shown(e))
j = cj.FileCookieJar(b"/x", delayload=5)
print(j.filename, j.delayload, cj.LWPCookieJar(policy=cj.DefaultCookiePolicy(rfc2965=True))._policy.rfc2965)
print(issubclass(cj.LoadError, OSError), cj.MozillaCookieJar.__mro__[1].__name__)
os.unlink(path)
os.rmdir(tmp)
