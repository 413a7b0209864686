b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], b[::2])
print(type(b[0]).__name__, type(b[0:1]).__name__)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"))
print(bytes(), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")))
print(b + b"!", b * 2, 2 * b"ab", b"" * 5)
print(b"ell" in b, 111 in b, 300 in b if False else "skip", b"z" in b)
print(list(b"abc"), [x for x in b"\x00\xff"], tuple(b"hi"))
print(b == b"hello world", b < b"help", b"a" < b"ab", b"" < b"\x00")
print(repr(b"\x00\x01\t\n\r\\'\""), repr(b'"'), repr(b"'"), repr(b"'\""))
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    bytes("str")
except TypeError as e:
    print("TypeError", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
