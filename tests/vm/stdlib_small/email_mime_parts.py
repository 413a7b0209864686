# email.mime classes: headers they start with, charset choice and their errors.
import email.policy
from email import charset, errors
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText

base = MIMEBase('image', 'png', name='x.png')
print(repr(base.as_string()), base.policy is email.policy.compat32)
print(MIMEBase('a', 'b', policy=email.policy.SMTP).policy is email.policy.SMTP)
print(repr(MIMEText('plain ascii').as_string()))
print(repr(MIMEText('h\xe9llo').as_string()))
print(repr(MIMEText('hello', 'html', 'latin-1').as_string()))
print(MIMEText('x', _charset=charset.Charset('utf-8'))['Content-Type'])
try:
    MIMEText('x').attach(MIMEText('y'))
except errors.MultipartConversionError as e:
    print(type(e).__name__, e)
try:
    MIMENonMultipart('text', 'plain').attach(None)
except errors.MultipartConversionError as e:
    print('nonmultipart', e)
multi = MIMEMultipart('alternative', 'BOUND', [MIMEText('a'), MIMEText('b')], foo='bar')
print(repr(multi.as_string()), multi.is_multipart(), len(multi.get_payload()))
empty = MIMEMultipart()
print(empty.get_payload(), empty.get_content_type(), empty.get_boundary())
print(repr(MIMEApplication(b'\x00\x01\xff').as_string()))
print(repr(MIMEApplication(b'raw', 'x-raw', lambda msg: msg.add_header('X-Enc', 'none'),
                           name='r.bin').as_string()))
try:
    MIMEApplication(b'', None)
except TypeError as e:
    print('application', e)
wrapped = MIMEMessage(MIMEText('inner'))
print(repr(wrapped.as_string()), wrapped.get_default_type(), wrapped.is_multipart())
print(MIMEMessage(MIMEText('d'), 'delivery-status').get_content_type())
try:
    MIMEMessage('not a message')
except TypeError as e:
    print('message', e)
