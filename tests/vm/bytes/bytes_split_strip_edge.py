print(b"  a b  ".split(), b"\x1c a \x0b".split(), b"a\xa0b".split())
print(b"".split(), b"".split(b","), b",".split(b","), b"a,,".split(b",", 1))
print(b"a b c".rsplit(None, 1), b"abc".split(b"abc"))
print(b"xyhixy".strip(b"xy"), b"\x00\x00a\x00".strip(b"\x00"), b"\t\n a \r\x0b\x0c".strip())
print(b"a\rb\r\nc\nd".splitlines(), b"a\x0bb".splitlines())
try:
    b"abc".split(b"")
except ValueError as e:
    print("ValueError", e)
print(b"k=v".partition(b"="), b"k".partition(b"="), b"a.b.c".rpartition(b"."))
