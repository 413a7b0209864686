import sys
# mixed-kind strings
s = "a\u00e9\u4e2d\U0001F600"
print(s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase(), len(s))
print(s.encode("utf-8"), s[::-1], s * 2, s.find("\U0001F600"), s.index("中"))
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ΣΑΣ".lower(), "ǅ".title(), "ǆ".upper(), "ß".casefold())
print("ΌΣΟΣ Σ".lower(), "aΣ".lower(), "Σa".lower(), "ᾳ".upper(), "ŉ".upper(), "ǰ".title())
print("hello world".title(), "they're bill's".title(), "ǳa".capitalize(), "ßa".capitalize(), "ﬁx".capitalize())
print("\u0130".casefold(), "ΐ".upper(), "\u1e9e".lower(), "x\u0345".upper())
print(repr("\x00\x7f\x80\xff\u2028\ud800\U0010ffff"), ascii("é\U0001F600"))
print("%5s|%-5s|%.2s|%r|%a" % ("ab", "é", "中文字", "é", "é"))
print("%c%c" % (65, "中"), "%x %X %o %e %g %%" % (255, 255, 8, 1.5, 1e20))
print(b"%s %r %b %c %x" % (b"ab", b"cd", bytearray(b"ef"), 65, 255))
print(b"%c" % b"z", b"%5b|%-5b" % (b"a", b"b"), b"%a" % "é")
for bad in [lambda: "%d" % "x", lambda: "%c" % 1114112, lambda: "%c" % "ab", lambda: b"%s" % "x", lambda: "%(a)s" % 1, lambda: "%s %s" % (1,), lambda: "%z" % 1, lambda: b"%c" % 256]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print("{:>10}|{:^10}|{:<10}|{:*^9}".format("é", "中", "x", "mid"))
print(f"{'abc'!r:>8}", f"{3.14159:.2f}", f"{12345678:,}", f"{255:#x}", f"{-5:+05d}", f"{'x':=^5}")
print(str(b"abc"), str(b"abc", "ascii"), str(bytearray(b"x"), encoding="latin-1"))
print("a,b,,c".split(","), "a b  c".split(), " a b ".rsplit(None, 1), "abc".partition("b"), "a\nb\r\nc\rd".splitlines(True))
print("x".join([]), "x".join(["a"]), ",".join(map(str, range(5))), "abc".center(8, "*"), "42".zfill(5), "-42".zfill(5), "+".zfill(3))
print("abc".expandtabs(), "a\tb\tc".expandtabs(4), "\t".expandtabs(0), "tab\there".expandtabs())
print("Hello".startswith(("x", "He")), "Hello".endswith("lo", 0, 5), "hello".count(""), "hello".replace("", "-"), "aaa".replace("a", "b", 2))
print("abc".removeprefix("a"), "abc".removesuffix("c"), "  x ".strip(), "xxaxx".strip("x"), "ab".ljust(5, "é"))
print("१२३".isdigit(), "१२३".isdecimal(), "½".isnumeric(), "ⅷ".isnumeric(), "a1".isalnum(), "é".isalpha(), " \t".isspace(), "Ab Cd".istitle(), "\u2028".isspace(), "\x1c".isspace())
print(int("१२३"), float("١.٥"), "ab".isidentifier(), "1a".isidentifier(), "é_1".isidentifier(), "ǅ".istitle(), "".isupper())
print(str.maketrans("ab", "cd"), "abc".translate(str.maketrans("ab", "cd", "c")), "abc".translate({97: None, 98: "xyz"}))
