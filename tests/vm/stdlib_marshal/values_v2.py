# marshal.dumps at versions 0-2 (no sharing): CPython's exact bytes for each value type,
# and loads giving the value back.
import marshal

values = [
    None, True, False, Ellipsis, StopIteration,
    0, 1, -1, 255, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**62, 2**63, -2**64,
    2**100 + 12345, -(3**200), 32767, 32768, 2**45,
    0.0, -0.0, 1.5, -2.25e-300, 1e308, float("inf"), float("-inf"), 0.1,
    1j, complex(1.5, -2.0), complex(0.0, float("inf")),
    "", "a", "hello", "caf\u00e9", "\u20ac uro", "\U0001f600", "x" * 300,
    b"", b"\x00\xffabc", bytes(range(20)),
    (), (1,), (1, "two", 3.0), tuple(range(300)),
    [], [1, [2, [3]]], {}, {"k": "v", 1: [2]},
    set(), {1, 2, 3}, frozenset(), frozenset({5, 6}),
]
for version in (0, 1, 2):
    print("version", version)
    for v in values:
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        shown = data if len(data) < 60 else data[:40] + b"..." + str(len(data)).encode()
        same = back == v or (back != back and v != v)
        print(" ", repr(v)[:30], shown, same, type(back).__name__)

print(marshal.dumps(float("nan"), 2))
print(marshal.loads(marshal.dumps(float("nan"), 1)))
print(marshal.dumps(bytearray(b"xy"), 2), marshal.dumps(memoryview(b"mv"), 2))
print(marshal.loads(marshal.dumps(bytearray(b"xy"))))
print(marshal.version)
