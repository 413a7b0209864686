vals = [0, 7, -7, 2 ** 31 - 1, -(2 ** 31), 2 ** 62 - 1, 2 ** 62, -(2 ** 62), -(2 ** 62) - 1,
        2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64, 10 ** 18, 10 ** 19, 10 ** 50 + 1, -(3 ** 99)]
for v in vals:
    s = str(v)
    h = hex(v)
    o = oct(v)
    b = bin(v)
    ok = int(s) == v and int(h, 16) == v and int(o, 8) == v and int(b, 2) == v and int(h, 0) == v
    print(s, len(s), ok)
print(repr(2 ** 64) == str(2 ** 64))
print(int(str(2 ** 200)[::-1]))
