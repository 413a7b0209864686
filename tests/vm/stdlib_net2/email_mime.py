# email: parse a nested multipart (compat32 and default policies), walk it, regenerate it; MIME classes.
import email
from email import policy
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email import encoders
from email.parser import Parser, BytesParser
from email.utils import formatdate, parsedate_to_datetime, format_datetime, parseaddr, formataddr, getaddresses, make_msgid
from email.header import Header, decode_header
from email.iterators import _structure

raw = """From: "Alice Example" <alice@example.com>
To: bob@example.org, "Carol, C." <carol@example.net>
Subject: =?utf-8?q?H=C3=A9llo?= there
Date: Mon, 20 Nov 1995 19:12:08 -0500
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XYZ"

This is the preamble.
--XYZ
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Caf=C3=A9 au lait
second line
--XYZ
Content-Type: application/octet-stream
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="data.bin"

AAECAwQFBgc=
--XYZ
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain

plain body
--inner
Content-Type: text/html

<p>html</p>
--inner--
--XYZ--
The epilogue.
"""
for pol in (policy.compat32, policy.default):
    msg = email.message_from_string(raw, policy=pol)
    print(type(msg).__name__, msg.is_multipart(), msg.get_content_type(), msg.get_boundary(), repr(msg.preamble), repr(msg.epilogue))
    print(repr(msg['Subject']), repr(msg['to']), msg.get_all('X-None'), len(msg), msg.keys())
    _structure(msg)
    for part in msg.walk():
        print(' ', part.get_content_type(), part.get_content_charset(), part.get_filename(), repr(part.get_payload(decode=True))[:60], part.get_content_disposition())
    print(msg.defects, [p.defects for p in msg.walk()])
    out = msg.as_string()
    print(out == raw, len(out))
    if out != raw:
        print(out)
    print(msg.as_bytes()[:80])
print(decode_header('=?utf-8?q?H=C3=A9llo?= there'))
m = MIMEMultipart(boundary="BOUND")
m['Subject'] = 'Test ' + 'x' * 80
m['From'] = formataddr(('Zoë', 'zoe@example.com'))
m.attach(MIMEText('hello\nworld\n'))
m.attach(MIMEText('héllo wörld\n', 'plain', 'utf-8'))
m.attach(MIMEText('latin', 'html', 'iso-8859-1'))
att = MIMEApplication(b'\x00\x01binary' * 10, Name='x.bin')
att.add_header('Content-Disposition', 'attachment', filename='x.bin')
m.attach(att)
b = MIMEBase('image', 'png'); b.set_payload(b'\x89PNG....'); encoders.encode_base64(b); m.attach(b)
print(m.as_string())
r = email.message_from_string(m.as_string())
print([p.get_payload(decode=True) for p in r.walk()][1:])
e = EmailMessage()
e['Subject'] = 'héllo wörld'
e['From'] = 'Jöhn Doe <jd@example.com>'
e['To'] = ['a@b.c', 'D E <d@e.f>']
e.set_content('Hi there\nsecond\n')
e.add_alternative('<b>Hi</b>\n', subtype='html')
e.add_attachment(b'PDFDATA', maintype='application', subtype='pdf', filename='r.pdf')
for p in e.walk(): p.set_boundary('B%d' % id(p)) if p.is_multipart() else None
print(e['To'].addresses, e['From'].addresses[0].display_name, e['subject'])
print(e.get_body(('plain',)).get_content(), [a.get_filename() for a in e.iter_attachments()])
e2 = EmailMessage(); e2['Subject'] = 'x'; e2.set_content('ünïcode text\n' * 3); print(e2.as_string())
print(formatdate(0), formatdate(1e9, usegmt=True), format_datetime(parsedate_to_datetime('Mon, 20 Nov 1995 19:12:08 -0500')))
print(parsedate_to_datetime('Fri, 09 Nov 2001 01:08:47 -0000'))
print(getaddresses(['a@b, "C D" <c@d>', 'e@f (E F)']))
print(make_msgid(domain='x.org').endswith('@x.org>'), make_msgid('abc', 'y').count('.'))
