# Deep nesting: the decoder and the one-shot encoder handle ~900 levels (as CPython's C
# scanner/encoder do) and raise RecursionError with CPython's messages beyond the limit.
import json
for depth in (100, 900):
    doc = '[' * depth + ']' * depth
    print(depth, len(json.dumps(json.loads(doc))), json.dumps(json.loads(doc)) == doc)
obj = '{"a":' * 500 + '1' + '}' * 500
print(len(json.dumps(json.loads(obj))))
order = []
def hook(d):
    order.append(sorted(d))
    return d
json.loads('{"x": {"y": {"z": 1}, "w": [{"v": 2}]}, "u": 3}', object_hook=hook)
print(order)
for doc in ('[' * 100000 + ']' * 100000, '{"a":' * 100000 + '1' + '}' * 100000):
    try:
        json.loads(doc)
    except RecursionError as e:
        print('RecursionError', e)
l = []
x = l
for i in range(100000):
    x.append([])
    x = x[0]
try:
    json.dumps(l)
except RecursionError as e:
    print('RecursionError', e)
d = {}
x = d
for i in range(100000):
    x['k'] = {}
    x = x['k']
try:
    json.dumps(d)
except RecursionError as e:
    print('RecursionError', e)
try:
    json.dumps(l, indent=1)
except RecursionError as e:
    print('RecursionError', e)
for bad in ('[[[[1]]]', '[{"a": [1, 2}]', '{"a": [{"b": }]}', '[1, [2, [3, ]]]'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(e)
