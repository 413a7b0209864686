ba = bytearray()
for i in range(1000):
    ba.append(i & 0xFF)
print(len(ba), ba[:5], ba[-5:], sum(ba))
ba[10:990] = b""
print(len(ba), list(ba))
ba[5:5] = bytes(100)
print(len(ba), ba.count(0))
ba.extend(range(250, 256))
print(ba[-8:])
while len(ba) > 3:
    ba.pop()
print(ba)
ba *= 3
print(ba, len(ba))
x = bytearray(b"abc")
x[1:2] = b"XYZ"
x[-1:] = b""
print(x)
del x[::2]
print(x)
