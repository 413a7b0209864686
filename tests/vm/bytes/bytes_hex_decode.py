b = bytes(range(0, 256, 17))
print(b, b.hex(), b.hex("-"), b.hex(" ", -4))
print(bytes.fromhex("00 ff 10"), bytearray.fromhex("abcd"), bytes.fromhex(""))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError", e)
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"))
print(b"\xff\xfe".decode("utf-8", "replace"), b"\xff".decode("utf-8", "backslashreplace"), b"a\xffb".decode("utf-8", "ignore"))
print("€".encode(), "€".encode("utf-16-be"), "€".encode("utf-32-le"))
print(b"\xe2\x82\xac".decode("utf-8"), bytes("ab", "ascii").decode())
print(str(b"\x00"), repr(bytes([127, 128])))
