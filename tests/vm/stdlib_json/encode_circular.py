# json.dumps: circular references, check_circular=False, deep nesting and default() loops.
import json

a = [1]
a.append(a)
d = {'k': 1}
d['self'] = d
for v in (a, d, [[a]], {'x': [d]}):
    try:
        json.dumps(v)
    except ValueError as e:
        print('ValueError', e)
shared = [1, 2]
print(json.dumps([shared, shared, {'a': shared}]))
class Node:
    pass
n = Node()
try:
    json.dumps(n, default=lambda o: o)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps(n, default=lambda o: [o])
except ValueError as e:
    print('ValueError', e)
for check in (True, False):
    try:
        json.dumps(a, check_circular=check)
    except (ValueError, RecursionError) as e:
        print(check, type(e).__name__, e)
deep = []
cur = deep
for i in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
for v in (deep,):
    try:
        json.dumps(v)
    except RecursionError as e:
        print('RecursionError', e)
ok = [[[[[[[[]]]]]]]]
print(json.dumps(ok), json.dumps({'a': {'b': {'c': {}}}}))
enc = json.JSONEncoder()
print(enc.encode(a[:1]), enc.encode({'k': 1}), enc.encode([{'k': 1}]))
