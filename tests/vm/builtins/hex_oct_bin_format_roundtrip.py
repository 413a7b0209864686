for v in [0, 5, -5, 255, 4096, -4096, 2 ** 40 + 7, -(2 ** 70)]:
    h, o, b = hex(v), oct(v), bin(v)
    print(v, h, o, b, int(h, 16) == v, int(o, 8) == v, int(b, 2) == v, int(h, 0) == v)
    print(format(v, "x"), format(v, "#o"), format(v, "b"), f"{v:#010x}", f"{v:_b}")
