b = bytes(range(10))
print(b[2:5], b[-3:], b[::3], b[8:2:-2], b[100:], b[:-100])
print(b[3], b[-1], b[slice(1, 3)])
try:
    b[10]
except IndexError as e:
    print("IndexError", e)
ba = bytearray(b)
ba[2:5] = b""
print(ba)
ba[0:0] = b"\xaa\xbb"
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
try:
    ba[::2] = b"x"
except ValueError as e:
    print("ValueError", e)
print(b"abc" < b"abd", b"abc" <= b"abc", b"b" > b"abc", b"" == bytearray())
print(bytes(3) == b"\x00\x00\x00", b"\x00" * 3 == bytes(3))
