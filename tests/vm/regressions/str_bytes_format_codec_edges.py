# bytes/str formatting edge cases
print(b"%-5d|%05d|%+d|% d|%x|%#o|%#X" % (3, -3, 3, 3, 255, 8, 255))
print("%.3s|%5.1f|%-8.3e|%g|%G|%#g|%.0f|%.0e" % ("abcdef", 3.14159, 1234.5, 1e-5, 1e100, 1.0, 2.5, 15.0))
print("%(a)s %(b)d %%" % {"a": "x", "b": 5}, "%s" % [1], "%s" % ((1, 2),), "%r" % "é", "%a" % "é")
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%c" % 0x1F600, "%5c|" % "x", "%d" % True, "%x" % -255, "%o" % -8, "%e" % -0.0, "%f" % float("inf"), "%F" % float("nan"))
print("%i %u" % (3.9, -3.9), "%d" % 10**30, "%x" % 10**30, "%.50f" % 0.1)
print("%s" % b"x", "%s" % bytearray(b"y"), b"%d" % 5.7, b"%%", b"%s" % memoryview(b"mv"))
for bad in ['"%d" % "s"', '"%x" % 1.5', '"%c" % -1', '"%(x)s" % {}', '"%s %s" % "ab"', '"%" % ()', '"%.*f" % ("a", 1.0)', 'b"%s" % 5', 'b"%r" % 5', 'b"%c" % "x"', '"%*d" % (1.5, 1)', '"%d" % None', '"%(a)s %s" % {"a": 1}', '"%s" % ()', '"%c" % 1.5']:
    try:
        print(bad, "->", repr(eval(bad)))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
print(format(1234567.891, ",.2f"), format(1234567, "_x"), format(0.5, "%"), format(-0.0, "+.1f"), format(1e16, "g"), format(123, "=+8"), format("s", "^5"), format(3 + 4j, ".1f"))
print("{0!s:>5}{1!r:<6}{2!a}".format("a", "b", "é"), "{:{}}".format("x", 4), "{a[0]}{b.real}".format(a=[9], b=2), "{{}}".format())
for bad in ['"{".format()', '"}".format()', '"{0}{}".format(1, 2)', '"{:d}".format("x")', '"{:s}".format(1)', '"{!x}".format(1)', '"{a}".format()', '"{0}".format()', 'format(1, "abc")', 'format("x", "=5")', 'format(1.5, "d")', 'format(1, ".2d")', '"{:,s}".format("x")']:
    try:
        print(bad, "->", repr(eval(bad)))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
print(b"abc".hex(), b"abc".hex(":"), b"abcdef".hex("-", 2), bytes.fromhex("61 62"), bytearray.fromhex("ff"), b"\x00\xff".decode("latin-1"))
print(b"a\tb".expandtabs(4), b"abc".center(7, b"*"), b"ab".zfill(4), b"Hello World".swapcase(), b"hello world".title(), b"a,b".split(b","), b" a b ".split())
print(repr(bytes(range(0, 256, 17))), repr(bytearray(b"\n\r\t'\"\\")), repr(b"'"), repr(b'"'), repr(b"'\""))
print(repr("'"), repr('"'), repr("'\""), repr("\\"), repr("\x1b[0m"), repr("\u200b\u00ad\ufeff"), repr("\U000e0001"))
print("é".encode("ascii", "replace"), "é€".encode("latin-1", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"), "é".encode("ascii", "ignore"), b"\xff".decode("utf-8", "replace"), b"\xff".decode("ascii", "backslashreplace"), b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
for bad in ['"é".encode("ascii")', 'b"\\xff".decode()', 'b"\\xc3".decode("utf-8")', '"\\ud800".encode()', '"x".encode("nope")', 'b"x".decode("utf-16")', '"é".encode("latin-1").decode("utf-8")']:
    try:
        print(bad, "->", repr(eval(bad)))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
print("ß".upper().lower(), "ǈ".lower(), "ǈ".upper(), "ǈ".title(), "ΣΣ".lower(), "ΑΣ ΑΣ.".lower(), "Σ".lower(), "aΣb".lower(), "İstanbul".lower().upper())
print("ﬀ".upper(), "ﬃ".title(), "ŉ".title(), "ΐ".title(), "ᾼ".lower(), "ᾳ".title(), "i̇".upper(), len("ﬃ".upper()))
print("straße".casefold() == "STRASSE".casefold(), "ſ".casefold(), "µ".casefold(), "ﬅ".casefold(), "Ⅻ".lower(), "ⓐ".upper(), "𐐨".upper(), "𐐀".lower())
