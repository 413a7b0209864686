b = b"abcdef"
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:4]), m.tobytes(), m.tolist())
print(m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(m == b, m[::2].tobytes(), bytes(m[::-1]))
ba = bytearray(b"hello")
mv = memoryview(ba)
mv[0] = ord("J")
mv[1:3] = b"EL"
print(ba, mv.readonly)
sub = mv[2:]
sub[0] = ord("X")
print(ba, bytes(sub))
print(mv.hex(), memoryview(b"\x01\x02").hex(":"))
try:
    m[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print("ValueError", e)
with memoryview(b"ctx") as cm:
    print(bytes(cm))
print(cm.obj if False else "released check:", end=" ")
try:
    cm[0]
except ValueError as e:
    print("ValueError", e)
