# email.message: headers as a multimap, parameters, payload decoding, charsets,
# and the MIMEPart/EmailMessage content API (get_body, iter_attachments, make_*).
import email
import email.policy
from email.message import Message, EmailMessage, MIMEPart
from email.charset import Charset


def state(m):
    return m.items(), repr(m._payload), repr(m.get_charset())


m = Message()
m['To'] = 'a'
m['to'] = 'b'
m['X'] = '1'
print(len(m), list(m), 'TO' in m, m.get_all('to'), m.get_all('zz'), m.get_all('zz', 5), m['missing'], m.get('missing', 7))
del m['TO']
del m['nothing']
print(m.items(), m.keys(), m.values())
for ct in ['text/html', 'TEXT/Plain; charset=x', 'bogus', 'a/b/c', '', ' image/png ; x=1',
           'multipart/mixed;boundary="a;b"; q="x\\"y;z"', 'text/plain; a; b=; =c']:
    m = Message()
    m['Content-Type'] = ct
    print(repr(ct), m.get_content_type(), m.get_content_maintype(), m.get_content_subtype(),
          m.get_params(), m.get_params(unquote=False))
m = Message()
print(m.get_content_type(), m.get_params(), m.get_params('x'), m.get_param('charset', 'd'))
m.set_default_type('message/rfc822')
print(m.get_content_type(), m.get_default_type())
m = Message()
m['Content-Disposition'] = 'attachment; filename=" a.txt "'
print(repr(m.get_filename()), m.get_content_disposition())
m = Message()
m['Content-Type'] = 'multipart/mixed; boundary=" bb "'
print(repr(m.get_boundary()))
for ct in ['text/plain; charset="UTF-8"', "text/plain; charset*=us-ascii''UTF%2D8", 'text/plain; charset="ü"']:
    m = Message()
    m['Content-Type'] = ct
    print(m.get_content_charset('fail'), m.get_param('charset'), m.get_param('charset', unquote=False))
e = EmailMessage()
e['To'] = 'a@b'
try:
    e['To'] = 'c@d'
except ValueError as x:
    print(x)
m = Message()
m.add_header('Content-Disposition', 'attachment', filename='bud.gif', size=None, x_y='a b',
             t=('utf-8', 'en', 'ü'), u='ü', e='')
m.add_header('X', None, a='1')
print(m.items())
m = Message()
m['Content-Type'] = 'text/plain; a=1'
m.set_param('b', '2'); print(m.items())
m.set_param('a', 'x y'); print(m.items())
m.set_param('a', 'z', requote=False); print(m.items())
m.set_param('c', 'ü', charset='utf-8', language='en'); print(m.items())
m = Message()
m['X'] = 'v'; m['Content-Type'] = 'text/plain; a=1'; m['Y'] = 'w'
m.set_param('a', '2', replace=True); print(m.items())
m = Message()
m.set_param('a', '1'); m.set_param('q', '1', header='X-Foo'); print(m.items())
m = Message()
m['Content-Type'] = 'text/plain; a=1; b="2"'
m.del_param('A'); m.del_param('zz'); m.del_param('x', header='nothere'); print(m.items())
m = Message()
m['Content-Type'] = 'text/plain; a=1'
m.set_type('text/html'); print(m.items())
try:
    m.set_type('bad')
except ValueError as x:
    print('ValueError', repr(str(x)))
m = Message()
m.set_type('image/png', header='X-Type'); print(m.items())
m = Message()
m['content-type'] = 'multipart/mixed; a="1"; boundary=old'
m['Content-Type'] = 'x/y'
m.set_boundary('NEW'); print(m.items())
try:
    Message().set_boundary('x')
except email.errors.HeaderParseError as x:
    print('HeaderParseError', x)
m = Message()
m['X'] = 'a'
m.replace_header('x', 'b'); print(m.items())
try:
    m.replace_header('Nope', 'c')
except KeyError as x:
    print('KeyError', x)
print(Message().get_content_disposition(), Message().get_filename('f'), Message().get_boundary('b'), Message().get_charsets())
for args in [('héllo', 'utf-8'), ('héllo', 'iso-8859-1'), ('hello', 'us-ascii'), ('hello', None),
             (b'h\xe9llo', None), (b'h\xc3\xa9llo', 'utf-8'), ('x', Charset('latin-1'))]:
    m = Message()
    m.set_payload(*args)
    print(args, state(m), repr(m.get_payload()), repr(m.get_payload(decode=True)))
m = Message(); m['Content-Type'] = 'text/html'; m['Content-Transfer-Encoding'] = '7bit'
m.set_payload('héllo', 'utf-8'); print(state(m))
m = Message(); m['Content-Type'] = 'text/html'; m.set_payload('héllo'); m.set_charset('iso-8859-1'); print(state(m))
m.set_charset(None); print(state(m))
m = Message(); m.set_charset('utf-8'); print(state(m))
for cte, body in [('quoted-printable', 'a=\nb=3D'), ('base64', 'aGVsbG8=\n'), ('base64', 'aGVsbG8'),
                  ('x-uuencode', 'begin 666 f\n%:&5L;&\\\n`\nend\n'), ('uuencode', 'garbage'),
                  ('8bit', 'héllo'), ('', 'héllo€'), ('BASE64', 'aGk=')]:
    m = Message()
    m['Content-Transfer-Encoding'] = cte
    m.set_payload(body)
    print(repr(cte), repr(m.get_payload(decode=True)), [type(d).__name__ for d in m.defects])
m = Message(); m.attach(Message()); print(m.get_payload(decode=True), m.is_multipart(), len(m.get_payload()))
for action in [lambda m: m.attach(Message()), lambda m: m.get_payload(0)]:
    try:
        m = Message(); m.set_payload('x'); action(m)
    except TypeError as x:
        print('TypeError', x)
# The MIMEPart API on a parsed message.
SRC = """MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="M"

--M
Content-Type: multipart/alternative; boundary="A"

--A
Content-Type: text/plain

plain
--A
Content-Type: multipart/related; boundary="R"; start="<root>"

--R
Content-Type: image/png
Content-ID: <img>

PNG
--R
Content-Type: text/html
Content-ID: <root>

<b>html</b>
--R--
--A--
--M
Content-Type: text/plain
Content-Disposition: attachment; filename="notes.txt"

notes
--M
Content-Type: text/plain

second plain
--M
Content-Type: application/pdf

PDF
--M--
"""
msg = email.message_from_string(SRC, policy=email.policy.default)
for prefs in [('related', 'html', 'plain'), ('html', 'plain'), ('plain',), ('html',), ('related',), ()]:
    body = msg.get_body(prefs)
    print(prefs, body and (body.get_content_type(), body.get_content_maintype() == 'text' and body.get_content()))
print([(p.get_content_type(), p.get_filename()) for p in msg.iter_attachments()])
alt = msg.get_payload(0)
rel = alt.get_payload(1)
print([p.get_content_type() for p in alt.iter_attachments()], [p['content-id'] for p in rel.iter_attachments()])
print([p.get_content_type() for p in msg.iter_parts()], list(msg.get_payload(2).iter_parts()),
      [p.is_attachment() for p in msg.iter_parts()], msg.get_charsets())
em = EmailMessage()
em['Subject'] = 'hello'
em['X-Keep'] = 'yes'
em.set_content('body text\n')
em.add_related('<p>rel</p>', subtype='html')
print(em.get_content_type(), [p.get_content_type() for p in em.iter_parts()], em.keys())
em.add_alternative('plain alt\n')
print(em.get_content_type(), [p.get_content_type() for p in em.iter_parts()])
em.add_attachment(b'\x00\x01', maintype='application', subtype='octet-stream', filename='a.bin')
print(em.get_content_type(), [(p.get_content_type(), p.get_content_disposition()) for p in em.iter_parts()])
for make in ['make_related', 'make_alternative', 'make_mixed']:
    try:
        getattr(em, make)()
    except ValueError as x:
        print('ValueError', x)
em.set_boundary('OUT')
em.get_payload(0).set_boundary('IN')
em.get_payload(0).get_payload(0).set_boundary('DEEP')
print(em.as_string())
p = MIMEPart()
p['X'] = 'y'
p.make_mixed(boundary='B')
print(p.items(), p.get_payload(), str(p))
p.clear_content(); print(p.items(), p.get_payload())
p.clear(); print(p.items(), p.get_payload(), repr(p.policy))
c = Message()
c['Subject'] = 'x ' * 50
print(repr(c.as_string()), repr(c.as_string(maxheaderlen=40)), bytes(c) == c.as_bytes())
c.set_unixfrom('From a@b Thu Jan  1 00:00:00 1970')
print(repr(c.as_string(unixfrom=True)[:40]), c.get_unixfrom())
