ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 72
print(ba)
ba[1:3] = b"EYYY"
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("Y"))
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba)
ba.clear()
print(ba, len(ba))
c = bytearray(5)
c[::2] = b"xyz"
print(c, c.copy() == c, c.copy() is c)
try:
    ba.append(256)
except ValueError as e:
    print("ValueError", e)
try:
    bytearray(b"a").remove(98)
except ValueError as e:
    print("ValueError", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError", e)
