# utf-7, rot13, unicode_escape and raw_unicode_escape through str.encode, bytes.decode
# and the codecs module: results, errors with their positions, incremental decoding.
import codecs
for s in ['a\\b\xe9\u20ac', 'Hi Mom -+-!', 'A\u2262\u0391.', '\U0001F600 x', '~\\', 'plain', '+', 'a-b', 'é-', '', 'aé+']:
    e = s.encode('utf-7')
    print(repr(s), e, e.decode('utf-7') == s, codecs.encode(s, 'rot13'))
for b in [b'+AGEAYgBj-', b'+AGE', b'+A', b'a+\xff', b'\xe9', b'+AGEx', b'+2D3eAA-', b'+2D0-', b'+AG-']:
    for errors in ['strict', 'replace']:
        try:
            print(b, errors, repr(b.decode('utf-7', errors)))
        except UnicodeDecodeError as e:
            print(b, errors, 'UDE', e.start, e.end, e.reason)
dec = codecs.getincrementaldecoder('utf-7')()
print([dec.decode(bytes([c])) for c in b'a+AGEAYg-b'], dec.decode(b'', final=True))
print(codecs.lookup('rot13').name, codecs.lookup('utf7').name, codecs.lookup('unicode-escape').name)
print(codecs.decode('nop', 'rot_13'), codecs.unicode_escape_decode(b'\\x41z'), codecs.raw_unicode_escape_decode(b'\\u0041'),
      codecs.unicode_escape_encode('\t'), codecs.utf_7_encode('\xe9'), codecs.utf_7_decode(b'+AOk'), codecs.utf_7_decode(b'+AOk', 'strict', True))
for call in [lambda: 'x'.encode('rot13'), lambda: b'x'.decode('rot13'), lambda: 'x'.encode('unicode_escape'), lambda: codecs.encode(b'x', 'rot13')]:
    try:
        print(repr(call()))
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
print(repr('\ud800 é \U0001F600 \x7f\\'.encode('unicode_escape')), repr('\ud800 é \U0001F600 \\'.encode('raw_unicode_escape')))
print(repr(b'a\\\nb \\\\u00e9 \\u00e9'.decode('raw_unicode_escape')), repr(b'\\u00e9\\x41'.decode('unicode-escape')))
import warnings
cases = [b'a\\tb\\n\\x41\\u00e9\\U0001F600\\101\\N{BULLET}\\\\', b'\\', b'\\x4', b'\\x4g', b'\\u12',
         b'\\U0011ffff', b'\\N{nope}', b'\\N', b'\\N{', b'\\q', b'\xe9\\\nz', b'\\8', b'\\400', b'\\7777']
for c in cases:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            try:
                print(c, errors, repr(c.decode('unicode_escape', errors)))
            except UnicodeDecodeError as e:
                print(c, errors, 'UDE', e.encoding, e.start, e.end, e.reason)
        for w in caught:
            print('  warning:', w.category.__name__, w.message)
for c in [b'\\u00e9\\\\u00e9\\x41', b'\\u12', b'\\U0011ffff', b'a\\', b'\xff\\U0001F600']:
    for errors in ['strict', 'replace']:
        try:
            print(c, errors, repr(c.decode('raw_unicode_escape', errors)))
        except UnicodeDecodeError as e:
            print(c, errors, 'UDE', e.encoding, e.start, e.end, e.reason)
