# Newline handling of TextIOWrapper: universal newlines, newline='', '\n', '\r', '\r\n'.
fn = 'io_scratch_newlines_text.tmp'
with open(fn, 'wb') as f:
    f.write(b'a\r\nb\rc\nd\r')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(fn, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, repr(f.newlines))
    with open(fn, newline=nl) as f:
        print(repr(nl), repr(f.read()), repr(f.newlines))
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(fn, 'w', newline=nl) as f:
        f.write('x\ny\r\nz\r')
    with open(fn, 'rb') as f:
        print('write', repr(nl), f.read())
# '\r\n' split across reads
with open(fn, 'wb') as f:
    f.write(b'x' * 8191 + b'\r\n' + b'tail\r')
with open(fn) as f:
    lines = f.readlines()
    print(len(lines), [len(l) for l in lines], repr(lines[-1]))
with open(fn, newline='') as f:
    lines = f.readlines()
    print(len(lines), [len(l) for l in lines], repr(lines[1]))
with open(fn) as f:
    s = f.read(8192)
    print(len(s), repr(s[-2:]), repr(f.read(1)), repr(f.read()))
