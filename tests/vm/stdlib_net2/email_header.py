# email: quoted-printable bodies and headers, Header folding, decode_header/make_header.
import email.quoprimime as q
for s in ['hello world\nthis is a long line ' + 'x'*90 + ' end  \nrésumé=ok\t\n', 'a'*75 + '=' + 'b', 'trailing space ', 'line\r\nnext', 'a\tb c~\x7f\x01', 'x'*74 + ' ', 'x'*75 + ' ', 'x'*73 + ' ', 'é'*40, '']:
    e = q.body_encode(s); print(repr(e), repr(q.decode(e)))
print(repr(q.decode('a=3Db=\nc\nd=E9')), repr(q.header_decode('a_b=3Dc')), repr(q.decode('abc=4')), repr(q.decode('x\n\ny\n')))
print(q.header_encode(b'hello world=?_x\xe9', 'utf-8'), q.header_length(b'ab c\xe9'), q.body_length(b'ab =\xe9'))
from email.header import Header, decode_header, make_header
for s, cs in [('hello', None), ('héllo wörld', 'utf-8'), ('plain ascii', 'utf-8'), ('naïve', 'iso-8859-1'), ('x'*100, None), ('word ' * 30, None), ('é' * 80, 'utf-8'), ('Ünïcödé ' * 12, 'utf-8'), ('a;b;c;' * 20, None)]:
    h = Header(s, cs, header_name='Subject')
    print(repr(str(h)), repr(h.encode()))
h = Header('Hello ', 'us-ascii'); h.append('wörld', 'utf-8'); h.append(' and more', 'us-ascii'); h.append(b'caf\xe9', 'iso-8859-1')
print(repr(str(h)), repr(h.encode()), decode_header(h))
for v in ['=?utf-8?q?h=C3=A9llo?= world', 'plain', '=?iso-8859-1?b?aOlsbG8=?= =?iso-8859-1?q?_x?=', 'a =?utf-8?b?w6k?= b', '=?UTF-8?Q?a?=\n =?UTF-8?Q?b?=']:
    d = decode_header(v); print(d, repr(str(make_header(d))))
print(Header('x') == 'x')
h = Header(); print(repr(str(h)), repr(h.encode()))
