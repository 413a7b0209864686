# http.cookiejar's date helpers: http2time over the many formats servers
# send, iso2time, and the two formatters.  Two-digit years are left out: they
# resolve relative to the current year.
import http.cookiejar as cj

HTTP = [
    "Wed, 09 Feb 1994 22:23:32 GMT", "Thu, 01 Jan 1970 00:00:00 GMT",
    "Tuesday, 08-Feb-1994 14:15:29 GMT", "08-Feb-1994", "09 Feb 1994 22:23:32 GMT",
    "Wed Feb  9 22:23:32 1994", "09 Feb 1994 22:23:32 +0100", "09 Feb 1994 22:23:32 -0130",
    "09 Feb 1994 22:23:32 +01", "09 Feb 1994 22:23:32 +1", "09 Feb 1994 22:23:32 EST",
    "09 Feb 1994 22:23 GMT", "09 Feb 1994 22:23:32.5 GMT", "09 Feb 1994 22:23:32 (PST)",
    "09/Feb/1994:22:23:32 +0000", "9 February 1994", "09 Feb 1994 22:23:32 UTC",
    "09 Feb 1994 22:23:32 Z", "09 Feb 1994 22:23:32 UT", "09 Feb 1994 22:23:32 XYZ",
    "09 Feb 1969", "09 Feb 2100", "31 Feb 1994", "32 Jan 1994", "09 Foo 1994", "", "  ",
    "garbage", "1994-02-09", "09 Feb 1994 25:23:32", "09 Feb 1994 24:00:00",
    "09 Feb 1994 22:60:32", "09 Feb 1994 22:23:61", "09 Feb 1994 10:00 PM",
    "Feb 9 1994", "09 Feb 1994 22:23:32 gmt", "Wed , 09 Feb 1994", "wednesday 09 Feb 1994",
    " Wed, 09 Feb 1994 22:23:32 GMT  ", "09  Feb  1994", "09 Feb 1994 22:23:32 +0000 (GMT)",
    "Thu, 01 Jan 1970 00:00:00 GMT extra", "09 Feb 1994 22:23:32 +01:00",
    "09-Feb-1994:22:23:32", "09 Feb 1994 2:3:4", "09 Feb 1994 22:23:32GMT", "09 FEB 1994",
    "9 Feb 12345", "09 2 1994", "09 13 1994", "09 Feb 9999",
    # a weekday is only skipped at the start
    "09-01 31Wednesdayx31", "09 Feb 1994 Wed", "Wed09 Feb 1994", "Sunday,09 Feb 1994",
]
for text in HTTP:
    print("http2time %r -> %r" % (text, cj.http2time(text)))

ISO = [
    "1994-02-09 22:23:32Z", "1994-02-09T22:23:32Z", "1994-02-09", "19940209",
    "19940209T222332", "1994-02-09 22:23:32 +0100", "1994-02-09 22:23:32-01",
    "1994-02-09 22:23", "94-02-09", "1994-2-9", "  1994-02-09 22:23:32Z  ",
    "1994-02-09 22:23:32 GMT", "1994-13-09", "garbage", "", "1994-02-09T22:23:32+01:00",
    "1994-02-09 22:23:32 +1", "1994-02-09 22", "1994-02-09 22:23:32 z", "x1994-02-09",
    "19940209-1324:00:00", "19940209-1324:00", "1994-02-09 13:24:00 00:00", "1994-02-09 13:24:0000",
    "1994-02-31", "1969-01-01", "1994-02-09 24:00:00", "1994-0209", "1994-02-09 2223",
]
for text in ISO:
    print("iso2time %r -> %r" % (text, cj.iso2time(text)))
try:
    cj.iso2time("1994-02-09 22:23:32.5Z")
except ValueError as e:
    print("ValueError", e)

for t in (0, 1e9 + 0.7, 760832612.9, -1, 253402300799):
    print(cj.time2isoz(t), "|", cj.time2netscape(t))
for t in (253402300800, 1e20):
    for f in (cj.time2isoz, cj.time2netscape):
        try:
            f(t)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
now = cj.time2isoz()
print(len(now), now[4], now[-1], len(cj.time2netscape()), cj.time2netscape()[-3:])
import time
print(abs(cj.iso2time(cj.time2isoz()) - time.time()) < 5, abs(cj.http2time(cj.time2netscape()) - time.time()) < 5)
