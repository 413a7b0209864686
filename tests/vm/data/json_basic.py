import json
from collections import OrderedDict
def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
        if isinstance(e, json.JSONDecodeError):
            print(' ', e.msg, e.pos, e.lineno, e.colno)
data = {"b": [1, 2.5, None, True, False, "x\n\"y\\"], "a": {"n": -0.0, "e": []}, "c": {}, "u": "h\u00e9\u1234\U0001f600\x7f\x01"}
show(json.dumps, data)
show(json.dumps, data, sort_keys=True)
show(json.dumps, data, indent=2)
show(json.dumps, data, indent=0)
show(json.dumps, data, indent="\t", sort_keys=True)
show(json.dumps, data, ensure_ascii=False)
show(json.dumps, data, separators=(',', ':'))
show(json.dumps, [1e16, 1e-7, 0.1, 3.0, 1.5e300, 123456789012345678901234567890, -5, float('inf'), float('-inf')])
show(json.dumps, float('nan'))
show(json.dumps, [float('nan')], allow_nan=False)
show(json.dumps, {1: 2, 2.5: 3, True: 4, None: 5, False: 6})
show(json.dumps, {(1, 2): 3})
show(json.dumps, {(1, 2): 3, 'a': 1}, skipkeys=True)
show(json.dumps, {1: 1, 'a': 2}, sort_keys=True)
show(json.dumps, object())
show(json.dumps, {1, 2}, default=sorted)
show(json.dumps, (1, (2, 3)))
l = []; l.append(l)
show(json.dumps, l)
d = {}; d['x'] = d
show(json.dumps, d)
show(json.dumps, "abc")
show(json.dumps, "é", ensure_ascii=False)
show(json.dumps, [[], {}, [[]]], indent=4)

class E(int):
    pass
show(json.dumps, [E(7)])
class MyEnc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
show(json.dumps, [1j, 2], cls=MyEnc)
show(json.dumps, [1j], cls=MyEnc, indent=1)
# decoding
for s in ['{"a": [1, 2.5, -3e2, 1E+2, 0, -0, "x\\u00e9\\ud83d\\ude00\\n"], "b": null, "c": true, "d": false}',
          ' [1, 2] ', '"\\/"', 'NaN', '-Infinity', 'Infinity', '1.5e', '01', '-', '1.', '1e+', '"abc', '"a\\', '"a\\x"', '"\\u12"',
          '"\\u12zz"', '"\\ud800\\u12"', '"\\ud800"', '"\\ud800\\udc00"', '"\\ud800x"', '"a\x01"', '', '  ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}', '{1:2}', '[1]x', '[1] [2]', 'nul', 'tru', '\ufeff[]',
          '{"a":1}\n\n  x', '[\n1,\n2,\n]', '{"a": {"b": [1, {"c": }]}}', '"\t"', '[-]', '[1e5, 1e-5, 12.5E-1]', '1' * 30, '{"a": 1, "a": 2}', '[true, false, null]']:
    show(json.loads, s)
show(json.loads, '"a\x01"', strict=False)
show(json.loads, b'[1, "\xc3\xa9"]')
show(json.loads, bytearray(b'{"x": 1}'))
show(json.loads, 5)
show(json.loads, '[1.5, 2]', parse_float=str)
show(json.loads, '[1.5, 2]', parse_int=float)
show(json.loads, '[NaN, Infinity]', parse_constant=lambda c: c.lower())
show(json.loads, '{"b": 1, "a": 2}', object_pairs_hook=OrderedDict)
show(json.loads, '{"b": 1, "a": 2}', object_pairs_hook=list)
show(json.loads, '{"b": {"c": 1}, "a": 2}', object_hook=lambda d: sorted(d))
dec = json.JSONDecoder()
show(dec.raw_decode, '[1, 2] tail')
show(dec.raw_decode, 'xx [1]', 3)
show(dec.decode, '{"k": "v"}')
e = json.JSONDecodeError("msg", "ab\ncd", 4)
print(e, e.args, e.lineno, e.colno, isinstance(e, ValueError))
import io
buf = io.StringIO()
json.dump({"a": [1, 2, {"b": None}]}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
print(json.load(io.StringIO('{"z": [1, 2]}')))
print(json.loads(json.dumps(data)) == data)
print(json.dumps({"a": 1}, indent=2, separators=(",", " = ")))
print(list(json.JSONEncoder().iterencode([1, {"a": 2}])))
print(json.encoder.encode_basestring_ascii('a\u2028"'), json.encoder.encode_basestring('a\u2028"\x1f'))
