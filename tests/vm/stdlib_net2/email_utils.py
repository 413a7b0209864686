# email.utils: dates and addresses with fixed inputs, RFC 2231 parameters, quoting.
from email.utils import (formatdate, format_datetime, parsedate, parsedate_tz, parsedate_to_datetime,
                         mktime_tz, parseaddr, formataddr, getaddresses, quote, unquote,
                         encode_rfc2231, decode_rfc2231, collapse_rfc2231_value)
import email, datetime
for s in ['Mon, 20 Nov 1995 19:12:08 -0500', '20 Nov 95 19:12:08 GMT', 'Fri, 09 Nov 2001 01:08:47 -0000',
          'Tue Nov  5 01:08:47 2002', '1 Jan 2020 10:00 EST', 'Thu, 1 Jan 1970 00:00:00 +0130',
          'Wed, 3 Apr 2024 5:06:07 PDT', 'garbage', '', 'Mon, 20-Nov-1995 19:12:08 +0000',
          '2 Dec 2003 10:11:12.5 +0100', 'Sat, 01 Jan 2000 00:00 Z', '01 January 2021 12:00:00 +0000']:
    tz = parsedate_tz(s)
    print(repr(s), tz, parsedate(s), mktime_tz(tz) if tz else None)
    try:
        print('  ', parsedate_to_datetime(s))
    except (ValueError, TypeError) as e:
        print('  ', type(e).__name__, e)
for t in (0, 86399.5, 1e9, 1700000000):
    print(formatdate(t), formatdate(t, usegmt=True))
print(format_datetime(datetime.datetime(2021, 3, 4, 5, 6, 7)))
print(format_datetime(datetime.datetime(2021, 3, 4, 5, 6, 7, tzinfo=datetime.timezone(datetime.timedelta(hours=-3, minutes=-30)))))
try:
    format_datetime(datetime.datetime(2021, 3, 4), usegmt=True)
except ValueError as e:
    print(e)
for a in ['John Doe <jdoe@example.com>', 'jdoe@example.com (John Doe)', '"Doe, John" <jd@x.org>', 'plain', '<a@b>',
          'Group: a@b, c@d;', 'a@b, "x y" <c@d>', '', 'A B C', 'a @ b . c', 'x(comment)@y', '"quoted\\"x" <q@r>',
          'undisclosed-recipients:;', 'a@b@c', '<@route:user@host>', 'J. Random <jr@x.y>']:
    print(repr(a), parseaddr(a), getaddresses([a]))
for pair in [('', 'a@b'), ('Name', 'n@x'), ('Doe, John', 'j@x'), ('Quote"d', 'q@x'), ('Zoë', 'z@x')]:
    print(formataddr(pair))
print(formataddr(('Zoë', 'z@x'), 'iso-8859-1'))
print(quote('a"b\\c'), unquote('"a\\"b"'), unquote('<x@y>'), unquote('plain'))
print(encode_rfc2231('naïve file.txt', 'utf-8'), encode_rfc2231('x y'), encode_rfc2231('a', 'us-ascii', 'en'))
print(decode_rfc2231("utf-8'en'na%C3%AFve"), decode_rfc2231('plain'))
print(collapse_rfc2231_value(('utf-8', 'en', 'na%C3%AFve')), collapse_rfc2231_value('"q"'))
msg = email.message_from_string('Content-Type: text/plain; name*0="long"; name*1="name.txt"\n'
                                'Content-Disposition: attachment; filename*=utf-8\'\'na%C3%AFve.txt\n\nbody\n')
print(msg.get_params(), msg.get_filename(), msg.get_param('name'), msg.get_param('filename', header='content-disposition'))
msg.set_param('charset', 'utf-8')
msg.set_param('format', 'flowed')
msg.del_param('name*0')
print(msg['content-type'])
msg.set_type('text/html')
print(msg['content-type'], msg['mime-version'], msg.get_content_subtype())
msg.replace_header('Content-Disposition', 'inline')
print(msg.get_content_disposition(), msg.items())
try:
    msg.replace_header('X-Missing', 'v')
except KeyError as e:
    print('KeyError', e)
