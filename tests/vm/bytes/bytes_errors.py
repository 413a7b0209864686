ops = [
    lambda: b"a" + 1,
    lambda: b"abc"[3],
    lambda: bytes(-1),
    lambda: bytes([-1]),
    lambda: bytes(["a"]),
    lambda: b"abc".decode("ascii") + b"x",
    lambda: b"\xff".decode("ascii"),
    lambda: bytearray(b"abc").index(b"z"),
    lambda: b"x".join([1]),
    lambda: b"%d" % (),
    lambda: b"a" < "a",
    lambda: bytes.fromhex("0"),
    lambda: memoryview("str"),
    lambda: b"ab".center(5, "x"),
]
for op in ops:
    try:
        op()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
