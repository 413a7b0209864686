import array

import bufview as b

for obj in (b"abc", bytearray(b"xy"), memoryview(b"hello")[1:], array.array("i", [7, 8]),
            array.array("d", [0.5]), memoryview(array.array("h", [1, 2, 3])), b""):
    print(type(obj).__name__, b.check(obj), b.info(obj, b.SIMPLE), b.info(obj, b.FULL_RO))
print(b.check(1), b.check("str"), b.check([1]))
a = array.array("B", [1, 2])
b.poke(a, 99)
ba = bytearray(b"zz")
b.poke(ba, 65)
print(a, ba)
for obj, flags in ((b"abc", b.RECORDS), (memoryview(b"x"), b.RECORDS), ("s", b.SIMPLE), (3, b.SIMPLE)):
    try:
        b.info(obj, flags)
    except (BufferError, TypeError) as e:
        print(type(e).__name__, e)
a.append(3)
print(a)
