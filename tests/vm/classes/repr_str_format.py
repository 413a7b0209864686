class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __str__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        if spec == "cents":
            return f"{self.cents}c"
        return format(str(self), spec)
m = Money(1234)
print(m, repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m:cents}", f"{m:>10}|", "{0} {0!r} {0:cents}".format(m))
print("%s %r" % (m, m))
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
print(str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))
class OnlyStr:
    def __str__(self): return "OnlyStr-str"
o = OnlyStr()
print(str(o), repr(o).startswith("<__main__.OnlyStr object at "))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
class ReprRaises:
    def __repr__(self): raise ValueError("repr failed")
try:
    print([ReprRaises()])
except ValueError as e:
    print("ValueError", e)
