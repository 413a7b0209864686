import array

import apifixes as f

# Strided and multi-dimensional memoryviews through PyObject_GetBuffer.
data = bytearray(range(24))
views = {
    "step2": memoryview(data)[::2],
    "reversed": memoryview(data)[::-3],
    "2d": memoryview(data).cast("B", (4, 6)),
    "2d cols": memoryview(data).cast("B", (4, 6))[::2],
    "ints": memoryview(array.array("i", range(6)))[1::2],
    "plain": memoryview(b"abc"),
}
for name, mv in views.items():
    for flag in ("FULL_RO", "RECORDS_RO", "STRIDES", "ND", "C_CONTIGUOUS", "ANY_CONTIGUOUS", "F_CONTIGUOUS",
                 "SIMPLE", "FORMAT"):
        try:
            print(name, flag, f.layout(mv, getattr(f, flag)))
        except BufferError as e:
            print(name, flag, "BufferError:", e)

f.poke(memoryview(data)[1::5], 2, 200)
print(data[11])
try:
    f.poke(memoryview(b"ro")[::1], 0, 1)
except BufferError as e:
    print("BufferError:", e)
mv = memoryview(data)[::4]
f.layout(mv, f.FULL_RO)
mv.release()
print("released", data[:4])

# Optional tuple units in PyArg_ParseTupleAndKeywords.
print(f.point(1))
print(f.point(1, (2, 3)))
print(f.point(1, ab=[4, 5], label="q"))
print(f.point(1, pair=(9, 2.5)))
print(f.point(1, (6, 7), label="r", pair=(8, 1.5)))
for bad in (lambda: f.point(1, (2,)), lambda: f.point(1, 5), lambda: f.point(1, pair=(1, "x"))):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(f.skip(1))
print(f.skip(1, b"ab"))
print(f.skip(1, b"ab", "\xe9"))
print(f.skip(1, o=5))
print(f.skip(1, n=3))

# The es/et units: text encoded into a PyMem buffer or the caller's.
cases = [(0, "caf\xe9"), (0, b"raw"), (0, 5), (0, "\u20ac"), (0, "a\0b"), (1, b"raw"), (1, bytearray(b"ba")),
         (1, "t\xe9"), (1, 2.5), (2, "\u20ac\0x"), (3, "short", 8), (3, "too long!", 8), (3, "1234567", 8)]
for case in cases:
    try:
        print(case, f.encoded(*case))
    except (TypeError, ValueError) as e:
        print(case, type(e).__name__, e)

# The byte order the UTF-16/32 decoders end with.
def show(*label_and_args):
    *label, bits, data, bo, stateful = label_and_args
    try:
        print(*label, f.utf(bits, data, bo, stateful))
    except UnicodeDecodeError as e:
        print(*label, "UnicodeDecodeError:", e)


for bits, codec in ((16, "utf-16"), (32, "utf-32")):
    for enc in (codec + "-le", codec + "-be"):
        bom = "\ufeff".encode(enc)
        body = "h\u20ac".encode(enc)
        for start in (0, -1, 1):
            show(bits, enc, start, bits, bom + body, start, False)
        show(bits, enc, "no bom", bits, body, 0, False)
        show(bits, enc, "stateful", bits, bom + body[:-1], 0, True)
        show(bits, enc, "bom only", bits, bom, 0, True)
    show(bits, "empty", bits, b"", 0, False)
    show(bits, "empty stateful", bits, b"", 0, True)
