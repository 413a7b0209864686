café = "coffee"
π = 3.14159
日本 = "japan"
def größe(ß):
    return ß * 2
print(café, π, 日本, größe(4))
class Ünïcode:
    ñ = 1
print(Ünïcode.ñ, Ünïcode.__name__)
ﬁ = "ligature"
print(fi)
print(sorted(k for k in globals() if not k.startswith("__") and not k.isascii()))
