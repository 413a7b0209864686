# pickle: the exact bytes of dumps() for built-in types under every protocol, and loads()
# of them back.
import pickle

values = [0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31, 2**40, -2**70, 10**30,
          0.0, -0.0, 1.5, 1e300, float('inf'), True, False, None,
          '', 'abc', 'a\n\\\u00e9\r\0\u20ac\U0001f600', b'', b'xy\x00\xff', bytearray(b'ab'),
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, 'a'], {}, {'k': [1, 2], 2: None},
          {1, 2, 3}, frozenset(), frozenset({7}), ('s', 's', 's'), [[]] * 3, 1 + 2j]
for v in values:
    for proto in range(6):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        ok = back == v and type(back) is type(v)
        print(proto, repr(v)[:40], data, 'ok' if ok else ('MISMATCH', back))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.dumps(1) == pickle.dumps(1, 4))
print(pickle.dumps(float('nan'), 2), pickle.dumps(-1.5, 0), pickle.dumps(2**62, 0), pickle.dumps(-3, 0))
