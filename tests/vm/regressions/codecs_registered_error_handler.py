# Error handlers registered with codecs.register_error are used by str.encode and
# bytes.decode of the built-in codecs; their results are checked as CPython checks them.
import codecs


def tag(exc):
    kind = type(exc).__name__
    return ('<%s %d-%d %s>' % (kind, exc.start, exc.end, ascii(exc.object[exc.start:exc.end])), exc.end)


codecs.register_error('test.tag', tag)
codecs.register_error('test.bytes', lambda e: (b'##', e.end))
codecs.register_error('test.latin', lambda e: ('\xe9', e.end))
codecs.register_error('test.badresult', lambda e: 5)
codecs.register_error('test.fromend', lambda e: ('?', e.end - len(e.object)))


def boom(exc):
    raise ValueError('handler refused ' + exc.reason)


codecs.register_error('test.raise', boom)

for data, enc in [(b'a\xffb\xc3', 'utf-8'), (b'ok\x80\x81', 'ascii'), (b'\x00d\x00', 'utf-16-le'),
                  (b'a\xe9', 'latin-1')]:
    print(enc, data.decode(enc, 'test.tag'))
for text, enc in [('a\u20acb\u20ac\u20acc', 'ascii'), ('x\u0100y', 'latin-1'), ('s\udc80t', 'utf-8'),
                  ('q\ud800', 'utf-16-le')]:
    print(enc, text.encode(enc, 'test.tag'), text.encode(enc, 'test.bytes'))
print('a\u20acb'.encode('latin-1', 'test.latin'), 'a\udc80b'.encode('utf-8', 'test.fromend'))
try:
    'a\u20acb'.encode('ascii', 'test.latin')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
for call in (lambda: b'\xff'.decode('ascii', 'test.badresult'),
             lambda: '\xff'.encode('ascii', 'test.badresult'),
             lambda: b'\xff'.decode('utf-8', 'test.bytes'),
             lambda: b'\xff'.decode('utf-8', 'test.raise'),
             lambda: '\xff'.encode('ascii', 'test.nosuch'),
             lambda: b'\xff'.decode('ascii', 'test.nosuch')):
    try:
        print(call())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
print('plain'.encode('ascii', 'test.nosuch'), b'plain'.decode('ascii', 'test.nosuch'))
