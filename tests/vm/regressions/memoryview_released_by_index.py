ba = bytearray(b"abcdef")
m = memoryview(ba)
class I:
    def __index__(self):
        m.release()
        ba.clear()
        return 3
for f in [lambda: m[I()], lambda: m.__setitem__(I(), 1), lambda: m.__setitem__(0, I()), lambda: m.cast("B", [I()])]:
    ba[:] = b"abcdef"
    m = memoryview(ba)
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(ba)
class R:
    def __index__(self):
        m.release()
        ba.clear()
        return 2
for f in [lambda: m.__setitem__(slice(R(), 4), b"zz"), lambda: m.__setitem__((R(),), 5), lambda: m[R(),],
          lambda: memoryview(bytearray(8)).cast("d").__setitem__(0, R()), lambda: m.cast("H").__setitem__(0, R())]:
    ba[:] = b"abcdef"
    m = memoryview(ba)
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        dm.release()
        return 1.0
    def __bool__(self):
        dm.release()
        return True
bd = bytearray(8)
for fmt in "d?":
    dm = memoryview(bd).cast(fmt)
    try:
        dm[0] = F()
    except Exception as e:
        print(type(e).__name__, e)
print(bd)
