# email.header: Header folding of plain and encoded pieces, str(), decode_header, make_header.
from email.header import Header, decode_header, make_header
from email.charset import Charset
from email.errors import HeaderParseError


def show(h, **kw):
    try:
        e = h.encode(**kw)
    except HeaderParseError as ex:
        print('HeaderParseError', ex)
        return
    print(repr(str(h)), [len(x) for x in e.split('\n')])
    print('   ', repr(e))


show(Header('word ' * 30, header_name='Subject'))
show(Header('word ' * 30))
show(Header('x' * 100, header_name='Subject'))
show(Header('x' * 100))
show(Header('a;b;c;' * 20, header_name='Subject'))
show(Header('aaa, bbb; ccc ddd, eee; ' * 6, header_name='To', maxlinelen=40))
show(Header('aaa,bbb;ccc ddd,eee;' * 6, header_name='To', maxlinelen=40))
show(Header('word  word\tword ' * 10, maxlinelen=30))
show(Header('aa; ' + 'b ' * 30 + '; cc', maxlinelen=40))
show(Header('aa; ' + 'b ' * 30 + 'dddddddddddddddd; cc', maxlinelen=40, header_name='To'))
show(Header('aa;\tbb,  cc;  dd;;ee', maxlinelen=10))
show(Header('a,b, c;d; e f\tg', maxlinelen=5))
show(Header('aa;bb cc;dd', maxlinelen=6), splitchars=';')
show(Header('  leading', maxlinelen=6))
show(Header('ab  ', maxlinelen=3))
for n in (66, 67, 69, 70, 74, 75, 76, 77):
    show(Header('a' * n + ' bb'))
    show(Header('a' * n + ' bb', header_name='Subject'))
    show(Header('x' * 80 + ' ' + 'y' * (n - 36) + ' zz', maxlinelen=40))
show(Header('é' * 80, 'utf-8', header_name='Subject'))
show(Header('é' * 80, 'iso-8859-1', header_name='Subject'))
show(Header('Ünïcödé ' * 12, 'utf-8', header_name='Subject'))
show(Header('é' * 40, 'utf-8', continuation_ws='\t'))
h = Header('Some ascii prefix text that is fairly long and ', header_name='Subject')
h.append('Ünïcödé ' * 8, 'utf-8')
h.append(' trailing ascii words here and more and more and more', 'us-ascii')
show(h)
h = Header('x' * 70, header_name='Subject'); h.append('é', 'utf-8'); show(h)
h = Header('x' * 60); h.append('é' * 10, 'utf-8'); show(h)
h = Header('a'); h.append('é' * 30, 'utf-8'); show(h, maxlinelen=30)
show(Header('é' * 80, 'utf-8'), maxlinelen=0)
show(Header('word ' * 30), linesep='\r\n')
for parts in [[('a', 'us-ascii'), ('b', 'utf-8')], [('a ', 'us-ascii'), ('é', 'utf-8'), ('b', 'us-ascii')],
              [('é', 'utf-8'), ('ü', 'utf-8')], [('é', 'utf-8'), ('ü', 'iso-8859-1')],
              [('é', 'utf-8'), (' x', 'us-ascii')], [('x ', 'us-ascii'), ('y', 'us-ascii')],
              [('é ', 'utf-8'), ('x', 'us-ascii')], [('é', 'utf-8'), ('', 'us-ascii'), ('ü', 'utf-8')],
              [('a\\', 'us-ascii'), ('é', 'utf-8')], [('é', 'utf-8'), ('(x)', 'us-ascii')],
              [('é', 'utf-8'), ('\tx', 'us-ascii')], [(b'caf\xe9', 'latin-1'), ('café', 'us-ascii')]]:
    h = Header()
    for s, cs in parts:
        h.append(s, cs)
    show(h)
    print('   ', decode_header(h))
for s in ['a\nB: c', 'a\n B: c', 'short\n' + 'word ' * 20, 'ab \ncd', 'ab  \ncd', 'a\n\nb', 'é\nb']:
    show(Header(s) if s.isascii() else Header(s, 'utf-8'))
try:
    Header('日本', 'iso-8859-1')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.reason)
try:
    Header(b'caf\xe9')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
print(str(Header(b'caf\xe9', 'utf-8', errors='replace')), Header('x', Charset('utf-8')).encode())
print(Header('x') == 'x', Header('x') != 'x', Header('x') == Header('x'), Header('é', 'utf-8') == 'é')
for v in ['=?utf-8?q?h=C3=A9llo?= world', 'plain', '', '  ', 'a=?utf-8?q?x?=b', '=?utf-8?q?x?= =?utf-8?q?y?=',
          '=?utf-8?q?x?=  =?iso-8859-1?q?y?=', 'pre =?utf-8?q?x?=  mid  =?utf-8?q?y?= post ',
          '=?utf-8?b?w6k?=', '=?utf-8?x?abc?=', '=?utf-8?q?a b?=', '=?utf-8?q??=', '=?utf-8*en?q?x?=',
          'a\n =?utf-8?q?x?=\n b', '=?utf-8?q?x?==?utf-8?q?y?=', 'x =?us-ascii?q?y?= z', '=?utf-8?q?=?=',
          'a\n b =?utf-8?q?x?=', 'a =?utf-8?q?x?=\n b\n c', '=?utf-8?b?abcde?=', '=?utf-8?b?abcdef?=',
          '  =?utf-8?q?x?=  ', '=?utf-8?q?x?=\t=?utf-8?q?y?=', 'a\n\n=?utf-8?q?x?=', 'é =?UTF-8?Q?x?=',
          '=?utf-8?q?a?==?iso-8859-1?q?b?==?utf-8?q?c?=', '=?ISO-8859-1?B?aOlsbG8=?=']:
    try:
        d = decode_header(v)
    except HeaderParseError as e:
        print(repr(v), 'HeaderParseError', e)
        continue
    try:
        m = make_header(d, 30, 'Subject')
        r = (str(m), m.encode())
    except (LookupError, UnicodeDecodeError) as e:
        r = (type(e).__name__,)
    print(repr(v), d, r)
print(decode_header(Header()), str(make_header([(b'abc', None), ('str', 'utf-8'), (b'\xe9', 'iso-8859-1')])))
