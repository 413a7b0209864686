print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  a  b \t c\n".split(), "  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1))
print("".split(), "".split(","), " ".split(" "), "abc".split("abc"))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 5), "x".split("x"))
print("line1\nline2\r\nline3\rline4".splitlines())
print("line1\nline2\n".splitlines(True), "".splitlines(), "\n".splitlines(), "a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "|".join(("1",)))
print("a b c".partition(" "), "abc".partition("x"), "a b c".rpartition(" "), "abc".rpartition("x"))
print("k=v=w".partition("="), "k=v=w".rpartition("="))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
print("1 2 3".split(maxsplit=1), "a.b.c".rsplit(".", maxsplit=1), "a b".split(sep=None))
