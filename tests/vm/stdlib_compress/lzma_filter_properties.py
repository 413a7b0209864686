# lzma's _encode_filter_properties/_decode_filter_properties (the raw filter properties
# zipfile stores for LZMA members): round trips and errors.
import lzma

specs = [{"id": lzma.FILTER_LZMA1, "preset": 6}, {"id": lzma.FILTER_LZMA1, "lc": 1, "lp": 2, "pb": 1},
         {"id": lzma.FILTER_LZMA2, "dict_size": 1 << 20}, {"id": lzma.FILTER_LZMA2, "preset": 9},
         {"id": lzma.FILTER_DELTA, "dist": 3}, {"id": lzma.FILTER_X86, "start_offset": 4}]
for spec in specs:
    raw = lzma._encode_filter_properties(spec)
    print(raw, lzma._decode_filter_properties(spec["id"], raw))
for spec in ({"id": 99}, {"dist": 1}, {"id": lzma.FILTER_DELTA, "dist": 0}):
    try:
        print(lzma._encode_filter_properties(spec))
    except (ValueError, lzma.LZMAError) as e:
        print(type(e).__name__, e)
for fid, raw in ((lzma.FILTER_LZMA1, b""), (lzma.FILTER_LZMA2, b"\xff"), (99, b"")):
    try:
        print(lzma._decode_filter_properties(fid, raw))
    except lzma.LZMAError as e:
        print("LZMAError", e)
