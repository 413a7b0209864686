# str methods on ASCII text (their fast paths) against the general cases: case mapping of
# letters next to digits and punctuation, same-length replace with counts, strip of every
# ASCII whitespace character.
samples = ["hello world", "HeLLo wOrLd", "x1y2z3", "it's o'neil-smith", "", "a", "A", "123abc DEF", "__init__", "élan vital", "ǆemal", "ﬁne"]
for s in samples:
    print(repr(s), s.capitalize(), s.title(), s.swapcase(), s.upper(), s.lower(), s.casefold())
for s, old, new, count in [("banana", "a", "4", -1), ("banana", "a", "4", 2), ("banana", "an", "AN", 1),
                           ("banana", "x", "y", -1), ("banana", "a", "é", -1), ("bänana", "a", "4", -1),
                           ("aaaa", "aa", "bb", -1), ("aaaa", "a", "b", 0), ("abc", "abc", "xyz", 5)]:
    r = s.replace(old, new, count)
    print(repr(r), r == s, type(r).__name__, r.isascii())
ws = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
for s in (ws + "mid" + ws, "\x85x\xa0", "\u3000y\u2028", "z" + ws, ws, "a b"):
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" \t")), s.split())
