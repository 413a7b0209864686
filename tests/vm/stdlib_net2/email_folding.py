# email: how the modern policies fold headers -- long text, encoded words, address lists, MIME parameters.
from email.message import EmailMessage
from email import policy
from email.headerregistry import Address
import email
cases = [
 ('Subject', 'Ré: ' + 'long subject with many words ' * 4),
 ('Subject', 'short'),
 ('Subject', 'x' * 100),
 ('Subject', 'ünïcödé' * 15),
 ('Subject', 'mixed ascii and ünïcödé words ' * 5),
 ('To', ', '.join('user%d@example.com' % i for i in range(12))),
 ('To', ', '.join('Person Number %d <p%d@example.com>' % (i, i) for i in range(6))),
 ('Cc', 'Zoë Ünïcödé <z@x.org>, Ann <a@b.c>, "Quoted, Name" <q@r.s>'),
 ('X-Tab', 'a\tb  c   d'),
 ('Subject', ''),
 ('Subject', '  leading spaces'),
 ('Subject', 'trailing  '),
 ('Subject', 'ascii then' + ' é' * 40),
 ('Content-Disposition', 'attachment; filename="résumé.pdf"'),
 ('Content-Type', 'text/plain; charset=utf-8; name="a very long file name that goes on and on and on.txt"'),
]
for name, value in cases:
    for pol in (policy.default, policy.SMTP, policy.default.clone(max_line_length=40), policy.default.clone(utf8=True)):
        m = EmailMessage(policy=pol)
        m[name] = value
        print(repr(m.as_string()))
m = EmailMessage()
m['From'] = Address('Zoë', 'zoe', 'example.com')
m['To'] = (Address('A, B', 'ab', 'x.y'), Address(addr_spec='plain@x.y'))
print(repr(m.as_string()))
raw = "Subject: " + "word " * 20 + "\nTo: a@b\n\nbody\n"
m = email.message_from_string(raw, policy=policy.default)
print(repr(m.as_string()))
m = email.message_from_string("Subject: =?utf-8?q?caf=C3=A9?= " + "more text " * 10 + "\n\nb\n", policy=policy.default)
print(repr(m.as_string()), repr(m['subject']))
