# str.join and concatenation across the 1/2/4-byte kinds: the result takes the widest
# item's kind (and stays ASCII only when every piece is), with str subclasses, empty
# pieces, one item, generators and errors.
class S(str):
    pass


pieces = ["abc", "", "é", "\u20ac", "\U0001f600", S("sub"), "x" * 40]
for sep in ["", ",", " ; ", "é", "\u2014", "\U0001f40d"]:
    for k in range(len(pieces)):
        r = sep.join(pieces[k:k + 3])
        print(repr(r), len(r), r.isascii(), max(map(ord, r)) if r else -1)
print(repr("-".join(p for p in pieces if p)), type("".join([S("a")])).__name__, type("".join([S("a"), "b"])).__name__)
print(repr("".join([])), repr("x".join(["only"])), repr("x".join(("a", "b"))), repr("".join("\u0101b\u0103")))
big = ["line %d: %s" % (i, "αβγ"[i % 3] * (i % 4)) for i in range(50)]
j = "\n".join(big)
print(len(j), j.count("\n"), j[-20:], j.isascii())
for bad in [["a", 1], [b"x"], None, 5]:
    try:
        print("|".join(bad))
    except TypeError as e:
        print("TypeError:", e)
# slices of ASCII and non-ASCII strings keep their kind canonical
s = "plain ascii text, nothing else"
t = "mixé \u20ac and \U0001f600 wide"
print([s[i:i + 5] for i in range(0, 30, 7)], s[3:4], s[5:5] == "", s[:] is s)
print([ascii(t[i:i + 4]) for i in range(0, len(t), 4)], [t[i:i + 4].isascii() for i in range(0, len(t), 4)])
print(("ab" + "é") == "abé", ("é" + "\u20ac").isascii(), len("\U0001f600" + "a"), ("a" * 3 + "\u20ac") * 2)
