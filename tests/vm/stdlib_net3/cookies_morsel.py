# http.cookies: header parsing corners, quoting, Morsel attributes and output text.
import http.cookies as hc
import pickle
import time

time.time = lambda: 1700000000.25   # fixes the expires= dates below

for header in ['a=b c', 'a=b; c', '$x=1; a=b', 'Path=/; a=b', 'a=b; secure; path', 'a=b; $Path=/x',
               'a=b;;c=d', 'a="x;y" ; b=2', 'k=v, j=w', 'a=b; expires=Wed, 09 Jun 2021 10:18:14 GMT; c=d',
               '  a  =  b  ', 'a==b', 'a=[x]', 'a=b; é=1', 'a=é', 'a=b;\nc=d', 'A=1; Max-Age=5; HttpOnly',
               'a=1; a=2; Path=/p', 'a="\\073\\477\\"\\q\\\\"', 'a=b; $Foo=1', 'x="unterminated']:
    try:
        jar = hc.SimpleCookie(header)
        print(repr(header), repr(jar), [m.OutputString() for m in jar.values()])
    except hc.CookieError as e:
        print(repr(header), 'CookieError', e)

jar = hc.SimpleCookie()
jar['plain'] = 'ok!#'
jar['spaced'] = 'x y"\\\x01\x7f\xe9\u0100;,'
jar['empty'] = ''
jar['num'] = 42
m = jar['spaced']
m['expires'] = 3600
m['max-age'] = 60
m['comment'] = 'needs quotes'
m['secure'] = True
m['httponly'] = 0
m['samesite'] = 'Strict'
print(jar)
print(repr(jar))
print(jar.output(attrs=['max-age', 'secure'], header='Cookie:', sep=' | '))
print(jar.js_output(attrs=['path']))
print(repr(m), m.key, m.value, m.coded_value)
m['expires'] = 'Thu, 01 Jan 1970 00:00:00 GMT'
m['max-age'] = '7'
print(m.OutputString(), '|', m.output(header='X:'))

base = hc.BaseCookie({'a': 'x y', 'b': 3})
print(base, repr(base), base['a'].coded_value, base.value_decode('"q"'))
base['c'] = jar['plain']
print(base['c'] is jar['plain'], sorted(base))

mo = hc.Morsel()
print(repr(mo), sorted(mo.items()), mo.isReservedKey('Max-Age'), mo.isReservedKey('k'))
for bad in [lambda: mo.set('Path', 'v', 'v'), lambda: mo.set('a b', 'v', 'v'), lambda: mo.set('', 'v', 'v'),
            lambda: mo.__setitem__('X', 1), lambda: mo.setdefault('Y'), lambda: mo.update({'Z': 1}),
            lambda: setattr(mo, 'value', 1), lambda: hash(mo)]:
    try:
        bad()
    except (hc.CookieError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
mo.set('k', 'v', '"v"')
mo.update([('PATH', '/p'), ('Secure', 'yes')])
print(mo.setdefault('Domain', 'd'), mo.setdefault('DOMAIN', 'e'), mo.OutputString())
twin = mo.copy()
print(twin == mo, twin != mo, mo == {}, type(twin).__name__, mo.__getstate__())
back = pickle.loads(pickle.dumps(mo))
print(back == mo, repr(back), hc.Morsel[str])
twin.set('k', 'other', 'other')
print(twin == mo, twin != mo)
