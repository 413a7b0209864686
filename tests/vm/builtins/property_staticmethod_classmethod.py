class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self):
        "celsius"
        return self._c
    @c.setter
    def c(self, v):
        print("setting", v)
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
        self._c = None
    f = property(lambda self: self._c * 9 / 5 + 32)
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def make(cls, v):
        t = cls()
        t.c = v
        return t
t = Temp.make(100)
print(t.c, t.f, Temp.unit(), t.unit(), Temp.c.__doc__)
del t.c
print(t.c)
try:
    t.f = 5
except AttributeError as e:
    print("AttributeError", e)
print(type(Temp.__dict__["unit"]).__name__, type(Temp.__dict__["make"]).__name__, type(Temp.c).__name__)
print(Temp.make.__self__ is Temp, Temp.__dict__["unit"].__func__ is Temp.unit)
p = property()
try:
    p.__get__(t, Temp)
except AttributeError as e:
    print("AttributeError", e)
