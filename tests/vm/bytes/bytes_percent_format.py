print(b"%s and %s" % (b"x", b"y"))
print(b"%d %5d %-5d| %05d %x %X %o" % (42, 42, 42, 42, 255, 255, 8))
print(b"%c%c" % (65, b"B"), b"%r" % "s" if False else b"skip", b"%a" % "é")
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7})
print(b"%.2f %e %%" % (3.14159, 1000.0))
print(b"%b" % b"bin", b"%s" % bytearray(b"ba"), b"%s" % memoryview(b"mv"))
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError", e)
try:
    b"%d" % b"x"
except TypeError as e:
    print("TypeError", e)
