s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("hi".strip("")), repr("\u3000wide\u3000".strip()))
print(repr("www.example.com".lstrip("w.")), repr("file.txt.bak".rstrip(".bak")))
print(repr("abc".center(9)), repr("abc".center(8, "*")), repr("abc".center(2)), repr("ab".center(5, "-")))
print(repr("abc".ljust(6)), repr("abc".rjust(6, "0")), repr("abc".ljust(1)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "-".zfill(3))
print(repr("prefix_name".removeprefix("prefix_")), repr("name.py".removesuffix(".py")), repr("abc".removeprefix("x")))
print(repr("a\tb\tc".expandtabs()), repr("a\tbb\tccc".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\n\tc".expandtabs(3)))
try:
    "abc".center(5, "xy")
except TypeError as e:
    print("TypeError", e)
