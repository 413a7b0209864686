d = {b"a": 1, b"bb": 2}
print(d[b"a"], d[bytes([98, 98])], b"bb" in d)
print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(b""))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError", e)
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print("TypeError", e)
s = {b"x", b"y", b"x"}
print(len(s), sorted(s))
print(b"abc" == "abc", b"abc" != "abc")
print(sorted([b"b", b"a", b"ab", b"\xff", b""]))
print(max(b"hello"), min(b"hello"), sum(b"\x01\x02\x03"))
