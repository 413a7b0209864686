# urllib.parse: splitting, joining, quoting and query strings.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, quote, quote_plus,
                          quote_from_bytes, unquote, unquote_plus, unquote_to_bytes, urlencode, parse_qs, parse_qsl,
                          ParseResult, SplitResult, SplitResultBytes)
import urllib.parse

u = urlparse('HTTP://User:Pw@Example.COM:8080/a/b;type=x?q=1&r=%20#frag')
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.geturl(), u[1], len(u))
s = urlsplit('https://example.org/path/to?x=y#top')
print(s, s._replace(fragment='').geturl(), s._fields, isinstance(s, tuple))
for url in ['', 'path', '/abs', '//host', 'mailto:a@b.c', 'file:///etc/hosts', 'http://h?q', 'http://h#f',
            'a:b', '1a:b', 'http://h:0/', 'x://a@b@c:1/', ' \thttp://h/p\n ', 'http://h/;p', 'tel:+1;ext=2',
            'http://h:99999/', 'http://h:-1/', 'http://h:abc/', 'http://h:/']:
    try:
        sp = urlsplit(url)
        print(repr(url), tuple(sp), urlparse(url).params, sp.hostname, sp.port, urlunsplit(sp))
    except ValueError as e:
        print(repr(url), 'ValueError', e)
print(urlsplit('http://h/p#f', allow_fragments=False), urlsplit('//h/p', scheme='ftp'), urlparse('p', 'http'))
print(urlunparse(('http', 'h', '/p', 'a', 'b', 'c')), urlunsplit(['', '', 'p', 'q', '']), urlunsplit(('file', '', '/x', '', '')))

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './',
            '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g',
            './../g', './g/.', 'g/./h', 'g/../h', 'http:g', 'https:g']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('', 'x'), urljoin('http://a/b', ''), urljoin('mailto:x', 'y'), urljoin('http://a/b/c', 'd', allow_fragments=False))
print(urldefrag('http://a/b#c'), urldefrag('http://a/b'), urldefrag('x#'))

for text in ['abc def', 'a/b?c=d&e', '~user_name-1.2', 'é€😀', '', '100%']:
    print(repr(text), quote(text), quote(text, safe=''), quote_plus(text), quote_plus(text, safe='/'), unquote(quote(text)))
print(quote('é', encoding='latin-1'), quote('€', encoding='ascii', errors='replace'), quote(b'\x00\xff a'), quote_from_bytes(b'a b', safe=b' '))
print(unquote('%41%42%zz%4'), unquote('%C3%A9%E2%82'), unquote('%E9', encoding='latin-1'), unquote(b'%41+'), unquote_plus('a+b%2Bc'))
print(unquote_to_bytes('%41é%ff'), unquote_to_bytes(b''), unquote('é%C3%A9'), unquote('%C3x%A9', errors='strict' if False else 'replace'))
for bad in [lambda: quote(b'x', encoding='utf-8'), lambda: quote(b'x', errors='strict'), lambda: quote_from_bytes('x'),
            lambda: urlencode('abc'), lambda: urlencode([1, 2]), lambda: urlsplit(b'http://x', 'http'), lambda: unquote(5)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&='}), urlencode([('k', ['1', '2']), ('n', None)]), urlencode({'k': [1, 2], 'm': 'ab'}, doseq=True))
print(urlencode({b'k': b'v w', 'p': (3, 4)}, doseq=True), urlencode({'a': '/ x'}, safe='/', quote_via=quote), urlencode({'x': 3}, doseq=True))
qs = 'a=1&b=2&a=3&empty=&noeq&&c=%20d+e&%C3%A9=%E9'
print(parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), parse_qs(qs), parse_qs(qs, encoding='latin-1'))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl(b'x=1&y=%41'), parse_qs(''), parse_qsl('a=1', max_num_fields=1))
for bad in [lambda: parse_qsl('a&b=1', strict_parsing=True), lambda: parse_qsl('a=1&b=2', max_num_fields=1),
            lambda: parse_qsl('a=1', separator=''), lambda: parse_qsl('a=1&&b=2', strict_parsing=True)]:
    try:
        print(bad())
    except ValueError as e:
        print('ValueError', e)

b = urlsplit(b'http://u:p@Host:81/p?q#f')
print(b, b.hostname, b.port, b.username, b.geturl(), b.decode(), urlsplit('http://h/x').encode(), type(b) is SplitResultBytes)
print(urlparse(b'x://h/p;a'), urljoin(b'http://a/b/', b'../c'), urlunsplit((b'http', b'h', b'/', b'', b'')), urldefrag(b'a#b'))
print(urllib.parse.unwrap('<URL:http://x/>'), 'http' in urllib.parse.uses_netloc, sorted(urllib.parse.__all__)[:4])
from pathlib import PurePath
print(PurePath('/tmp/a b/é%.txt').as_uri(), PurePath('/').as_uri(), PurePath('//host/share').as_uri())
try:
    PurePath('rel').as_uri()
except ValueError as e:
    print('ValueError', e)
