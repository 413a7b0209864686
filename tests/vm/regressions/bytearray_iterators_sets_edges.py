ba = bytearray(b"hello")
ba[0] = 72; ba[1:3] = b"EY"; ba += b"!"; ba.extend([33, 34]); ba.append(35); ba.insert(0, 60); print(ba)
del ba[0]; del ba[::2]; print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("l")) if ord("l") in ba else None; print(ba, ba.find(b"!"), ba.count(33), ba.index(33))
ba2 = bytearray(b"abc"); ba2 *= 3; print(ba2, ba2 * 0, len(ba2 * 2), ba2.replace(b"a", b"XY"), ba2.upper(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
ba3 = bytearray(b"abcdef"); ba3[1:4] = b""; print(ba3); ba3[0:0] = b"123"; print(ba3); ba3[::-1] = b"ZYXWVU"; print(ba3)
ba4 = bytearray(b"xyz"); ba4[1:2] = ba4; print(ba4); ba4.reverse(); print(ba4, ba4.copy() == ba4, ba4.clear(), ba4)
m = bytearray(b"abc"); v = memoryview(m)
for bad in [lambda: m.append(1), lambda: m.extend(b"x"), lambda: m.clear(), lambda: m.pop(), lambda: m.__iadd__(b"q"), lambda: m.__delitem__(0)]:
    try:
        bad()
        print("ok", m)
    except BufferError as e:
        print(e)
m[0] = 65; print(m, v[0]); v.release(); m.append(100); print(m)
for bad in [lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray(b"a").__setitem__(0, "a"), lambda: bytearray(b"ab").__setitem__(slice(0, 2, 1), [1, 300]), lambda: bytearray(-1), lambda: bytearray(b"a").pop(5), lambda: bytearray().pop(), lambda: bytearray(b"ab").remove(120), lambda: bytearray(b"abcd").__setitem__(slice(None, None, 2), b"x"), lambda: bytes([256]), lambda: bytes("x"), lambda: bytes(1.5), lambda: bytearray(b"a") + "b", lambda: b"a" + bytearray(b"b") + memoryview(b"c"), lambda: bytearray(b"abc").index(b"z"), lambda: b"abc"[5], lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("1"), lambda: b"%s" % (1,)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", b"a" in bytearray(b"cat"), 97 in b"cat", hash(b"abc") == hash(bytes(bytearray(b"abc"))), bytes(bytearray(b"x")) is not None)
print(b"a b".split(b" "), b"abc".partition(b"b"), b"ABC".lower(), b"abc".startswith((b"x", b"a")), b"  x ".strip(), b"xx".join([b"1", bytearray(b"2"), memoryview(b"3")]), b"%b" % memoryview(b"mm"))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abc".translate(None, b"b"), bytearray(b"aXbXc").split(b"X", 1), b"a1".isalnum(), b"".isalpha(), b"Ab".istitle(), b"\t".isspace(), b"abc".ljust(5, b"-"))
print(list(zip("ab", [1, 2, 3])), list(zip()), list(map(lambda a, b: a + b, [1, 2], [3, 4, 5])), list(filter(None, [0, 1, "", "a"])), list(iter([1, 2, 3].pop, 1)))
for bad in [lambda: list(zip("ab", [1], strict=True)), lambda: list(zip("a", [1, 2], strict=True)), lambda: list(zip([1], "ab", "c", strict=True)), lambda: next(iter([])), lambda: iter(5), lambda: reversed(5), lambda: reversed(set()), lambda: list(map(None, [1])), lambda: next(5), lambda: iter(lambda: 1, 1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Rev())), list(iter(Rev())), list(enumerate(Rev(), 5)), 20 in Rev(), sorted(Rev(), reverse=True))
it = iter([1, 2, 3]); print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
e = enumerate([1]); print(next(e), next(e, "done"))
z = zip([1, 2], [3, 4]); print(next(z), list(z), list(z))
print(tuple(x for x in range(3)), set(x % 2 for x in range(5)), frozenset([1]) | {2}, type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__, {1, 2} ^ {2, 3}, {1} < {1, 2}, {1, 2} >= {1}, frozenset() == set())
class FS(frozenset): pass
print(type(FS([1]) | {2}).__name__, type(FS([1]).copy()).__name__, FS([1]) == {1}, hash(FS([1])) == hash(frozenset([1])), repr(FS([1, 2])), repr(FS()), repr(set()), repr(frozenset()))
s = {1, 2, 3}; s -= {1}; s &= {2, 5}; s |= {9}; s ^= {9, 10}; print(s, s.pop(), s)
print({1, 2}.union([3], (4,)), {1, 2}.intersection([2], {2, 3}), {1, 2}.difference(), set("ab").symmetric_difference("bc") == {"a", "c"}, {1}.issuperset([]), set().isdisjoint([]))
