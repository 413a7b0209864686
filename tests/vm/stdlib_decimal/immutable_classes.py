# decimal.Decimal and decimal.Context are immutable types: setting or deleting any class
# attribute raises TypeError; their subclasses stay mutable.
import decimal

for cls in (decimal.Decimal, decimal.Context):
    for name in ("__del__", "foo", "quantize", "prec", "__module__", "__doc__", "__name__"):
        for action in ("set", "del"):
            try:
                if action == "set":
                    setattr(cls, name, 1)
                else:
                    delattr(cls, name)
                print(cls.__name__, action, name, "allowed")
            except Exception as e:
                print(cls.__name__, action, name, type(e).__name__, e)

print(decimal.Decimal.__flags__ & (1 << 8) != 0, decimal.Context.__flags__ & (1 << 8) != 0)
print(decimal.Decimal("1.5").quantize(decimal.Decimal("1")), decimal.Context().prec)


class D(decimal.Decimal):
    pass


class C(decimal.Context):
    pass


D.foo = 1
C.bar = 2
print(D.foo, C.bar, D("2.5") + 1, C(prec=5).prec)
del D.foo, C.bar
print(hasattr(D, "foo"), hasattr(C, "bar"))
