# json.dumps without indent: every kind of value, separators, sort_keys, skipkeys, NaN, enums.
import json
import enum

class Color(enum.IntEnum):
    RED = 1
    BLUE = 2

class Ratio(float):
    def __repr__(self):
        return 'Ratio!'

class MyInt(int):
    def __repr__(self):
        return 'MyInt!'

values = [None, True, False, 0, -7, 2 ** 70, -2 ** 63, 1.5, -0.0, 1e300, 1e-7, 0.1 + 0.2,
          float('nan'), float('inf'), float('-inf'), 'x"y', '\u00e9', [], {}, (), [1, [2, (3,)]],
          {'b': 1, 'a': [None, {}]}, Color.RED, [Color.BLUE, Ratio(2.5), MyInt(9)],
          {1: 'int', 2.5: 'float', True: 't', None: 'n', Color.BLUE: 'e', Ratio(0.5): 'r'}]
for v in values:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False) == json.dumps(v).replace('\\u00e9', '\u00e9'))

d = {'b': [1, 2], 'a': {'y': 1, 'x': 2}, 'c': 'z'}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, separators=(',', ':')))
print(json.dumps(d, separators=(' ,', ' : '), sort_keys=True))
print(json.dumps({(1, 2): 'tuple key', 'k': 1, b'b': 2}, skipkeys=True))
print(json.dumps({(1, 2): 'first skipped', 'k': 1}, skipkeys=True))
print(json.dumps([float('nan'), 1], allow_nan=True))
for v in [float('nan'), [float('inf')], {'k': float('-inf')}, {float('nan'): 1}]:
    try:
        print(json.dumps(v, allow_nan=False))
    except ValueError as e:
        print('ValueError', e)
for v, kw in [({(1, 2): 1}, {}), ({1: 1, 'a': 2}, {'sort_keys': True}), (object, {}),
              ([1, {2, 3}], {}), ({'k': b'x'}, {})]:
    try:
        print(json.dumps(v, **kw))
    except TypeError as e:
        print('TypeError', e)
print(json.dumps({'s': {3, 1, 2}, 'c': complex(1, 2)},
                 default=lambda o: sorted(o) if isinstance(o, set) else [o.real, o.imag]))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, frozenset):
            return {'frozen': sorted(o)}
        return super().default(o)
print(Enc().encode([frozenset({2, 1})]), Enc(sort_keys=True).encode({'b': frozenset(), 'a': 1}))
print(json.dumps('plain'), json.dumps(5), json.dumps(None))
print(json.encoder.c_make_encoder.__name__, type(json.encoder.c_make_encoder).__name__)
