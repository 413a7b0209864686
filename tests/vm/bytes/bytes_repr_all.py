b = bytes(range(256))
r = repr(b)
print(len(r))
for i in range(0, len(r), 64):
    print(r[i:i + 64])
print(repr(bytearray(range(30, 40))))
print(ascii(b"\x80abc"), str(b"x\x7f"))
