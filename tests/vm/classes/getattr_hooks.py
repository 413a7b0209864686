class Dyn:
    def __init__(self): self.real = "real value"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("virt_"):
            return name[5:].upper()
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real)
print(d.virt_abc)
try:
    d.other
except AttributeError as e:
    print("AttributeError", e)
print(getattr(d, "missing", "fallback"), hasattr(d, "virt_x"))
class Spy:
    def __init__(self): self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("__getattribute__", name)
        return object.__getattribute__(self, name)
    def method(self): return "m"
s = Spy()
print(s.a, s.method())
class Both:
    x = 1
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"
b = Both()
print(b.x, b.boom, b.nothing)
