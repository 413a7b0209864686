print(ascii("plain"), ascii("é"), ascii("日本"), ascii("🐍"), ascii(["ü", 1]), ascii(b"\xff"))
print(ascii("\n\t"), ascii("'"), ascii(None), ascii(1.5))
class C:
    def __repr__(self): return "Ç"
print(ascii(C()), repr(C()))
for v in [0, 1, -1, 255, -255, 2 ** 64]:
    print(bin(v), oct(v), hex(v))
class I:
    def __index__(self): return 10
print(bin(I()), oct(I()), hex(I()))
for f in (bin, oct, hex):
    try:
        f(1.5)
    except TypeError as e:
        print("TypeError", e)
