# html.escape and html.unescape: named references with and without ';', numeric
# references under HTML5's replacement rules, and every code point's numeric reference.
import hashlib
import html

print(html.escape('<a href="x">&\'</a>'), html.escape('<"\'>', False), html.escape(''))
samples = ['&#0;', '&#x80;', '&#x81;', '&#x9f;', '&#128;', '&#xD800;', '&#x110000;', '&#1;',
           '&#x0b;', '&#x7f;', '&#xfdd0;', '&#xfffe;', '&#x1fffe;', '&#65', '&#x41', '&#x;',
           '&#;', '&amp', '&ampx', '&amp;x', '&notit;', '&notin;', '&noti', '&AMP;', '&lt',
           '&bogus;', '&#99999999999999999999;', '&#x0d;', '&#9;', '&#x10ffff;', '&#X41;',
           '&Eacute', '&eacuteX', 'a&#65;b&lt;c&gt', '&;', '& amp;', '&amp;amp;',
           '&' + 'a' * 40 + ';', '&amp' + 'z' * 40, 'no refs', '&&lt;&', '&lt;&gt;&quot;',
           '&#0000065;', '&#x000041;', '&GT', '&gtx', '&frac12;&frac12', '&nbsp&copy2026']
for s in samples:
    print(repr(s), repr(html.unescape(s)))
digest = hashlib.sha256()
for n in range(0x110010):
    digest.update(html.unescape('&#%d;' % n).encode('utf-8', 'surrogatepass'))
    digest.update(b'|')
print('decimal', digest.hexdigest())
digest = hashlib.sha256()
for n in range(0, 0x110010, 7):
    digest.update(html.unescape('&#x%x' % n).encode('utf-8', 'surrogatepass'))
print('hex', digest.hexdigest())
names = sorted(html.entities.name2codepoint)
print(len(names), html.unescape(''.join(f'&{name};&{name}' for name in names[::9])))
