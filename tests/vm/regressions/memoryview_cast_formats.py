# memoryview.cast: formats, shapes, indexing and comparison
def tr(label, f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ("memoryview", r.format, r.shape, r.strides, r.tolist())
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

m = memoryview(bytearray(range(16)))
for f in "bBchHiIlLqQnNfd?P":
    c = m.cast(f)
    print(f, c.itemsize, c.format, len(c), c.nbytes, c.tolist()[:2])
for f in ["e", "x", "<B", "@B", "BB", ""]:
    tr("cast " + f, lambda: m.cast(f))
tr("shape (2,4) H", lambda: m.cast("H", (2, 4)))
tr("shape list", lambda: m.cast("B", [16]))
tr("shape zero", lambda: m.cast("B", (4, -4)))
tr("shape mismatch", lambda: m.cast("B", (3, 5)))
tr("shape not seq", lambda: m.cast("B", 5))
tr("shape float", lambda: m.cast("B", (2.0, 8)))
tr("format int", lambda: m.cast(5))
tr("too many dims", lambda: memoryview(b"ab").cast("B", tuple(range(1, 66))))
tr("non-byte", lambda: m.cast("H").cast("I"))
tr("back to B", lambda: m.cast("H").cast("B"))
tr("odd length", lambda: memoryview(b"abc").cast("H"))
tr("empty", lambda: memoryview(b"").cast("H"))
tr("empty shape 0", lambda: memoryview(b"").cast("B", (0,)))
tr("non-contiguous", lambda: m[::2].cast("B"))

d = memoryview(bytes(range(12))).cast("B", (3, 4))
for expr in ["d.ndim", "d.shape", "d.strides", "d.c_contiguous", "d.f_contiguous", "d.contiguous",
             "d[1, 2]", "d[-1, -1]", "d[0]", "d[0, 1, 2]", "d[5, 0]", "d[0, 9]", "d[0:1, 0:1]",
             "d[::2].tolist()", "d[::2].c_contiguous", "d[::2].tobytes()", "d[1:].shape",
             "d[::2].strides", "d.cast('B').shape", "d.cast('B', (4, 3))", "len(d)", "list(d)",
             "d.tobytes()", "d == d", "d == d.cast('B')", "d.nbytes", "bytes(d[::2])"]:
    tr(expr, lambda: eval(expr))

z = memoryview(b"a").cast("B", ())
for expr in ["z.shape", "z.strides", "len(z)", "z.tolist()", "z[()]", "z[...] is z", "z[0]",
             "list(z)", "z.ndim", "z.nbytes", "z == memoryview(b'a')", "z.tobytes()"]:
    tr(expr, lambda: eval(expr))

b = bytearray(16)
w = memoryview(b).cast("H")
w[0] = 0xFFFF
w[1] = True
tr("H overflow", lambda: w.__setitem__(0, 70000))
tr("H negative", lambda: w.__setitem__(0, -1))
tr("H str", lambda: w.__setitem__(0, "a"))
tr("H float", lambda: w.__setitem__(0, 1.0))
print(b[:4])
dd = memoryview(b).cast("d")
dd[0] = 1.5
dd[1] = 2
print(dd.tolist(), memoryview(b).cast("f")[1])
tr("d str", lambda: dd.__setitem__(0, "x"))
ff = memoryview(b).cast("f")
tr("f overflow", lambda: ff.__setitem__(0, 1e300))
ff[0] = float("inf")
print(ff[0])
bb = memoryview(b).cast("?")
bb[0] = [1]
bb[1] = ""
print(bb[0], bb[1], b[0], b[1])
cc = memoryview(b).cast("c")
cc[0] = b"z"
print(cc[0], b[0])
tr("c long", lambda: cc.__setitem__(0, b"zz"))
tr("c int", lambda: cc.__setitem__(0, 5))
sb = memoryview(b).cast("b")
sb[0] = -128
tr("b overflow", lambda: sb.__setitem__(0, 128))
print(b[0], sb[0])
qq = memoryview(b).cast("Q")
qq[0] = 2**64 - 1
print(qq[0], memoryview(b).cast("q")[0])
tr("Q overflow", lambda: qq.__setitem__(0, 2**64))
tr("Q negative", lambda: qq.__setitem__(0, -1))
ww = memoryview(bytearray(range(16))).cast("H")
ww[0:2] = memoryview(bytearray(4)).cast("H")
print(ww.tolist())
tr("slice assign bytes into H", lambda: ww.__setitem__(slice(0, 2), b"abcd"))
tr("ND index assign", lambda: d.__setitem__(0, 1))
dm = memoryview(bytearray(12)).cast("B", (3, 4))
dm[1, 2] = 7
print(dm.tolist())
tr("ND slice assign", lambda: dm.__setitem__(slice(0, 1), b"1234"))
tr("ND tuple short", lambda: dm.__setitem__((1,), 1))

x = memoryview(b"abcd")
for expr in ["x[...]", "x[()]", "x[0,]", "x[0, 0]", "x.cast('c') == b'abcd'", "x.cast('b') == b'abcd'",
             "x.cast('H') == memoryview(bytearray(b'abcd')).cast('H')", "x.cast('I') == x.cast('f')",
             "x.cast('h') == x.cast('H')", "x.cast('H') == x", "x == b'abcd'", "x == bytearray(b'abcd')",
             "hash(x.cast('c')) == hash(b'abcd')", "hash(x.cast('H'))", "x.cast('H').hex()",
             "x.cast('H')[::-1].tolist()", "bytes(x.cast('H')[::-1])", "x.cast(format='c', shape=[2, 2]).tolist()",
             "x.cast('H').toreadonly().format", "memoryview(x.cast('H')).format", "x.cast('H')[1:].format",
             "b'-'.join([x.cast('H')])", "x.cast('H') + b''"]:
    tr(expr, lambda: eval(expr))
n = memoryview(bytearray(8)).cast("d")
n[0] = float("nan")
print(n == n, n.tolist())
