# email.generator: Generator, BytesGenerator and DecodedGenerator output byte for byte:
# line endings, From-mangling, multipart layout, message/rfc822, delivery-status,
# multipart/signed, 8-bit bodies, maxheaderlen, unixfrom.
import io
import re
import email
import email.policy
from email.generator import Generator, BytesGenerator, DecodedGenerator
from email.message import Message, EmailMessage


def text_of(msg, **kw):
    out = io.StringIO()
    flat = {k: kw.pop(k) for k in ('unixfrom', 'linesep') if k in kw}
    Generator(out, **kw).flatten(msg, **flat)
    return out.getvalue()


def bytes_of(msg, **kw):
    out = io.BytesIO()
    flat = {k: kw.pop(k) for k in ('unixfrom', 'linesep') if k in kw}
    BytesGenerator(out, **kw).flatten(msg, **flat)
    return out.getvalue()


SIMPLE = ('From: a@b\nSubject: hi\nX-Long: ' + 'word ' * 20 + '\n\n'
          'From the start\nline two\r\nline three\rFrom here\n>From quoted\n')
m = email.message_from_string(SIMPLE)
for kw in [{}, {'mangle_from_': False}, {'linesep': '\r\n'}, {'maxheaderlen': 30},
           {'maxheaderlen': 0}, {'policy': email.policy.SMTP}, {'policy': email.policy.default}]:
    print(sorted(kw), repr(text_of(m, **kw)))
print(repr(bytes_of(m)), repr(bytes_of(m, mangle_from_=True, linesep='\r\n')))
m.set_unixfrom('From someone@x Mon Jan  1 00:00:00 2001')
print(repr(text_of(m, unixfrom=True)[:60]), repr(bytes_of(m, unixfrom=True)[:45]))
m2 = Message()
m2['Subject'] = 'no body'
print(repr(text_of(m2)), bool(re.fullmatch(r'From nobody \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}\n.*',
                                           text_of(m2, unixfrom=True), re.S)))
MULTI = """Content-Type: multipart/mixed; boundary="XYZ"
MIME-Version: 1.0

preamble line
--XYZ
Content-Type: text/plain

first part
--XYZ
Content-Type: message/rfc822

Subject: inner

inner body
--XYZ
Content-Type: multipart/alternative; boundary="IN"

--IN
Content-Type: text/html

<p>x</p>
--IN--
inner epilogue
--XYZ
Content-Type: message/delivery-status

Reporting-MTA: dns; x

Action: failed
Status: 5.0.0

--XYZ
Content-Type: multipart/signed; boundary="S"; protocol="application/pgp-signature"

--S
Content-Type: text/plain
X-Very-Long-Header: aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm

signed text
--S
Content-Type: application/pgp-signature

SIG
--S--
--XYZ--
the epilogue
"""
mm = email.message_from_string(MULTI)
print([repr(block.get_payload()) for block in mm.get_payload(3).get_payload()])
print(text_of(mm) == MULTI, repr(text_of(mm)))
print(repr(text_of(mm, linesep='\r\n', maxheaderlen=40)))
print(repr(bytes_of(mm)) == repr(text_of(mm).encode()))
for pre, epi in [(None, None), ('', ''), ('P', 'E'), ('P\n', '\nE\n')]:
    mm.preamble, mm.epilogue = pre, epi
    print(repr(pre), repr(epi), repr(text_of(mm)[:70]), repr(text_of(mm)[-30:]))
outer = Message()
outer['Content-Type'] = 'multipart/mixed'
inner = Message()
inner['Content-Type'] = 'text/plain'
inner.set_payload('--part\nbody')
outer.attach(inner)
flat = text_of(outer)
boundary = outer.get_boundary()
print(bool(re.fullmatch(r'=+\d{19}==', boundary)), flat.replace(boundary, 'B'))
empty = Message()
empty['Content-Type'] = 'multipart/mixed; boundary="E"'
empty.set_payload([])
print(repr(text_of(empty)))
strpay = Message()
strpay['Content-Type'] = 'multipart/mixed; boundary="E"'
strpay.set_payload('just text\n')
print(repr(text_of(strpay)))
# Bodies read from bytes: 8-bit text written raw by BytesGenerator, re-encoded by Generator.
raw = (b'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
       b'Subject: caf\xc3\xa9\n\nna\xc3\xafve body\nFrom me\n')
b = email.message_from_bytes(raw)
print(repr(bytes_of(b)), repr(text_of(b)))
print(repr(bytes_of(b, policy=email.policy.compat32.clone(cte_type='7bit'))))
print(repr(bytes_of(b, policy=email.policy.default.clone(cte_type='7bit'))))
nocs = email.message_from_bytes(b'Subject: x\n\nbin\xff\n')
print(repr(bytes_of(nocs)), repr(text_of(nocs)))
em = EmailMessage()
em['Subject'] = 'Zoë ' * 20
em['To'] = 'Ann <a@example.com>, "Bob, Jr." <b@example.com>'
em.set_content('héllo\nFrom x\n')
print(repr(text_of(em)), repr(bytes_of(em)))
print(repr(text_of(em, policy=email.policy.SMTPUTF8)), repr(bytes_of(em, policy=email.policy.SMTPUTF8)))
print(repr(bytes_of(em, maxheaderlen=40)))
out = io.StringIO()
g = Generator(out)
g.write('direct ')
g.clone(out).write('clone')
print(repr(out.getvalue()))
try:
    bad = Message()
    bad.set_payload(b'bytes')
    text_of(bad)
except TypeError as e:
    print('TypeError', e)
d = email.message_from_string(MULTI)
d.get_payload(0).set_payload('decoded text\n')
pic = Message()
pic['Content-Type'] = 'image/png; name="p.png"'
pic['Content-Description'] = 'a picture'
pic['Content-Transfer-Encoding'] = 'base64'
pic.set_payload('AAAA')
d.attach(pic)
for fmt in [None, '%(maintype)s|%(subtype)s|%(filename)s|%(description)s|%(encoding)s']:
    out = io.StringIO()
    DecodedGenerator(out, fmt=fmt).flatten(d)
    print(repr(out.getvalue()))
