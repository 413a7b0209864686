# lzma's Python layer: LZMAFile modes and argument errors, open() in text modes,
# one-shot decompress over concatenated, truncated, junk and empty input, raw filters.
import lzma, io, os, tempfile
for kw in [dict(mode='r', check=1), dict(mode='r', preset=1), dict(mode='r', format=lzma.FORMAT_RAW), dict(mode='q'), dict(mode='w', format=lzma.FORMAT_AUTO), dict(mode='rb', format=lzma.FORMAT_RAW, filters=[{'id': lzma.FILTER_LZMA2}])]:
    try:
        f = lzma.LZMAFile(io.BytesIO(lzma.compress(b'x')), **kw); print(kw, 'ok', f.read() if f.readable() else '')
    except Exception as e: print(kw, type(e).__name__, e)
for a in [dict(mode='rb', encoding='u'), dict(mode='rt', filters=None), dict(mode='x')]:
    try: lzma.open(io.BytesIO(), **a); print(a, 'ok')
    except Exception as e: print(a, type(e).__name__, e)
for data in (lzma.compress(b'ab')[:-3], b'junk', b''):
    try: lzma.decompress(data)
    except lzma.LZMAError as e: print('LZMAError', e)
print(lzma.decompress(lzma.compress(b'ab') + lzma.compress(b'cd', lzma.FORMAT_ALONE) + b'junk'))
raw = lzma.compress(b'raw data', lzma.FORMAT_RAW, filters=[{'id': lzma.FILTER_LZMA2, 'preset': 1}])
print(lzma.decompress(raw, lzma.FORMAT_RAW, filters=[{'id': lzma.FILTER_LZMA2}]))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.xz')
    with lzma.open(path, 'wt', encoding='utf-8', preset=6) as f:
        f.write('h\xe9llo\nworld\n' * 3)
    with lzma.open(path, 'at') as f:
        f.write('appended\n')
    with lzma.open(path, 'rt', encoding='utf-8') as f:
        print(f.readlines())
    with lzma.LZMAFile(path) as f:
        print(f.read(5), f.peek(1)[:1], f.seekable(), f.seek(0), len(f.read()), f.tell())
    with lzma.LZMAFile(path, 'xb') if False else open(path, 'rb') as raw_file:
        print(lzma.LZMAFile(raw_file).read()[:6])
    try:
        lzma.LZMAFile(path, 'x')
    except FileExistsError as e:
        print('FileExistsError')
print(lzma.is_check_supported(lzma.CHECK_SHA256), lzma.CHECK_CRC64, len(lzma.__all__))
