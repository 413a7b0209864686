s = "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i\r\nj\rk\nl"
print(s.splitlines(), len(s.splitlines(True)), b"a\x0bb\x0cc\r\nd".splitlines())
print("aXbXc".split("X", 1), "aXbXc".rsplit("X", 1), "  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1), "a\u3000b\x85c".split(), "".split(), "".split("x"), "x".split("x"))
print("abcabc".find("c", -2), "abcabc".rfind("a", 0, 3), "abc".find("", 5), "abc".find("", 3), "abc".rfind(""), "aaa".count("aa"), "abc".index("c", -1), "héllo wörld".find("ö"), "中文中文".rfind("中"), "a😀b😀".rindex("😀"))
print("a" < "é" < "中" < "😀", "abc" < "abd", "é" > "e", sorted(["b", "é", "a", "中", "😀", "Z"]), max("hello wörld"), min("ÿa"))
print(ord("😀"), chr(0x10FFFF) == "\U0010ffff", repr(chr(0xD800)), "\ud83d".isprintable(), "a\tb".isprintable(), " ".isprintable(), "\u00a0".isprintable(), "é".isascii(), "".isascii())
for bad in ['chr(0x110000)', 'chr(-1)', 'ord("ab")', 'ord("")', '"abc".index("d")', '"a".center(3, "ab")', '"abc".split("")', '"x".join([1])', '"%s" % ', '"a".zfill("1")', '"abc".startswith(1)', '"a" + 1', '1 + "a"', '"a" * 1.5', '"abc".count(None)', '"a".encode(1)', 'str(b"a", "nope")', '"a".replace("a")', '"abc".strip(1)', '"{0:{1}}".format(1, "{}")']:
    try:
        print(bad, "->", repr(eval(bad)))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
print("{0[a]}|{0[0]}|{1.imag}|{2!r:^9}".format({"a": 1, 0: 2}, 3j, "x"), "{:{w}.{p}f}".format(3.14159, w=8, p=2), "{!s:<{}}".format(1, 4) + "|")
class Miss(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{a} {b}".format_map(Miss(a=1)), "%(a)s %(zz)s" % Miss(a=1))
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-8-sig", "latin-1", "ascii", "cp1252", "UTF8", "utf_8", "U8", "iso-8859-1", "latin1"]:
    try:
        b = "héllo €😀".encode(enc)
        print(enc, b, b.decode(enc))
    except Exception as e:
        print(enc, type(e).__name__, e)
print(b"\xef\xbb\xbfabc".decode("utf-8-sig"), b"\xff\xfea\x00".decode("utf-16"), "a".encode("utf-16")[:2], b"\xe2\x82".decode("utf-8", "replace"), b"\xed\xa0\x80".decode("utf-8", "replace"), b"\xf0\x9f\x98".decode("utf-8", "ignore") + "|")
print("😀".encode("utf-16-le"), b"=\xd8\x00\xde".decode("utf-16-le"), "\udcff".encode("utf-8", "surrogateescape"), "\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason, repr(e.object), e.encoding, str(e))
try:
    "ab\u20acd".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.start, e.end, e.reason, repr(e.object), str(e))
try:
    "ab\u20ac\u20acd".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.start, e.end, str(e))
try:
    b"a\xff\xfeb".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.start, e.end, str(e))
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.start, e.end, str(e))
l = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(l, key=lambda x: x[0]), sorted(l, key=lambda x: x[0], reverse=True), sorted(l, reverse=True), sorted("hello", key=str.upper))
for bad in [lambda: sorted([1, "a"]), lambda: [3, None].sort(), lambda: sorted([1, 2], key=1), lambda: [].sort(1), lambda: [].sort(cmp=1), lambda: sorted([1j, 2j]), lambda: sorted([{1}, {2}, 3])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print([1, 2, 3].index(3, -1), [1, 2, 1].index(1, 1), [1, [2]] == [1, [2]], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [float("nan")] == [float("nan")], (lambda n: [n] == [n])(float("nan")))
print(sorted({3: 1, 1: 2}), sorted([3, 1, 2], reverse=True), sorted(range(5), key=lambda x: -x), list(reversed([1, 2, 3])), sorted([0.5, 1, True, -1.5]))
