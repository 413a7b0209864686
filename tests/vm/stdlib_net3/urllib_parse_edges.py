# urllib.parse corners: brackets, NFKC netlocs, bytes results, deprecated helpers.
import urllib.parse as up
import warnings


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e, repr(e.__cause__))


for url in ['http://[::1]:80/x', 'http://[1.2.3.4]/', 'http://[v1.x]/', 'http://[vz]/',
            'http://[zz]/', 'http://[::1/', 'http://::1]/', 'http://a\uff03b/', 'http://\u2100/',
            'http://\u00e9.example/', 'http://u:p@[fe80::1%25eth0]:8/', 'HTTP://U@H%AB:0',
            'http://h:\uff11/', 'http://h:+1/', 'http://h:65536/', '\x00 http://h/\t\r\na']:
    def parts(url=url):
        s = up.urlsplit(url)
        return s, s.hostname, s.port, s.username, s.password
    show(repr(url), parts)

show('none', lambda: up.urlsplit(None))
show('mix', lambda: up.urlsplit('http://x', b'ftp'))
show('nonascii bytes', lambda: up.urlsplit(b'http://\xff'))
show('bytes props', lambda: (lambda r: (r.hostname, r.port, r.username, r.password))(
    up.urlparse(b'ftp://Me:Secret@Host.Example:2121/p;type=a')))
show('encode', lambda: up.urlparse('http://u:p@h/\u00e9').encode('utf-8'))
show('roundtrip', lambda: up.urlsplit('http://h/p?q').encode().decode().geturl())
show('defrag bytes', lambda: (up.urldefrag(b'a#b'), up.urldefrag(b'a#b').geturl()))
show('defrag decode', lambda: up.urldefrag(b'/x?y#z').decode())
show('unsplit netloc', lambda: [up.urlunsplit(t) for t in [('http', '', '//x', '', ''),
      ('', '', '//x', '', ''), ('mailto', '', '//x', '', ''), ('http', '', '', '', ''),
      ('rtsps', '', 'p', '', 'f'), (b'ws', b'h', b'p', b'q', b'')]])
show('unparse', lambda: up.urlunparse(('http', '', '', 'p', 'q', 'f')))
show('join bytes', lambda: up.urljoin(b'http://a/b/c', b'../../../d?e#f'))
show('join mix', lambda: up.urljoin(b'http://a/', 'x'))
show('join rtsps', lambda: up.urljoin('rtsps://h/a/b', 'c'))
show('join svn', lambda: up.urljoin('svn+ssh://h/a/b/', '../c/./d/..'))

show('unquote strict', lambda: up.unquote('%C3x%A9', errors='strict'))
show('unquote types', lambda: up.unquote(None))
show('unquote_to_bytes types', lambda: up.unquote_to_bytes(5))
show('quote bytes errors', lambda: up.quote(b'x', errors='x'))
show('quote int', lambda: up.quote_plus(5))
show('quote safe', lambda: (up.quote('a b\u00e9', safe=b' \xe9'), up.quote_from_bytes(b'a\xe9~', safe='\u00e9'),
                            up.quote_plus(bytearray(b'a b+')), up.quote_plus('a b', safe='+')))
show('urlencode cause', lambda: up.urlencode([1, 2]))
show('urlencode int', lambda: up.urlencode(5))
show('urlencode doseq', lambda: up.urlencode([('a', range(3)), ('b', b'\xff'), ('c', {'x': 1}), ('d', 7)], True))
show('qsl bytes', lambda: up.parse_qsl(b'a=%41&b=%E9'))
show('qsl sep', lambda: (up.parse_qsl(b'a=1;b=2', separator=';'), up.parse_qsl('a=1', separator=None)))
show('qsl strict', lambda: up.parse_qsl('a=1&&', strict_parsing=True))
show('qs blank', lambda: (up.parse_qs('=&a&a=', keep_blank_values=True), up.parse_qsl('', max_num_fields=0)))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(up.splittype('HTTP:x'), up.splithost('//h:1/p'), up.splithost('//h?q'), up.splituser('a@b@c'),
          up.splitpasswd('u:p:q'), up.splitport('h:80'), up.splitport('h:'), up.splitport('h:x'),
          up.splitnport('h:x'), up.splitnport('h'), up.splitnport('h:', 9), up.splitquery('a?b?c'),
          up.splittag('a#b'), up.splitattr('a;b=1;c'), up.splitvalue('k=v=w'), up.to_bytes('abc'))
    for w in caught:
        print(w.category.__name__, w.message)
show('to_bytes', lambda: up.to_bytes('\u00e9'))
print(up.unwrap(' <URL: http://x/ > '), up.unwrap('<a>'), up.unwrap(b'y'))
print(up.scheme_chars, sorted(set(up.uses_netloc) - set(up.uses_relative)), up.uses_fragment)
up.clear_cache()
print(up.SplitResult._fields, up.DefragResultBytes._fields, up.ParseResult('a', 'b', 'c', 'd', 'e', 'f').geturl())
