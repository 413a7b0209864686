# LZMACompressor/LZMADecompressor: incremental streams, raw filter chains (delta, BCJ,
# LZMA1/2 options), check reporting, max_length/needs_input, and the errors.
import lzma

data = bytes(i * 7 % 251 for i in range(30000)) + b"end" * 2000
comp = lzma.LZMACompressor(check=lzma.CHECK_CRC32)
parts = [comp.compress(data[i:i + 4096]) for i in range(0, len(data), 4096)]
parts.append(comp.flush())
blob = b"".join(parts)
print(len(blob), blob == lzma.compress(data, check=lzma.CHECK_CRC32))
for call in (lambda: comp.compress(b"x"), comp.flush):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)

d = lzma.LZMADecompressor()
print(d.check, d.eof, d.needs_input, d.unused_data)
out = b"".join(d.decompress(blob[i:i + 999]) for i in range(0, len(blob), 999))
print(out == data, d.check, d.eof, d.needs_input, d.unused_data)
try:
    d.decompress(b"x")
except EOFError as e:
    print("EOFError", e)

d = lzma.LZMADecompressor(lzma.FORMAT_XZ)
first = d.decompress(blob + b"after", 1000)
print(len(first), d.needs_input, d.eof, d.check)
rest = [first]
while not d.eof:
    rest.append(d.decompress(b"", 7000))
print([len(r) for r in rest], b"".join(rest) == data, d.unused_data, d.needs_input)

chains = [
    [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_LZMA2, "preset": 6}],
    [{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2, "dict_size": 1 << 16, "lc": 2}],
    [{"id": lzma.FILTER_LZMA1, "preset": 1, "mode": lzma.MODE_FAST, "mf": lzma.MF_HC4,
      "nice_len": 32, "depth": 0, "pb": 0, "lp": 0}],
    [{"id": lzma.FILTER_ARM, "start_offset": 16}, {"id": lzma.FILTER_LZMA2}],
]
for chain in chains:
    raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=chain)
    back = lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=chain)
    try:
        xz_ok = lzma.decompress(lzma.compress(data, filters=chain)) == data
    except lzma.LZMAError as e:
        xz_ok = str(e)
    print(len(raw), raw[:6], back == data, xz_ok)
alone = lzma.compress(b"alone data", format=lzma.FORMAT_ALONE, filters=[chains[2][0]])
print(alone, lzma.LZMADecompressor(lzma.FORMAT_ALONE).check)

bad_chains = [
    [{"dist": 1}], [{"id": 99}], [{"id": lzma.FILTER_DELTA, "bogus": 1}],
    [{"id": lzma.FILTER_LZMA2, "preset": 42}], [{"id": lzma.FILTER_LZMA2, "lc": "x"}],
    [{"id": lzma.FILTER_X86, "dist": 1}], [{"id": lzma.FILTER_DELTA}] * 5, ["not a dict"],
    [{"id": lzma.FILTER_LZMA2}, {"id": lzma.FILTER_DELTA}],
]
for chain in bad_chains:
    try:
        lzma.LZMACompressor(format=lzma.FORMAT_RAW, filters=chain)
        print("accepted")
    except (ValueError, TypeError, lzma.LZMAError) as e:
        print(type(e).__name__, e)
try:
    lzma.LZMACompressor(format=lzma.FORMAT_ALONE, filters=chains[0])
except ValueError as e:
    print("ValueError", e)
for make in (lambda: lzma.LZMADecompressor(format=9), lambda: lzma.LZMADecompressor(memlimit=-1),
             lambda: lzma.LZMADecompressor(format="xz"), lambda: lzma.LZMACompressor(preset="6"),
             lambda: lzma.LZMACompressor(1, 2, 3, 4, 5)):
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
d = lzma.LZMADecompressor(memlimit=1000)
try:
    d.decompress(lzma.compress(b"q" * 100))
except lzma.LZMAError as e:
    print("LZMAError", e)
