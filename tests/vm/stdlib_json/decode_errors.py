# json.loads errors: the messages and their line/column/char positions.
import json

bad = ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a": 1', '{"a" 1}',
       '{"a": 1,}', '{a: 1}', '{"a": 1 "b": 2}', '[1] x', 'nul', 'tru', '-', '-x', '01',
       '1.', '1e', '1.5e+', '.5', '+1', '"abc', '[\n  1,\n  ]', '{\n"a":\n}', 'NaNx',
       '[1,\n2,,3]', '{"a":1}}', '  \n  x', '[-]', '{"a":[}', '[{]']
for doc in bad:
    try:
        print(repr(doc), 'ok', json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e)
print(json.loads('1.'.join(['[', ']'])) if False else '')
for doc in ['1.', '1e', '-0.5E']:
    print(repr(doc), repr(json.JSONDecoder().raw_decode(doc)))
try:
    json.loads(b'[1]'.decode() + '\x00')
except json.JSONDecodeError as e:
    print(e.msg, e.pos)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
