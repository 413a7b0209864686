# lzma.compress/decompress in the three formats: exact bytes (liblzma is deterministic),
# checks, presets, concatenated streams, trailing garbage and the errors.
import lzma

data = b"".join(b"entry %d: %s\n" % (i, b"xyz" * (i % 5)) for i in range(500))
xz = lzma.compress(data)
print(len(xz), xz[:12], xz[-2:], lzma.decompress(xz) == data)
print(lzma.compress(b"hello"))
print(lzma.compress(b"hello", check=lzma.CHECK_NONE))
print(lzma.compress(b"hello", check=lzma.CHECK_SHA256)[:16])
print(lzma.compress(b"hello", format=lzma.FORMAT_ALONE))
print(lzma.compress(b"hello", preset=1 | lzma.PRESET_EXTREME) == lzma.compress(b"hello", preset=1))
for preset in (0, 3, 9):
    c = lzma.compress(data, preset=preset)
    print(preset, len(c), lzma.decompress(c) == data)
alone = lzma.compress(data, format=lzma.FORMAT_ALONE)
print(len(alone), lzma.decompress(alone) == data, lzma.decompress(alone, lzma.FORMAT_ALONE) == data)
two = lzma.compress(b"one,") + lzma.compress(b"two")
print(lzma.decompress(two), lzma.decompress(two + b"garbage!"))
for bad, fmt in ((xz[:-8], lzma.FORMAT_AUTO), (b"plain text", lzma.FORMAT_AUTO),
                 (alone, lzma.FORMAT_XZ), (xz, lzma.FORMAT_ALONE), (b"", lzma.FORMAT_XZ)):
    try:
        print(lzma.decompress(bad, fmt))
    except lzma.LZMAError as e:
        print("LZMAError", e)
corrupt = bytearray(xz)
corrupt[len(corrupt) // 2] ^= 0x55
try:
    lzma.decompress(bytes(corrupt))
except lzma.LZMAError as e:
    print("LZMAError", e)
for kw in ({"format": 7}, {"format": lzma.FORMAT_RAW}, {"check": 99}, {"preset": 10},
           {"format": lzma.FORMAT_ALONE, "check": lzma.CHECK_CRC32},
           {"preset": 1, "filters": [{"id": lzma.FILTER_LZMA2}]}):
    try:
        lzma.compress(b"x", **kw)
    except (ValueError, lzma.LZMAError) as e:
        print(type(e).__name__, e)
for kw in ({"format": lzma.FORMAT_RAW}, {"format": lzma.FORMAT_RAW, "memlimit": 1 << 20,
           "filters": [{"id": lzma.FILTER_LZMA2}]}, {"filters": [{"id": lzma.FILTER_LZMA2}]},
           {"memlimit": 100}):
    try:
        lzma.decompress(xz, **kw)
    except (ValueError, lzma.LZMAError) as e:
        print(type(e).__name__, e)
print([lzma.is_check_supported(c) for c in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64,
                                            lzma.CHECK_SHA256, lzma.CHECK_ID_MAX, 99)])
print(lzma.CHECK_UNKNOWN, lzma.CHECK_ID_MAX, lzma.FILTER_LZMA1, lzma.FILTER_LZMA2, lzma.FILTER_DELTA,
      lzma.FILTER_X86, lzma.FORMAT_RAW, lzma.MF_BT4, lzma.MODE_NORMAL, lzma.PRESET_DEFAULT,
      lzma.PRESET_EXTREME)
print(issubclass(lzma.LZMAError, Exception), lzma.LZMAError.__module__, lzma.LZMAError.__name__)
