class P:
    z = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def m(self): pass
p = P()
print(vars(p), sorted(vars(P).keys() - {"__dict__", "__weakref__", "__doc__", "__module__"}))
p.c = 3
print(vars(p))
vars(p)["d"] = 4
print(p.d)
d = dir(p)
print([n for n in d if not n.startswith("__")], d == sorted(d))
print("append" in dir([]), "upper" in dir(""), "__add__" in dir(1))
class Custom:
    def __dir__(self): return ["zeta", "alpha", "mid"]
print(dir(Custom()))
try:
    vars(1)
except TypeError as e:
    print("TypeError", e)
def f():
    local_var = 5
    other = "x"
    return sorted(dir())
print(f())
