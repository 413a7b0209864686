# str.split/rsplit and single-character searches on every string kind: the
# counted-then-filled split, memchr for one-character needles, subclasses, errors.
class S(str):
    pass

samples = ["", "|", "||", "a", "a|", "|a", "a|b||c|", "x" * 40 + "|" + "y" * 3,
           "é|ü||", "\u1234|\u1235|", "\U0001f600|a|\U0001f601", "\ud800|\udfff|"]
for s in samples:
    print(ascii(s), ascii(s.split("|")), ascii(s.rsplit("|")), ascii(s.split("|", 1)),
          ascii(s.rsplit("|", 1)), ascii(s.split("|", 0)))

ws = ["", " ", "  a  ", "a b\tc\nd\x1c e\x1f", " \u3000x\u2028y\x85 ", "é ü", "one"]
for s in ws:
    print(ascii(s), ascii(s.split()), ascii(s.split(None, 1)), ascii(s.rsplit(maxsplit=1)),
          ascii(s.split(maxsplit=0)), ascii(s.split(sep=None, maxsplit=-5)))

print("aXXbXXXc".split("XX"), "aXXbXXXc".rsplit("XX"), "abab".split("ab"))
print("a\u1234b\u1234".split("\u1234"), "ab".split("\u1234"), "ab".split("é"))
big = ",".join(str(i) for i in range(1000))
parts = big.split(",")
print(len(parts), parts[:3], parts[-2:], sum(map(int, parts)))
print(len((" x " * 5000).split()), len(("x," * 3000).split(",", 2000)))

sub = S("a|b|c")
r = sub.split("|")
print(r, [type(p).__name__ for p in r], [type(p).__name__ for p in S("abc").split("|")])
whole = "abc"
print(whole.split("|")[0] is whole, S("q").split()[0] == "q")

for s, c in [("hello", "l"), ("hello", "z"), ("héllo", "é"), ("h\u1234llo", "l"),
             ("abc", "\u1234"), ("", "a"), ("aaaa", "a")]:
    print(s.find(c), s.rfind(c), s.count(c), s.find(c, 2), s.find(c, -2, -1), s.index(c) if c in s else -9,
          s.partition(c)[0] == s[:max(s.find(c), 0)] if c in s else None, ascii(s.replace(c, "-")))

for bad in [("",), (1,), ("a", "b"), ("a", 1.5)]:
    try:
        "abc".split(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    "abc".split(maxsplit=None)
except TypeError as e:
    print("TypeError", e)
