# Decoding incrementally: multi-byte characters split across chunk boundaries, tell/seek.
fn = 'io_scratch_text_encoding_chunks.tmp'
text = ('a' * 8190) + '€é漢😀' + 'z\n' + '😀' * 3000 + '\nend'
with open(fn, 'w', encoding='utf-8') as f:
    f.write(text)
with open(fn, encoding='utf-8') as f:
    s = f.read()
print(s == text, len(s))
with open(fn, encoding='utf-8') as f:
    lines = f.readlines()
print(len(lines), [len(l) for l in lines])
with open(fn, encoding='utf-8') as f:
    parts = []
    while True:
        c = f.read(1000)
        if not c:
            break
        parts.append(c)
print(''.join(parts) == text, len(parts))
with open(fn, encoding='utf-8') as f:
    f.read(8190)
    pos = f.tell()
    print(pos, repr(f.read(3)))
    f.seek(pos)
    print(repr(f.read(2)), f.tell())
    print(repr(f.readline()), f.tell())
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-8-sig', 'latin-1', 'ascii']:
    with open(fn, 'w', encoding=enc) as f:
        f.write('abc\n')
        f.write('d\n' if enc in ('latin-1', 'ascii') else 'dé😀\n')
    with open(fn, 'rb') as f:
        raw = f.read()
    with open(fn, encoding=enc) as f:
        print(enc, len(raw), raw[:6], f.readline() == 'abc\n', repr(f.readline()), f.encoding)
with open(fn, 'wb') as f:
    f.write(b'ok\xff\xfebad')
try:
    open(fn, encoding='utf-8').read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.start, e.end, e.reason)
print(repr(open(fn, errors='replace').read()))
print(repr(open(fn, errors='ignore').read()))
print(ascii(open(fn, errors='surrogateescape').read()))
