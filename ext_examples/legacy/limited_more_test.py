import array
import codecs
import io
import os
import sys
import tempfile
import warnings

import limited_more as m

# Buffers: strides, pointers, copies between C and Fortran order.
print(m.strided())
print([m.size_from_format(f) for f in ["B", "h", "2i", "<qd", "=3sH"]])
try:
    m.size_from_format("Z")
except Exception as e:
    print(type(e).__name__, e)
dest = bytearray(6)
print(m.copy_data(dest, b"spry!!"), m.copy_data(bytearray(5), memoryview(b"abcd")))
for dst, src in [(bytearray(2), b"long"), (b"ro", b"xy"), (bytearray(3), 5)]:
    try:
        print(m.copy_data(dst, src))
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b"abc")
print(m.old_buffers(ba), ba, m.old_buffers(b"xyz"), m.old_buffers(array.array("b", [65, 66])))
try:
    m.old_buffers(17)
except TypeError as e:
    print("TypeError", e)
print([m.check_read_buffer(x) for x in [b"", bytearray(1), memoryview(b"a"), "str", 3, None]])

# Per-interpreter and per-thread state.
print(m.state(), m.state())
print(m.state_dicts("k"), m.state_dicts("k"), m.state_dicts("j"))


def caller():
    return m.frame_info()


print(caller(), m.frame_info()[0])

# Stateful decoding: chunk boundaries inside multi-byte sequences.
text = "aé€😀z"
for kind, step in [("utf-8", 1), ("utf-8", 2), ("utf-16", 3), ("utf-32", 5)]:   # no utf-7 codec in Spry yet
    data = text.encode(kind if kind != "utf-16" else "utf-16-le")
    if kind == "utf-32":
        data = text.encode("utf-32-le")
    parts, used, whole = m.decode_chunks(kind, data, step)
    print(kind, step, "".join(parts) == text, used == len(data), whole)
print(m.decode_chunks("utf-8", b"ab\xe2\x82", 8), m.decode_chunks("utf-8", b"ab\xe2\x82", 1))
try:
    m.decode_chunks("utf-8", b"ab\xffcd", 1)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)

def swapcase_codec(name):
    if name == "swapcase":
        swap = lambda s, errors="strict": (s.swapcase(), len(s))
        return codecs.CodecInfo(swap, swap, name="swapcase")


codecs.register(swapcase_codec)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(m.codec_helpers("Hello"))
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        m.codec_helpers("x")
    except DeprecationWarning as e:
        print("DeprecationWarning", e)

print(m.write_and_resize())

# sys: warn options, X options, argv and path.
saved = list(sys.argv), list(sys.path), dict(sys._xoptions)
print(m.sys_lists())
print(sys._xoptions.get("spry_test_flag"), sys._xoptions.get("spry_test_value"), sys.warnoptions)
sys.argv[:] = saved[0]
sys.path[:] = saved[1]

with tempfile.TemporaryDirectory() as d:
    name = os.path.join(d, "lines.txt")
    with open(name, "w") as f:
        f.write("first\nsecond line\n\nlast")
    for n in [0, -1, 4]:
        fd = os.open(name, os.O_RDONLY)
        print(n, m.file_lines(fd, n))
        os.close(fd)
    src = os.path.join(d, "bad.py")
    with open(src, "w") as f:
        f.write("x = 1\ny = (\nz = 3\n")
    print(repr(m.program_text(src, 2)), repr(m.program_text(src, 3)), m.program_text(src, 9), m.program_text(src + "x", 1))
    for args in [(src, 2, 5), (src, 3, -1), (None, 4, 0), (src, 1, -2)]:
        try:
            m.syntax_location(*args)
        except SyntaxError as e:
            print(e.msg, e.lineno, e.offset, repr(e.text), os.path.basename(e.filename or "-"))

print(m.process())
for args in [(1.0, "r", 0, 0), (1.0, "r", 0, 2), (1.5, "r", 0, 1), (-0.0, "r", 0, 0), (-0.0, "r", 0, 8),
             (1e16, "r", 0, 2), (2.5, "e", 3, 0), (2.5, "E", 0, 4), (1234.5678, "f", 2, 1), (100.0, "g", 6, 2),
             (100.0, "g", 6, 4), (float("inf"), "f", 2, 1), (-float("inf"), "G", 2, 0), (float("nan"), "r", 0, 1),
             (0.1, "G", 20, 0), (123456789.0, "g", 3, 0)]:
    print(args, m.double_to_string(*args))
try:
    m.double_to_string(1.0, "x", 0, 0)
except SystemError:
    print("SystemError")   # CPython names its own source file and line

raw = io.BytesIO("stream ✓".encode("utf-16-le"))
out = io.BytesIO()
print(m.streams(raw, out), out.getvalue() == "stream ✓".encode("utf-16-le"))

print(m.get_importer("/nonexistent-dir-for-test") is None or type(m.get_importer("/nonexistent-dir-for-test")).__name__)
sys.path_hooks.insert(0, lambda p: ("hooked", p) if p.startswith("/hooked") else (_ for _ in ()).throw(ImportError))
print(m.get_importer("/hooked/x"), sys.path_importer_cache.get("/hooked/x"), m.get_importer("/hooked/x") is sys.path_importer_cache["/hooked/x"])
del sys.path_hooks[0]
del sys.path_importer_cache["/hooked/x"]

p = m.proxy({"a": 1})
print(type(p).__name__, p["a"], list(p))
try:
    m.proxy([1, 2])
except TypeError as e:
    print("TypeError", e)
print(m.generic_alias(list, int), m.generic_alias(dict, (str, int)), m.generic_alias(list, int) == list[int])
print(m.descriptors())
print("end of test")
