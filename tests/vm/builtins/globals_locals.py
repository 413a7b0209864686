gv = "global value"
g = globals()
print(g["gv"], "gv" in g, g is globals(), g["__name__"])
g["injected"] = 123
print(injected)
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))
def g2():
    x = 1
    before = sorted(locals())
    y = 2
    return before, sorted(locals())
print(g2())
class K:
    p = 1
    q = sorted(k for k in locals() if not k.startswith("__"))
print(K.q)
print(locals() is globals())
