# email.headerregistry: header objects from strings and objects -- their str,
# attributes and defects, Address/Group, folding through the modern policies.
import datetime
import email
import email.policy as p
from email.headerregistry import (Address, Group, HeaderRegistry, UnstructuredHeader,
                                  UniqueUnstructuredHeader, BaseHeader)
from email.message import EmailMessage

make = p.default.header_factory
ATTRS = ('params', 'content_type', 'maintype', 'subtype', 'content_disposition', 'version',
         'major', 'minor', 'cte', 'datetime', 'groups', 'addresses')
for name, value in [
        ('Content-Type', 'text/plain; charset=utf-8'),
        ('Content-Type', 'TEXT/Plain;CHARSET="UTF-8"; Format=flowed'),
        ('Content-Type', 'bogus'), ('Content-Type', ''),
        ('Content-Disposition', "Attachment; filename*=utf-8''%C3%BC.txt"),
        ('Content-Disposition', 'inline'),
        ('Content-Type', 'text/plain; name*0="a"; name*1="b"'),
        ('MIME-Version', '1.0'), ('MIME-Version', ' 1 . 0 (c)'), ('MIME-Version', 'x'),
        ('Content-Transfer-Encoding', ' Base64 '), ('Message-ID', '<a@b>'), ('Message-ID', 'junk'),
        ('Date', 'Mon, 20 Nov 1995 19:12:08 -0500'), ('Date', 'garbage'), ('Date', ''),
        ('Date', datetime.datetime(2001, 2, 3, 4, 5, 6, tzinfo=datetime.timezone.utc)),
        ('To', ''), ('To', 'a@b, Group: c@d, e@f;, "x y" <g@h>'), ('To', '=?utf-8?q?J=C3=B6?= <j@x>'),
        ('To', 'a@b (comment)'), ('Cc', 'undisclosed-recipients:;'),
        ('From', Address('Zoë', 'z', 'x.org')), ('To', [Address('A, B', 'ab', 'x.y'), Group('G', [Address('', 'g', 'h')])]),
        ('Subject', '=?utf-8?q?caf=C3=A9?= x'), ('Subject', 'a\udcc3\udca9'), ('X-Other', 'plain =?utf-8?q?=C3=A9?=')]:
    h = make(name, value)
    facts = {a: getattr(h, a) for a in ATTRS if hasattr(h, a)}
    if 'params' in facts:
        facts['params'] = dict(facts['params'])
    print(name, repr(value), '->', repr(str(h)), type(h).__name__, h.name, type(h).max_count,
          [type(d).__name__ for d in h.defects], facts)
    narrow = h.fold(policy=p.default.clone(max_line_length=30)) if name != 'From' else ''
    print('   ', repr(h.fold(policy=p.default)), repr(narrow))
for kw in [dict(display_name='A, B', username='ab', domain='x.y'), dict(addr_spec='plain@x.y'),
           dict(username='a b', domain='x'), dict(username='a', domain=''), dict(),
           dict(display_name='Q. R.', username='q', domain='r.s'), dict(username='.a', domain='x'),
           dict(addr_spec='"a b"@x')]:
    a = Address(**kw)
    print(repr(a), str(a), repr(a.addr_spec), a == Address(**kw), a == 'x')
for bad in [dict(addr_spec='a@b', username='x'), dict(addr_spec='a@b c'), dict(addr_spec='nodomain'),
            dict(display_name='a\nb')]:
    try:
        Address(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(Group()), str(Group()), str(Group('G')), str(Group(None, [Address('x', 'y', 'z')])),
      str(Group('A: B', [Address('x', 'y', 'z'), Address('', 'p', 'q')])), Group('G') == Group('G', []))
reg = HeaderRegistry()
reg.map_to_type('X-Unique', UniqueUnstructuredHeader)
print(reg['x-unique'].__name__, reg['X-Anything'].__name__, [c.__name__ for c in reg['to'].__mro__][:3],
      HeaderRegistry(use_default_map=False)['Subject'].__name__, reg['x-unique'].max_count)
single = make('Sender', 'a@b, c@d')
try:
    single.address
except ValueError as e:
    print('ValueError', e)
print(make('Sender', 'One <o@n.e>').address)
# Through messages: refolding raw bytes, parameters, the header-count limit.
m = email.message_from_bytes(b'Subject: caf\xc3\xa9\n\nx\n', policy=p.default)
print(repr(m['subject']), m.as_bytes(policy=p.default.clone(cte_type='7bit')))
e = EmailMessage()
e['Content-Disposition'] = 'inline'
e.set_param('filename', 'ü.txt', header='Content-Disposition', replace=True)
print(e.items(), e.get_filename(), e.as_string())
e = EmailMessage()
e.set_content('x', filename='naïve résumé.txt')
print(e['content-disposition'], repr(e['content-disposition'].fold(policy=p.default)))
e = EmailMessage(policy=p.default.clone(max_line_length=40))
e['Content-Type'] = 'text/plain; charset="utf-8"'
e['Subject'] = 'a ' * 30
print(e.as_string())
try:
    EmailMessage().set_content(b'x', 'text', 'plain', headers=['Content-Type: x'])
except ValueError as e:
    print('ValueError', e)
print(make('Subject', 'pickled') == __import__('pickle').loads(__import__('pickle').dumps(make('Subject', 'pickled'))))
