# BZ2Compressor/BZ2Decompressor: incremental use, max_length with needs_input,
# eof and unused_data, and the errors after the end or after flush.
import bz2

data = bytes(range(256)) * 400 + b"tail" * 1000
comp = bz2.BZ2Compressor(3)
parts = [comp.compress(data[i:i + 7000]) for i in range(0, len(data), 7000)]
parts.append(comp.flush())
blob = b"".join(parts)
print(len(blob), blob == bz2.compress(data, 3), [len(p) for p in parts][:4])
for call in (lambda: comp.compress(b"x"), comp.flush):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)

d = bz2.BZ2Decompressor()
print(d.eof, d.needs_input, d.unused_data)
out = []
for i in range(0, len(blob), 1000):
    out.append(d.decompress(blob[i:i + 1000]))
print(b"".join(out) == data, d.eof, d.needs_input, d.unused_data)
try:
    d.decompress(b"more")
except EOFError as e:
    print("EOFError", e)

d = bz2.BZ2Decompressor()
got = d.decompress(blob + b"extra bytes", max_length=100)
print(len(got), d.needs_input, d.eof)
total = [got]
while not d.eof:
    chunk = d.decompress(b"", 5000)
    total.append(chunk)
print([len(c) for c in total[:5]], b"".join(total) == data, d.unused_data, d.needs_input)

d = bz2.BZ2Decompressor()
print(d.decompress(blob[:50]), d.needs_input)
print(len(d.decompress(blob[50:], 0)), d.needs_input)
print(len(d.decompress(b"", 10)), d.needs_input, d.eof)

d = bz2.BZ2Decompressor()
try:
    d.decompress(b"BZh9garbage-garbage-garbage")
except OSError as e:
    print(type(e).__name__, e)
for make in (lambda: bz2.BZ2Compressor(compresslevel=5), lambda: bz2.BZ2Decompressor(1),
             lambda: bz2.BZ2Compressor("9"), lambda: bz2.BZ2Compressor(12)):
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
print(type(bz2.BZ2Compressor()).__name__, bz2.BZ2Decompressor.__module__)
