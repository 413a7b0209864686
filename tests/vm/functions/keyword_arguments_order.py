def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3))
print(f(**{"b": 1, "a": 2}, c=3))
def g(a, b, c):
    return a, b, c
print(g(c=3, a=1, b=2), g(1, c=3, b=2))
def log(msg, *, level="info", **ctx):
    return f"[{level}] {msg} " + " ".join(f"{k}={v}" for k, v in ctx.items())
print(log("start"), log("x", user="bob", id=7, level="warn"))
def evaluated_order():
    def v(tag):
        print("eval", tag)
        return tag
    def target(*a, **k):
        return a, k
    return target(v(1), v(2), k1=v("k1"), *[v(3)], k2=v("k2"), **{"k3": v("k3")})
print(evaluated_order())
try:
    g(1, 2, 3, b=5)
except TypeError as e:
    print("TypeError", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError", e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
