# bz2.compress/decompress: exact bytes (libbz2 is deterministic), levels, multi-stream
# input, trailing garbage, truncation and bad data.
import bz2

data = b"".join(b"line %d of the sample text\n" % i for i in range(300))
for level in (1, 5, 9):
    c = bz2.compress(data, level)
    print(level, len(c), c[:10], bz2.decompress(c) == data)
print(bz2.compress(b""))
print(bz2.compress(b"hello world"))
print(bz2.decompress(bz2.compress(b"hello world")))
print(bz2.decompress(b""))
two = bz2.compress(b"first;") + bz2.compress(b"second")
print(bz2.decompress(two))
print(bz2.decompress(two + b"trailing junk"))
print(bz2.decompress(memoryview(bz2.compress(b"from a memoryview"))))
print(bz2.decompress(bytearray(bz2.compress(b"from a bytearray"))))
for bad in (bz2.compress(data)[:-5], b"BZh9", b"not bzip2 at all", two[:-3]):
    try:
        print(bz2.decompress(bad))
    except Exception as e:
        print(type(e).__name__, e)
for level in (0, 10, -1):
    try:
        bz2.compress(b"x", level)
    except ValueError as e:
        print("level", level, e)
for arg in ("text", 5, None):
    try:
        bz2.compress(arg)
    except TypeError as e:
        print(type(e).__name__, e)
