# email: MIME classes under the default policy, set_content for bytes/messages/cte choices, Message mapping API, charsets.
import email, io
from email import policy
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.message import EmailMessage, Message
m = MIMEMultipart(policy=policy.default, boundary='BB')
m['Subject'] = 'Tëst'
m.attach(MIMEText('héllo\n', policy=policy.default))
m.attach(MIMEText('plain\n', 'plain', 'us-ascii', policy=policy.default))
print(m.as_string()); print(m.as_bytes())
e = EmailMessage()
e.set_content(b'\x00\x01\x02', maintype='application', subtype='octet-stream', filename='b.bin', disposition='attachment')
print(e.as_string())
e2 = EmailMessage(); e2.set_content('x' * 100 + '\n' + 'ü' * 50 + '\n', cte='quoted-printable'); print(e2.as_string())
e3 = EmailMessage(); e3.set_content('<p>x</p>', subtype='html', charset='latin-1', headers=['X-A: 1']); print(e3.as_string())
inner = EmailMessage(); inner['Subject'] = 'inner'; inner.set_content('inside\n')
e4 = EmailMessage(); e4.set_content(inner); print(e4.as_string()); print(e4.get_content()['subject'])
for bad in [('text', dict(cte='bogus'))]:
    try:
        EmailMessage().set_content('x', **bad[1])
    except ValueError as err:
        print('ValueError', err)
mm = Message(); mm['a'] = 'b'; print(mm.get_all('a'), mm.get('x', 'dflt'), 'A' in mm, list(mm), mm.values())
del mm['A']; print(len(mm), mm.keys())
mm.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', 'naïve.txt'))
mm.add_header('X-Flags', None, a='1', b=None)
print(mm.items(), mm.get_filename())
mm.set_charset('iso-8859-1'); mm.set_payload('café', 'iso-8859-1'); print(mm.as_string())
print(mm.get_charsets(), mm.get_content_charset(), mm.get_charset())
mm.set_boundary('q')
