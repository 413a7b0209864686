def show(*args, **kwargs):
    return f"args={args} kwargs={sorted(kwargs.items())}"
print(show())
print(show(1, 2))
print(show(a=1, b=2))
print(show(1, *[2, 3], x=4, **{"y": 5}))
def mixed(a, b, *rest, key=None, **extra):
    return a, b, rest, key, extra
print(mixed(1, 2))
print(mixed(1, 2, 3, 4, key="k", z=26))
print(mixed(*range(5), **{"key": 0}))
def kw_only(*, name, greeting="hi"):
    return f"{greeting} {name}"
print(kw_only(name="x"), kw_only(greeting="yo", name="y"))
def forward(*args, **kwargs):
    return mixed(*args, **kwargs)
print(forward(9, 8, 7, key="fwd"))
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(*"abc", **dict.fromkeys("xyz")))
def modifies(**kw):
    kw["added"] = True
    return kw
orig = {"a": 1}
print(modifies(**orig), orig)
