import json
from collections import OrderedDict
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
class D(dict):
    pass
class L(list):
    pass
class F(float):
    def __repr__(self):
        return 'F!'
class I(int):
    def __repr__(self):
        return 'I!'
class S(str):
    pass
show(json.dumps, D(a=1, b=L([1, 2])))
show(json.dumps, [F(1.5), I(7), S('s'), True, 1.0, -0.0, 1e400 * 0 if False else 2.5e-300])
show(json.dumps, {I(3): F(2.0), F(0.5): 1, 1.0: 2, -1: 3, 10**20: 4})
show(json.dumps, OrderedDict([('z', 1), ('a', 2)]))
show(json.dumps, OrderedDict([('z', 1), ('a', 2)]), sort_keys=True)
show(json.dumps, {True: 1, False: 2, None: 3}, sort_keys=True)
show(json.dumps, {'b': 1, 'a': {'d': 1, 'c': [3, {'f': 1, 'e': 2}]}}, sort_keys=True, indent=3)
show(json.dumps, [1, [2, [3, [4]]]], indent='--')
show(json.dumps, {}, indent=2)
show(json.dumps, {'a': []}, indent=2)
show(json.dumps, 'tab\there\r\n\x00\x1f\x7f\u0080\u2028\ud800\U00010000')
show(json.dumps, 'tab\there\r\n\x00\x1f\x7f\u0080\u2028\ud800\U00010000', ensure_ascii=False)
show(json.dumps, [float('nan'), float('inf')], indent=1)
show(json.dumps, float('inf'), allow_nan=False)
show(json.dumps, {'x': float('nan')}, allow_nan=False, indent=2)
show(json.dumps, {float('nan'): 1})
l = [1]
show(json.dumps, [l, l, {'k': l}])
show(json.dumps, {'a': object()}, skipkeys=True)
show(json.dumps, {object(): 1, 'b': 2}, skipkeys=True, indent=1)
show(json.dumps, [1, 2], check_circular=False)
class Node:
    def __init__(self, v):
        self.v = v
show(json.dumps, Node(3), default=lambda o: {'node': o.v})
show(json.dumps, [Node(1), Node(2)], default=lambda o: o.v, indent=1)
show(json.dumps, Node(1), default=lambda o: o)
show(json.dumps, b'bytes')
show(json.dumps, {1, 2})
show(json.dumps, 1j)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return json.JSONEncoder.default(self, o)
show(Enc().encode, {'s': {3, 1, 2}})
show(Enc(indent=2, sort_keys=True).encode, {'s': {3, 1, 2}, 'a': 'é'})
show(json.dumps, {'s': {3, 1}}, cls=Enc, separators=(';', '='))
e = json.JSONEncoder()
print(e.item_separator, e.key_separator, e.indent, e.sort_keys, e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan)
e = json.JSONEncoder(indent=4)
print(repr(e.item_separator), repr(e.key_separator))
show(json.dumps, 10**30)
show(json.dumps, -10**30)
show(json.dumps, [0.1 + 0.2, 1/3, 1e22, 1e-320, 123456.789])
# decoder
for s in ['1e400', '-1e400', '-0', '-0.0', '1.0e-2', '0.5E+3', '"\\u00E9\\u00e9"', '"\\uD83D\\uDE00"', '"\\ud83d\\u0041"',
          '[1,2,3]', '{"a":{"b":{"c":[]}}}', '\t\n {"a" :\n 1 } \r\n', '{"a": 1, "a": 2, "b": [1, {"c": null}]}',
          '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '123abc', '[1,,2]', '[,]', '{,}', '{"a":1 "b":2}', '{"a"}', '"abc\\', '"\\u"', '"\\u123"', '"\\u1234',
          '["a" "b"]', 'true false', 'nulls', '[NaN, -Infinity, Infinity]', '-', '-a', '--1', '.5', '5.', '1e', '1e+', '1E-1', '0x10', '00', '-01',
          '[1.5e3, 2E10, 3e-3]', '"\u00e9\U0001f600"', '{"\u00e9": "\u00e9"}', '[\n  1,\n  2\n', '{\n  "a": 1,\n  "b": x\n}', '\n\n\n', '  \n  ]']:
    show(json.loads, s)
show(json.loads, '"a\tb"', strict=False)
show(json.loads, '["a\nb"]', strict=False)
show(json.loads, '{"a": 1.5}', parse_float=lambda s: 'F' + s)
show(json.loads, '{"a": 15}', parse_int=lambda s: 'I' + s)
show(json.loads, '[NaN]', parse_constant=lambda s: None)
show(json.loads, '{"a": 1}', object_hook=lambda d: ('hook', d))
show(json.loads, '{"a": {"b": 2}}', object_pairs_hook=lambda p: ('pairs', p), object_hook=lambda d: 'ignored')
show(json.loads, '{}', object_pairs_hook=lambda p: p)
show(json.loads, '[]')
show(json.loads, '{}')
show(json.loads, b'\xef\xbb\xbf[1]')
show(json.loads, b'"\xc3\xa9"')
show(json.loads, [])
show(json.loads, None)
class Dec(json.JSONDecoder):
    def decode(self, s):
        return ('decoded', super().decode(s))
show(json.loads, '[1]', cls=Dec)
d = json.JSONDecoder(strict=False, object_hook=dict)
print(d.strict, d.object_hook is dict, d.parse_float is float, d.parse_int is int)
show(d.raw_decode, '  [1]')
show(d.raw_decode, '[1]  x', 0)
show(d.raw_decode, '[1]', 5)
show(json.decoder.JSONDecoder().decode, '"x"')
try:
    json.loads('{"a": [1, 2,, 3]}')
except ValueError as e:
    print('ValueError caught:', e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
err = json.JSONDecodeError('boom', 'line1\nline2\nline3', 13)
print(str(err), err.lineno, err.colno, err.__reduce__()[1])
big = {'list': list(range(50)), 'nested': [{'k%d' % i: [i, str(i), i * 1.5, None, i % 2 == 0]} for i in range(20)]}
print(json.loads(json.dumps(big)) == big, json.loads(json.dumps(big, indent=2, sort_keys=True)) == big)
print(len(json.dumps(big)), len(json.dumps(big, indent=4)))
print(json.__all__)
print(json.dumps("\u20ac".encode('utf-8').decode('latin-1')))
import io
f = io.StringIO()
try:
    json.dump([1, float('inf')], f, allow_nan=False)
except ValueError as e:
    print(e, repr(f.getvalue()))
show(json.dumps, [float('-inf')], allow_nan=False, indent=None)
show(json.dumps, {'a': float('-inf')}, allow_nan=False, indent=0)
show(lambda: list(json.JSONEncoder(allow_nan=False).iterencode([float('nan')])))
