# email.contentmanager: raw_data_manager get/set for text, bytes and messages;
# transfer-encoding choice, parameters, extra headers, handler lookup order.
import email
import email.policy
from email.contentmanager import ContentManager, raw_data_manager
from email.message import EmailMessage, Message

pol = email.policy.default


def show(m):
    print(m.items())
    print('  ', repr(m._payload if not m.is_multipart() else [str(p) for p in m._payload]))


TEXTS = ['hello\n', 'hello', 'héllo wörld\n', 'x' * 100 + '\n', 'é' * 100 + '\n',
         ''.join('line %d é\n' % i for i in range(12)), 'a\r\nb\rc\n', '', 'Zoë\n' * 3,
         'From me\n' + 'é' * 90]
for t in TEXTS:
    for policy in (pol, pol.clone(cte_type='7bit'), pol.clone(max_line_length=20)):
        m = EmailMessage(policy=policy)
        m.set_content(t)
        show(m)
        print('   back', repr(m.get_content()) == repr(t.replace('\r\n', '\n').replace('\r', '\n') if t else t),
              repr(m.get_content())[:40])
for t in ['é' * 100 + '\n', 'x' * 100 + '\n', 'Zoë\n' * 3]:
    m = EmailMessage(policy=email.policy.SMTP.clone(cte_type='7bit'))
    m.set_content(t)
    show(m)
for kw in [dict(subtype='html'), dict(charset='latin-1'), dict(charset='us-ascii'), dict(cte='quoted-printable'),
           dict(cte='base64'), dict(cte='8bit'), dict(cte='7bit'), dict(disposition='inline'),
           dict(filename='a.txt'), dict(filename='b c.txt', disposition='inline'), dict(cid='<c@x>'),
           dict(params={'format': 'flowed', 'delsp': 'yes'}), dict(headers=['X-One: 1', 'X-Two: two'])]:
    m = EmailMessage()
    try:
        m.set_content('café\n', **kw)
        show(m)
    except (ValueError, UnicodeError, LookupError) as e:
        print(sorted(kw), type(e).__name__, e)
for data, args, kw in [(b'\x00\x01\x02' * 30, ('application', 'octet-stream'), {}),
                       (b'abc', ('image', 'png'), dict(cte='quoted-printable')),
                       (b'a\tb =\xff', ('application', 'x'), dict(cte='quoted-printable')),
                       (b'plain', ('text', 'x-raw'), dict(cte='7bit')),
                       (bytearray(b'\xff\xfe'), ('audio', 'wav'), dict(cte='8bit', filename='s.wav')),
                       (memoryview(b'mv'), ('video', 'mp4'), {}),
                       (b'x' * 60, ('application', 'pdf'), dict(params={'name': 'n.pdf'}))]:
    m = EmailMessage(policy=pol.clone(max_line_length=40))
    m.set_content(data, *args, **kw)
    show(m)
    print('   back', m.get_content() == bytes(data))
inner = EmailMessage()
inner['Subject'] = 'inner'
inner.set_content('inner body\n')
for kw in [{}, dict(subtype='external-body'), dict(cte='binary'), dict(cte='base64'),
           dict(subtype='partial'), dict(subtype='external-body', cte='8bit'), dict(subtype='news')]:
    m = EmailMessage()
    try:
        m.set_content(inner, **kw)
        show(m)
        got = m.get_content()
        print('   back', type(got).__name__, got['subject'] if hasattr(got, 'get') else got)
    except ValueError as e:
        print(sorted(kw), 'ValueError', e)
for src in ['Content-Type: text/plain; charset=latin-1\nContent-Transfer-Encoding: quoted-printable\n\ncaf=E9\n',
            'Content-Type: text/plain; charset=bogus\n\nabc\n',
            'Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nw6k=\n',
            'Content-Type: image/gif\nContent-Transfer-Encoding: base64\n\nR0lG\n',
            'Content-Type: message/partial; id=1\n\nSubject: part\n\nbody\n',
            'Content-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n--b--\n']:
    m = email.message_from_string(src, policy=pol)
    try:
        print(repr(m.get_content()))
    except (KeyError, LookupError) as e:
        print(type(e).__name__, e)
m = email.message_from_string('Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n/w==\n', policy=pol)
print(repr(m.get_content()), repr(m.get_content(errors='ignore')))
try:
    m.set_content('x', headers=['Bad Header'])
except ValueError as e:
    print('ValueError', e)
mp = EmailMessage()
mp.make_mixed()
try:
    mp.set_content('x')
except TypeError as e:
    print('TypeError', e)
# A manager of our own: lookups by type, module-qualified name, name, base classes, None.
cm = ContentManager()
cm.add_get_handler('text/plain', lambda m: 'exact')
cm.add_get_handler('text', lambda m: 'main')
cm.add_get_handler('', lambda m: 'fallback')
for ct in ['text/plain', 'text/html', 'image/png']:
    m = Message()
    m['Content-Type'] = ct
    print(ct, cm.get_content(m))


class Base:
    pass


class Child(Base):
    pass


for key in [Child, '__main__.Child', 'Child', Base, None]:
    cm2 = ContentManager()
    cm2.add_set_handler(key, lambda m, obj, *a, **k: m.__setitem__('X-Handled', repr(key)))
    m = EmailMessage()
    m['Content-Type'] = 'text/plain'
    m['X-Old'] = 'kept'
    cm2.set_content(m, Child())
    print(m.items())
try:
    ContentManager().get_content(Message())
except KeyError as e:
    print('KeyError', e)
try:
    ContentManager().set_content(EmailMessage(), 5)
except KeyError as e:
    print('KeyError', e)
print(sorted(raw_data_manager.get_handlers), sorted(k.__name__ for k in raw_data_manager.set_handlers))
