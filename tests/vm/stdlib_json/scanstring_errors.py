# json strings read back: escapes, surrogates, and the error messages with their positions.
import json
from json.decoder import scanstring

cases = [
    r'"plain"', r'"a\"b\\c\/d"', r'"\b\f\n\r\t"', r'"\u00e9\u4e2d"',
    r'"\ud83d\ude00"', r'"\ud83d"', r'"\ud83dx"', r'"\ud83d\u0041"', r'"\udc00\ud800"',
    '"caf\u00e9 \U0001f600"',
]
for doc in cases:
    v = json.loads(doc)
    print(ascii(v), len(v))

bad = [
    '"abc', '"abc\\', '"a\\x"', '"\\u12"', '"\\u12G4"', '"\\uZZZZ"',
    '"\\ud800\\u12"', '"\\ud800\\uZZZZ"', '"\\ud800\\uZZZZxx"', '"a\nb"', '"a\x1fb"',
    '[1, "x\ty"]', '{"k\\q": 1}', '"\\u"', '"\\u123"',
]
for doc in bad:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(ascii(doc), '->', e.msg, e.pos, e.lineno, e.colno)

print(ascii(json.loads('"a\nb\x1f"', strict=False)))
print(scanstring('xx"abc"yy', 3))
print(scanstring('"a\\n"', 1, True))
print(scanstring('"a\tb"', 1, False))
for args in [('"abc"', 10), ('"abc"', -1), (b'"abc"', 1), ('"abc"', 1.5), ('"abc"',)]:
    try:
        print(scanstring(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for args in [('"a"', 1, True, 4)]:
    try:
        print(scanstring(*args))
    except TypeError as e:
        print(type(e).__name__, e)
