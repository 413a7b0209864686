import struct, random
r = random.Random(777)
codes = 'xcbB?hHiIlLqQnNefdsp'
vals = [0, 1, -1, 255, 256, -129, 65535, 2**31, -2**31 - 1, 2**63, 2**64, 1.5, -0.0, 1e40, b'a', b'abc', b'', 'str', None, True]
for i in range(3000):
    order = r.choice(['', '@', '=', '<', '>', '!'])
    items = []
    for _ in range(r.randint(0, 4)):
        c = r.choice(codes)
        if c in 'nN' and order not in ('', '@'):
            c = 'q'
        cnt = r.choice(['', '', '2', '0', '3'])
        if c == 'p' and cnt == '0':
            cnt = '1'
        items.append(cnt + c)
    fmt = order + ''.join(items)
    try:
        size = struct.calcsize(fmt)
    except struct.error as e:
        print(fmt, 'calcsize error', e)
        continue
    s = struct.Struct(fmt)
    n = len(s.unpack(b"\0" * size))
    args = []
    for _ in range(n):
        args.append(r.choice(vals))
    try:
        b = s.pack(*args)
        print(fmt, size, b.hex(), s.unpack(b))
    except Exception as e:
        print(fmt, size, type(e).__name__, e)
    raw = bytes(r.randrange(256) for _ in range(size))
    try:
        print(' ', s.unpack(raw))
    except Exception as e:
        print(' ', type(e).__name__, e)
