# json: the streaming encoder's chunks (iterencode, dump), option passing to custom
# classes, bytes input encodings and JSONDecodeError's fields.
import json

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

E = json.JSONEncoder
doc = {'a': [1, 2.5, None, True, False, 'x', {}, []], 'b': {'c': [[], [0]]}, 3: -4, 1.5: 'f',
       None: 0, True: 1, False: 2}
print(list(E().iterencode(doc)))
print(list(E(indent=2).iterencode(doc)))
print(list(E(indent='\t', sort_keys=True, separators=(';', '=')).iterencode([{'z': 1, 'y': [2]}])))
print(list(E(indent=0).iterencode([1, [2], {'k': {}}])))
print(list(E(skipkeys=True).iterencode({(1,): 2})), list(E(skipkeys=True).iterencode({(1,): 2, 'k': 3})))
print(list(E(default=lambda o: [o.real, o.imag]).iterencode([1j, {'q': 2 + 3j}])))
print(list(E(ensure_ascii=False).iterencode(['é', {'ключ': 'ü'}])), list(E().iterencode('é')))
for bad in ([float('nan')], {'k': float('inf')}, {float('-inf'): 1}, {(1, 2): 3}, [object()]):
    try:
        list(E(allow_nan=False).iterencode(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
loop = [1]; loop.append(loop)
try:
    list(E().iterencode(loop))
except ValueError as e:
    print('ValueError', e)
s = Sink(); json.dump({'x': [1, 2], 'y': 'z'}, s); print(s.parts)
s = Sink(); json.dump([1, {'a': None}], s, indent=1, sort_keys=True); print(s.parts)

class Loud(E):
    def __init__(self, **kw):
        print('Loud got', sorted(kw.items(), key=str))
        super().__init__(**{k: v for k, v in kw.items() if k != 'extra'})
print(json.dumps([1], cls=Loud, extra=5), json.dumps({'b': 1, 'a': 2}, cls=Loud, sort_keys=True))
for bad in ({'cls': E, 'foo': 1}, {'nonsense': True}):
    try:
        json.dumps(1, **bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        json.loads('1', **bad)
    except TypeError as e:
        print('TypeError', e)

class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        print('Dec got', sorted(kw))
        super().__init__(**kw)
print(json.loads('[1.5, 2]', cls=Dec), json.loads('[1.5]', cls=Dec, parse_float=str, object_hook=None))
print(json.loads('{"a": [1]}', object_pairs_hook=list), json.loads('[NaN]', parse_constant=len))
for enc in ('utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'):
    raw = '{"k": ["é", 1]}'.encode(enc)
    print(enc, json.detect_encoding(raw), json.loads(raw), json.loads(bytearray(raw)))
print([json.detect_encoding(b) for b in (b'', b'1', b'\x001', b'1\x00', b'12', b'1\x00\x002')])
for bad in ('', ' ', '[1,]', '{"a":1,}', '[1] 2', '\ufeff[]', 'tru', '"\\x"', '{"a"}', '\n\n  [1 2]'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == bad)
        r = e.__reduce__(); print(r[0].__name__, r[1][0], r[1][2], str(r[0](*r[1])) == str(e))
try:
    json.loads(7)
except TypeError as e:
    print('TypeError', e)
print(json.JSONDecoder().raw_decode('{"a": 1} tail'), isinstance(json.JSONDecodeError('m', 'd', 0), ValueError))
