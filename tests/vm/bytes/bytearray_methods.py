ba = bytearray(b"  Mixed Case Data  ")
print(ba.strip(), ba.upper(), ba.lower(), type(ba.strip()).__name__)
print(ba.split(), ba.find(b"Case"), ba.count(b"a"), ba.replace(b"a", b"4"))
print(bytearray(b"a,b,c").split(b","), bytearray(b"-").join([b"x", b"y"]))
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(range(3)))
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b")
print(bytearray(b"abc") + b"d", b"d" + bytearray(b"abc"), type(b"d" + bytearray(b"abc")).__name__)
print(bytearray(b"xyz").decode(), bytearray(b"ab").hex(), bytes(bytearray(b"q")))
ba2 = bytearray(b"abc")
alias = ba2
ba2 += b"def"
print(alias, alias is ba2)
print(repr(bytearray(b"\x00'")), str(bytearray()))
