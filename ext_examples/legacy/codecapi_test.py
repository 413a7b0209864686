# bytes/bytearray/memoryview additions, the codec registry and Unicode error accessors
# (ext_examples/legacy/codecapi.c).
import codecapi as c

print(c.bytes_ops(b"abc", b"de"))
print(c.bytes_ops([104, 105], b"!"))
print(c.bytes_ops(memoryview(b"xyz"), b"'q\""))
for bad in ("text", 5, 2.5):
    try:
        c.from_object(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    c.bytes_ops(b"a", "not bytes")
except TypeError as e:
    print("TypeError", e)
print(c.codec_ops("héllo", "utf-8"))
print(c.codec_ops("héllo", "latin-1"))
print(c.known("utf-8"), c.known("no-such-codec"))
try:
    c.codec_ops("x", "no-such-codec")
except LookupError as e:
    print("LookupError", e)
try:
    "aé€b".encode("ascii")
except UnicodeEncodeError as e:
    print(c.handlers(e))
    print(c.encode_error(e))
print(c.decode_error())
