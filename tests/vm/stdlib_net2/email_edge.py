# email: parser edge cases and defects, headers-only and incremental parsing, generators, MIME errors, policies, address groups.
import email, io
from email import policy, errors
from email.message import Message, EmailMessage
from email.mime.message import MIMEMessage
from email.mime.text import MIMEText
from email.mime.image import MIMEImage
from email.mime.audio import MIMEAudio
from email.generator import Generator, DecodedGenerator, BytesGenerator
from email.parser import HeaderParser, BytesHeaderParser, Parser
from email.feedparser import FeedParser
cases = [
 "Subject: no body",
 "Subject: blank then nothing\n\n",
 "From nobody Mon Jan  1 00:00:00 2001\nSubject: unixfrom\n\nbody\nFrom here\n",
 " continuation first\nSubject: x\n\nbody",
 "Subject: x\nnot a header line\nmore\n",
 "Content-Type: multipart/mixed\n\nno boundary param\n",
 "Content-Type: multipart/mixed; boundary=zz\n\nno boundaries here\n",
 "Content-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type: text/plain\n\nunterminated\n",
 "Content-Type: multipart/mixed; boundary=zz\n\n--zz\n\nfirst\n--zz\n\nsecond\n--zz--",
 "Content-Type: multipart/mixed; boundary=zz\r\n\r\npre\r\n--zz\r\nX: 1\r\n\r\ncrlf part\r\n--zz--\r\nepi\r\n",
 "Content-Type: message/rfc822\n\nSubject: inner\nFrom: a@b\n\ninner body\n",
 "Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: digest part\n\nx\n--d--\n",
 "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\naGVsbG8gd29ybGQ\n",
 "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\naGVs!!bG8=\n",
 "Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nsoft=\nbreak =3D ok\n",
 "Content-Type: text/plain\nContent-Transfer-Encoding: x-uuencode\n\nbegin 644 f\n%:&5L;&\\`\n`\nend\n",
 "X-Long: " + "word " * 25 + "\nSubject: folded\n  onto two lines\n\nb",
 "Content-Type: multipart/mixed; boundary=\"outer\"\n\n--outer\nContent-Type: multipart/alternative; boundary=\"inner\"\n\n--inner\n\nalt1\n--inner\n\nalt2\n--inner--\n\n--outer\n\nlast\n--outer--\n",
]
for raw in cases:
    for pol in (policy.compat32, policy.default):
        m = email.message_from_string(raw, policy=pol)
        parts = [(p.get_content_type(), p.get_default_type(), repr(p.get_payload(decode=True))[:50] if not p.is_multipart() else len(p.get_payload()), [type(d).__name__ for d in p.defects]) for p in m.walk()]
        print(repr(raw[:30]), m.get_unixfrom(), m.items()[:2], repr(m.preamble), repr(m.epilogue))
        print('  ', parts)
        out = m.as_string()
        print('  ', out == raw, repr(out[-40:]))
    print('  bytes', email.message_from_bytes(raw.encode()).as_bytes() == raw.encode())
print(HeaderParser().parsestr("A: 1\nB: 2\n\n--x\nnot parsed\n").get_payload())
print(BytesHeaderParser().parsebytes(b"A: 1\n\nbody").items())
fp = FeedParser()
for piece in ["Subj", "ect: fed\nX: ", "y\n\nbo", "dy"]:
    fp.feed(piece)
m = fp.close(); print(m.items(), m.get_payload())
m = Message(); m['Subject'] = 'hi'; m.set_payload('From the start\nline\n')
s = io.StringIO(); Generator(s, mangle_from_=True).flatten(m, unixfrom=False); print(repr(s.getvalue()))
s = io.StringIO(); Generator(s, mangle_from_=False, maxheaderlen=20).flatten(m, linesep='\r\n'); print(repr(s.getvalue()))
inner = MIMEText('inner text'); inner['Subject'] = 'inner'
outer = MIMEMessage(inner); print(outer.as_string())
img = MIMEImage(b'GIF89a' + bytes(10)); print(img['Content-Type'], img.get_payload()[:10])
try:
    MIMEImage(b'nothing')
except TypeError as e:
    print(e)
aud = MIMEAudio(b'.snd' + bytes(20)); print(aud['Content-Type'])
try:
    MIMEText('x').attach(MIMEText('y'))
except errors.MultipartConversionError as e:
    print(type(e).__name__, e)
m = Message(); m.set_payload('x')
try:
    m.attach(Message())
except TypeError as e:
    print(e)
d = io.StringIO()
mm = email.message_from_string(cases[-1]); mm.attach(MIMEImage(b'\x89PNG\r\n\x1a\n'))
DecodedGenerator(d).flatten(mm); print(d.getvalue())
m = EmailMessage(policy=policy.SMTP); m['Subject'] = 'smtp'; m.set_content('a\nb\n'); print(repr(m.as_bytes()))
m = EmailMessage(); m['To'] = 'undisclosed-recipients:;'; print(repr(str(m['To'])), m['To'].groups)
print(policy.default.clone(max_line_length=40).fold('Subject', 'a long subject line that must be folded somewhere'))
print(repr(policy.compat32), policy.default.max_line_length, policy.HTTP.max_line_length, policy.SMTP.linesep == '\r\n')
try:
    policy.default.max_line_length = 3
except AttributeError as e:
    print(e)
try:
    policy.default.clone(nope=1)
except TypeError as e:
    print(e)
m = email.message_from_string("Subject: x\n\nbody", policy=policy.strict)
try:
    email.message_from_string(" bad\n\nx", policy=policy.strict)
except errors.MessageDefect as e:
    print('raised', type(e).__name__)
m = EmailMessage()
m['To'] = 'Friends: a@b.c, "C D" <c@d.e>;, e@f.g, Empty:;'
m['Cc'] = 'Wörld Group: x@y.z;'
print(repr(str(m['To'])), m['To'].groups, [str(g) for g in m['To'].groups], m['To'].addresses)
print(m.as_string())
