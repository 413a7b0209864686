# The _json accelerator used directly, as json's modules do: bad arguments and odd callables.
import json.decoder
import json.encoder
import json.scanner

make_scanner = json.scanner.make_scanner
make_encoder = json.encoder.c_make_encoder

class Ctx:
    strict = False
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = {'NaN': 'nan!'}.get
    memo = {}

scan = make_scanner(Ctx())
print(scan('[1, "a\tb", NaN, Infinity]', 0), scan.strict)
for bad in (1, None):
    try:
        make_scanner(bad)
    except AttributeError as e:
        print('AttributeError', e)
for args in ((1, 0), ('[1]', -3)):
    try:
        print(scan(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

e = make_encoder(None, str, lambda s: '<' + s + '>', None, '=', ';', True, False, True)
print(e({'b': ['x', 1], 'a': None}, 0))
print(e.key_separator, e.item_separator, e.sort_keys, e.skipkeys, e.markers, e.indent)
e = make_encoder({}, repr, lambda s: 1, None, ':', ',', False, False, True)
try:
    e(['x'], 0)
except TypeError as err:
    print('TypeError', err)
e = make_encoder({}, repr, json.encoder.encode_basestring_ascii, 4, ':', ',', False, False, True)
print(e([{'k': 'v\u00e9'}, object.__name__], 0))
for args in (([], repr, repr, None, ':', ',', 0, 0, 0), (None, repr, repr, None, 1, ',', 0, 0, 0),
             (None, repr, repr, None, ':', b',', 0, 0, 0)):
    try:
        make_encoder(*args)
    except TypeError as err:
        print('TypeError', err)
