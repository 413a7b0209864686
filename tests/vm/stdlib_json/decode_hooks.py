# json.loads hooks: object_hook, object_pairs_hook, parse_float, parse_int, parse_constant.
import json

doc = '{"b": 1, "a": [2.50, {"z": 3, "y": 1e2}], "c": NaN, "d": -Infinity, "e": 10}'
print(json.loads(doc, object_pairs_hook=lambda pairs: ('pairs', pairs)))
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_hook=lambda d: 'hook', object_pairs_hook=lambda p: len(p)))
print(json.loads(doc, parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads(doc, parse_constant=lambda s: 'C' + s))
print(json.loads('[1, 2.0, 3]', parse_int=float, parse_float=str))
print(json.loads('{}', object_pairs_hook=list), json.loads('{}', object_hook=len))

class Boom(Exception):
    pass
def bad_hook(d):
    raise Boom('from hook %r' % sorted(d))
for kw in [dict(object_hook=bad_hook), dict(parse_int=int.bit_length),
           dict(parse_float=lambda s: 1 / 0)]:
    try:
        print(json.loads('[{"q": 1.5, "r": 7}]', **kw))
    except (Boom, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(json.loads('"\\ud83d\\ude00\t"', strict=False) == '\U0001f600\t')
print(json.loads('{"k": "a\nb"}', strict=False))
try:
    json.loads('{"k": "a\nb"}')
except json.JSONDecodeError as e:
    print(e)
