# email: the modern API -- header objects, folding, set_content/add_attachment, bytes with 8-bit data.
import email, datetime
from email import policy
from email.message import EmailMessage
from email.headerregistry import Address, Group
m = EmailMessage()
m['Subject'] = 'héllo wörld'
m['X-A'] = 'plain text and héllo'
m['X-B'] = 'Ünïcödé ' * 12
m['X-C'] = 'word ' * 30
m['To'] = 'Jöhn Doe <jd@example.com>, "Smith, A" <a@b.org>'
m['From'] = Address('Ann Example', 'ann', 'example.com')
m['Cc'] = [Address('', 'x', 'y.z'), Address('Q. R.', 'q', 'r.s')]
m['Content-Type'] = 'text/plain; charset="utf-8"; format=flowed'
m['Date'] = 'Mon, 20 Nov 1995 19:12:08 -0500'
m['Resent-Date'] = datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
m['Message-ID'] = '<abc@def>'
print(m.as_string())
print(repr(m['To']), m['To'].addresses, repr(m['Subject']))
print(m['Date'].datetime, repr(m['Content-Type']), dict(m['Content-Type'].params), m['content-type'].content_type, m['content-type'].maintype)
print(repr(m['Resent-Date']), m['Resent-Date'].datetime, m['From'].addresses[0].username, str(m['Cc']))
try:
    m['Subject'] = 'again'
except ValueError as e:
    print(e)
try:
    m['X-Bad'] = 'a\nb'
except ValueError as e:
    print(e)
raw = b"""Subject: =?iso-8859-1?q?caf=E9?= =?utf-8?b?w7xiZXI=?=
From: =?utf-8?q?J=C3=B6rg?= <j@x.de>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Gr\xc3\xbc\xc3\x9fe
"""
for pol in (policy.compat32, policy.default, policy.SMTP):
    msg = email.message_from_bytes(raw, policy=pol)
    print(type(msg).__name__, repr(msg['subject']), repr(msg['from']), repr(msg.get_payload()), msg.get_payload(decode=True))
    print(msg.as_bytes())
    print(repr(msg.as_string()))
    if hasattr(msg, 'get_content'):
        print(repr(msg.get_content()), msg['from'].addresses)
e = EmailMessage()
e['Subject'] = 'Report'
e.set_content('Line one\nLine two\n')
e.add_attachment('col1,col2\n1,2\n', subtype='csv', filename='data.csv')
e.add_attachment(b'\x89PNG\r\n\x1a\n' + bytes(40), maintype='image', subtype='png', filename='pic.png', cid='<img1>')
for i, p in enumerate(e.walk()):
    if p.is_multipart(): p.set_param('boundary', '==B%d==' % i)
print(e.as_string())
print(e.is_multipart(), [p.get_content_type() for p in e.iter_parts()], [a.get_filename() for a in e.iter_attachments()])
print(e.get_body().get_content(), e.get_payload(2).get_content()[:8])
print(str(Address(display_name='A, B', addr_spec='a.b@c.d')), repr(Group('G', [Address('x', 'y', 'z')])), str(Group('G', [Address('x', 'y', 'z')])))
