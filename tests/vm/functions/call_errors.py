def f(a, b, c=3, *, d): pass
def g(a): pass
def h(*, k): pass
def n(): pass
calls = [
    lambda: f(1, d=4),
    lambda: f(1, 2, 3, 4, d=4),
    lambda: f(1, 2),
    lambda: f(1, 2, d=4, e=5),
    lambda: f(1, 2, a=1, d=4),
    lambda: g(),
    lambda: g(1, 2),
    lambda: h(1),
    lambda: h(),
    lambda: n(1),
    lambda: n(x=1),
    lambda: g(**{"a": 1, "b": 2}),
    lambda: g(*[1], a=1),
    lambda: f(*1),
    lambda: f(**1),
]
for c in calls:
    try:
        c()
        print("ok")
    except TypeError as e:
        print("TypeError", e)
