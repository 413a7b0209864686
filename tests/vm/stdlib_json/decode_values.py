# json.loads: every kind of value, numbers at their edges, white space, and the scanner object.
import json
from json.decoder import JSONDecoder

docs = ['null', 'true', 'false', '0', '-0', '123', '-45', '1.5', '-0.25e3', '1E2', '1e-2',
        '12345678901234567890123', '-999999999999999999', '1.7976931348623157e308', '1e400',
        '[]', '{}', ' [ 1 , 2 , [ ] , { } ] ', '{"a": [1, {"b": null}], "c": "d"}',
        '[1e5, 2E+3, 0.5, -0]', 'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]',
        '{"a": 1, "a": 2, "b": 3}', '\n\t{"x"\n:\r1}\n', '"\\u00e9"', '[true,false,null]']
for d in docs:
    v = json.loads(d)
    print(repr(d), '->', repr(v), type(v).__name__)

dec = JSONDecoder()
print(dec.raw_decode('[1, 2] tail'))
print(dec.raw_decode('xx{"k": 1}', 2))
print(dec.scan_once('  7', 2), dec.scan_once('"s"', 0))
for name in ('strict', 'object_hook', 'object_pairs_hook', 'parse_float', 'parse_int'):
    print(name, getattr(dec.scan_once, name))
try:
    dec.scan_once('1', -1)
except ValueError as e:
    print('ValueError', e)
try:
    dec.scan_once('1', 5)
except StopIteration as e:
    print('StopIteration', e.value)
# keys are shared between objects of one document
a, b = json.loads('[{"key": 1}, {"key": 2}]')
print([k1 is k2 for k1, k2 in zip(a, b)])
# the accelerated versions are the ones in use
import json.encoder
print(type(dec.scan_once).__name__, type(json.decoder.scanstring).__name__,
      type(json.encoder.encode_basestring_ascii).__name__)
