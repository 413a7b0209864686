# email.utils on awkward inputs: RFC 2231 sections, quoting, dates, message ids.
import re
import datetime
import email.utils as u

print(u.decode_params([('text/plain', ''), ('name*0', '"ab"'), ('name*1', 'cd'),
                       ('title*', "us-ascii'en'This%20is"), ('x', '"q"'),
                       ('y*0*', "utf-8''a%C3"), ('y*1*', '%AFb'), ('z*1', 'late'),
                       ('z*0', 'first'), ('w*', 'nocharset'), ('s', 'a"b'),
                       ('k*x', '1'), ('K*01', 'z'), ('M*0', 'a'), ('M*0', 'b')]))
print(u.decode_params([('only', 'one')]))
for v in [('utf-8', 'en', 'na\xc3\xafve'), ('bogus', '', '"abc"'), (None, '', 'ab%20c'),
          ('utf-8', '', '\xe9'), '"quoted"', 'plain']:
    print(repr(u.collapse_rfc2231_value(v)), repr(u.collapse_rfc2231_value(v, 'ignore', 'latin-1')))
print(u.encode_rfc2231('a b', language='en'), u.encode_rfc2231('€', 'utf-8'))
print(u.decode_rfc2231("a'b"), u.decode_rfc2231("a'b'c'd"), u.decode_rfc2231("''x"))
for s in ['"', '<', '""', '<>', '"a\\\\b"', '"a\\"b"', '"x', '<a@b']:
    print(repr(s), repr(u.unquote(s)))
print(u.quote('plain'), u.quote('a\\"'))
for pair in [('a b', 'x@y'), ('a.b', 'x@y'), ('a\\b"c', 'x@y'), (None, 'a@b'), ('', ''),
             ('[x]', 'y@z'), ('Zoë', 'z@x')]:
    print(repr(u.formataddr(pair)))
from email.charset import Charset
print(u.formataddr(('Zoë', 'z@x'), Charset('iso-8859-1')))
try:
    u.formataddr(('a', 'ü@x'))
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.reason)
for a in ['a@b, c@d', '', ',,', 'Foo Bar <foo@bar> (comment)', '"a" "b" <c@d>', 'x <y>',
          '=?utf-8?q?J=C3=B6rg?= <j@x>', 'a@b;c@d', 'Team: x@y, z@w;, solo@s']:
    print(repr(a), u.parseaddr(a), u.getaddresses([a, 'last@l']))
for d in ['garbage', '', None, 'Mon, 20 Nov 1995 19:12:08', 'Mon, 20 Nov 1995 19:12:08 -0000',
          'Mon, 20 Nov 1995 19:12:08 +0545', '31 Dec 1999 23:59:59 EDT']:
    try:
        print(repr(u.parsedate_to_datetime(d)))
    except ValueError as e:
        print('ValueError', e)
tz = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
print(u.format_datetime(datetime.datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=tz)))
print(u.format_datetime(datetime.datetime(2000, 2, 29, tzinfo=datetime.timezone.utc), usegmt=True))
for bad in [datetime.datetime(2000, 1, 1, tzinfo=tz), datetime.datetime(2000, 1, 1)]:
    try:
        u.format_datetime(bad, usegmt=True)
    except ValueError as e:
        print('ValueError', e)
print(u.formatdate(951782400), u.formatdate(951782400.999, usegmt=True))
# The local zone differs between machines: check the shape, not the value.
local = u.formatdate(951782400, localtime=True)
print(bool(re.fullmatch(r'Tue, 29 Feb 2000 \d\d:\d\d:00 [+-]\d{4}|Mon, 28 Feb 2000 \d\d:\d\d:00 [+-]\d{4}', local)))
lt = u.localtime(datetime.datetime(2020, 6, 1, 12, 0))
print(lt.tzinfo is not None, lt.replace(tzinfo=None))
aware = u.localtime(datetime.datetime(2020, 6, 1, 12, 0, tzinfo=tz))
print(aware == datetime.datetime(2020, 6, 1, 12, 0, tzinfo=tz), aware.tzinfo is not None)
print(u.localtime().tzinfo is not None)
for args in [(), ('abc',), (None, 'example.org'), ('x.y', 'd')]:
    mid = u.make_msgid(*args)
    print(bool(re.fullmatch(r'<\d+\.\d+\.\d+(\.[\w.]+)?@[^>]+>', mid)),
          mid.endswith(('@example.org>', '.x.y@d>')), u.make_msgid(*args) != mid)
print(u.mktime_tz(u.parsedate_tz('Thu, 1 Jan 1970 01:00:00 +0100')), u.parsedate('1 Jan 2000 00:00'))
print(sorted(u.__all__))
