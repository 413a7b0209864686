src = bytearray(b"buffer")
views = [bytes(src), bytearray(src), bytes(memoryview(src)), memoryview(src).tobytes()]
print(views)
src[0] = ord("B")
print(views[0], views[1], bytes(memoryview(src)))
print(b"x".join([memoryview(b"a"), bytearray(b"b")]))
print(b"abc" + memoryview(b"def"), bytearray(b"1") + memoryview(b"2"))
print(b"ab" in b"xaby", memoryview(b"ab") == b"ab", memoryview(b"ab") == bytearray(b"ab"))
print(int.from_bytes(memoryview(b"\x01\x00"), "little"), bytes.fromhex("61") == memoryview(b"a"))
print(b"hello".startswith(memoryview(b"he")), b"hello".find(bytearray(b"l")))
class Bytesy:
    def __bytes__(self):
        return b"from __bytes__"
print(bytes(Bytesy()), b"%b" % Bytesy())
