b = b"Hello World 123 \xe9"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
for s in [b"abc", b"ABC", b"123", b"abc123", b"", b" \t\n", b"Title Case", b"\xe9"]:
    print(s, s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii())
print(b"ab".center(6, b"*"), b"ab".ljust(4, b"-"), b"ab".rjust(4), b"42".zfill(5), b"-42".zfill(5))
print(b"a\tb".expandtabs(4), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcabc".translate(None, b"b"))
print(bytes.maketrans(b"a", b"b")[97:99])
