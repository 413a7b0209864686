# pickle: big containers batched by 1000 items, 64 KiB frames and large payloads outside
# them (protocol 4+), shared and recursive references through the memo.
import pickle

big = list(range(2500))
for proto in (1, 2, 4, 5):
    data = pickle.dumps(big, proto)
    print(proto, len(data), data.count(b'('), data.count(b'e'), pickle.loads(data) == big)
d = {i: str(i) for i in range(1100)}
s = set(range(1500))
for proto in (0, 2, 4):
    dd = pickle.dumps(d, proto)
    ss = pickle.dumps(s, proto)
    print(proto, len(dd), len(ss), pickle.loads(dd) == d, pickle.loads(ss) == s)
text = 'x' * 70000
blob = b'y' * 70000
for proto in (3, 4, 5):
    data = pickle.dumps([text, 1, blob, [2] * 20000], proto)
    print(proto, len(data), data[:20], data.count(b'\x95'), pickle.loads(data)[1])
shared = [1, 2]
obj = [shared, shared, (shared,), {'a': shared}]
for proto in range(6):
    data = pickle.dumps(obj, proto)
    back = pickle.loads(data)
    print(proto, data, back[0] is back[1] is back[2][0] is back[3]['a'])
rec = [1]
rec.append(rec)
dr = {}
dr['me'] = dr
tr = ([],)
tr[0].append(tr)
for proto in range(6):
    a, b, c = pickle.loads(pickle.dumps((rec, dr, tr), proto))
    print(proto, pickle.dumps(rec, proto), a[1] is a, b['me'] is b, c[0][0] is c)
f = frozenset([(1, 2)])
print(pickle.dumps([f, f], 4), pickle.dumps([f, f], 2))
