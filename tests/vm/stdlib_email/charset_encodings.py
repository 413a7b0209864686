# email.charset: registry lookups, aliases, header and body encodings per charset.
import itertools
import email.charset as c
from email.charset import Charset

for name in ['latin_1', 'UTF-8', 'foo', 'euc-jp', 'us-ascii', 'ascii', 'iso-2022-jp', 'gb2312',
             'big5', 'unknown-8bit', 'koi8-r', b'utf-8', 'cp949', 'Latin-9', 'shift_jis']:
    ch = Charset(name)
    enc = ch.get_body_encoding()
    print(repr(name), repr(ch), str(ch), sorted(vars(ch).items()),
          enc if isinstance(enc, str) else enc.__name__, ch.get_output_charset())
print(Charset('utf-8') == 'UTF-8', Charset('utf-8') != 'utf-8', Charset() == Charset('ascii'),
      Charset() == 5, Charset.__hash__)
for bad in ['ü', b'\xff']:
    try:
        Charset(bad)
    except c.errors.CharsetError as e:
        print('CharsetError', e.args)
# (Only codecs every runtime has: no CJK or KOI8 here.)
for name in ['utf-8', 'iso-8859-1', 'us-ascii', 'windows-1252', 'unknown-8bit', 'foo']:
    ch = Charset(name)
    for s in ['hello', 'héllo wörld', '', 'abcde\xe9', 'Привет']:
        try:
            print(name, repr(s), repr(ch.header_encode(s)), end=' ')
        except (UnicodeError, LookupError) as e:
            print(name, repr(s), type(e).__name__, end=' ')
        try:
            print(repr(ch.body_encode(s)))
        except (UnicodeError, LookupError) as e:
            print(type(e).__name__)
print(repr(Charset('unknown-8bit').header_encode('a\udce9b')), Charset('unknown-8bit').header_encode('abcde\udce9'))
print(repr(Charset('utf-8').body_encode(b'abc')), repr(Charset('latin-1').body_encode(b'a\xe9')),
      repr(Charset('us-ascii').body_encode(b'abc')), repr(Charset('utf-8').body_encode(None)))
print(repr(Charset('latin-1').body_encode('x' * 70 + ' é ' + 'y' * 20 + '\nnext line ')))
print(repr(Charset('utf-8').body_encode('ü' * 80)))
u8 = Charset('utf-8')
print(u8.header_encode_lines('héllo wörld ' * 10, itertools.chain([20], itertools.repeat(40))))
print(u8.header_encode_lines('x' * 100, itertools.chain([20], itertools.repeat(40))))
print(Charset('latin-1').header_encode_lines('héllo wörld ' * 6, itertools.chain([20], itertools.repeat(40))))
print(u8.header_encode_lines('', iter([20])), u8.header_encode_lines('ab', iter([5, 40])))
print(u8.header_encode_lines('€€€€', iter([5, 5, 40])), u8.header_encode_lines('€€€€', iter([16, 16, 40])))
print(Charset('windows-1252').header_encode_lines('€uro ' * 9, itertools.repeat(30)))
c.add_charset('x-mine', c.QP, c.BASE64, 'utf-8')
c.add_alias('mine', 'x-mine')
c.add_codec('x-mine', 'latin-1')
m = Charset('MINE')
print(sorted(vars(m).items()), m.header_encode('ab'), m.body_encode('é'))
try:
    c.add_charset('y', body_enc=c.SHORTEST)
except ValueError as e:
    print('ValueError', e)
print(c.QP, c.BASE64, c.SHORTEST, c.RFC2047_CHROME_LEN, c.DEFAULT_CHARSET, c.UNKNOWN8BIT, sorted(c.__all__))
print(sorted(c.ALIASES.items())[:6], len(c.CHARSETS), sorted(c.CODEC_MAP.items(), key=str))
