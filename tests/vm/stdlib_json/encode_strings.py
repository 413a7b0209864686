# json string encoding, ASCII-only and not: escapes, control characters, non-BMP.
import json
from json.encoder import encode_basestring, encode_basestring_ascii

samples = ['', 'plain', 'q"uote', 'back\\slash', '\b\f\n\r\t', '\x00\x01\x1f\x7f',
           'caf\u00e9', '\u4e2d\u6587', '\U0001f600', '/slash', 'mix "\u00e9\n\U00010000" end',
           '\ud800 lone', '\u2028\u2029']
for s in samples:
    print(encode_basestring_ascii(s))
    print(ascii(encode_basestring(s)))
    print(json.dumps(s), ascii(json.dumps(s, ensure_ascii=False)))
    assert json.loads(json.dumps(s)) == s

class S(str):
    pass
print(encode_basestring_ascii(S('sub\n')), json.dumps({S('k'): S('v')}))
for f in (encode_basestring, encode_basestring_ascii):
    for bad in (b'x', 1, None):
        try:
            f(bad)
        except TypeError as e:
            print(type(e).__name__, e)
print(json.dumps(['a\u00e9', {'\u00e9': '\x00'}], ensure_ascii=False) == '["a\u00e9", {"\u00e9": "\\u0000"}]')
