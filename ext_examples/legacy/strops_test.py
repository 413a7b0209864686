# str functions of the Limited API (ext_examples/legacy/strops.c).
import pathlib

import strops as s

print(s.methods("a,b,,c a", ","))
print(s.methods("spam\neggs\r\nham", "a"))
print(s.methods("héllo wörld 😀", "ö"))
print(s.methods("ident_1", "x"))
print(s.misc("%s-%d", ("x", 5), "plain"))


class Sub(str):
    pass


r = s.from_object(Sub("sub"))
print(r, type(r).__name__)
try:
    s.from_object(5)
except TypeError as e:
    print("TypeError", e)
print(s.wide("abc"), s.wide("é😀xyz"), s.wide(""), s.wide("12345678"))
print(s.fs("dir/é.txt", b"caf\xc3\xa9\xff"))
print(s.fs(pathlib.PurePosixPath("/tmp/x"), b""))
print(s.fs(b"raw\xffbytes", b"ok"))
for bad in ("nul\0here", 3.5):
    try:
        s.fs(bad, b"")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(s.codecs("hé€😀\n"))
print(s.fspath("p"), s.fspath(b"q"), s.fspath(pathlib.PurePosixPath("a/b")))
