# Deeply nested JSON: decoding below the recursion limit works, far past it raises
# RecursionError (never a crash).
import json
import sys

print(len(str(json.loads('[' * 200 + ']' * 200))))
v = json.loads('{"a": ' * 200 + '1' + '}' * 200)
depth = 0
while isinstance(v, dict):
    v = v['a']
    depth += 1
print(depth, v)
for kind, doc in [('array', '[' * 100000 + ']' * 100000), ('object', '{"a": ' * 100000 + '1' + '}' * 100000),
                  ('unterminated', '[' * 100000)]:
    try:
        json.loads(doc)
        print(kind, 'decoded')
    except RecursionError as e:
        print(kind, 'RecursionError', 'JSON' in str(e))
print(json.loads('[[[[[[1]]]]]]'))
