# CALL specializations: functions whose __code__/__defaults__ change mid-loop, methods
# monkey-patched on the class, __class__ changed, __getattr__ added later, classes whose
# __init__ changes, and built-ins shadowed.
def f(a, b=10):
    return a + b


def g(a, b=20):
    return a * b


def calls(n):
    out = []
    for i in range(n):
        out.append(f(i) if i % 2 else f(i, 1))
        if i == 1100:
            f.__defaults__ = (1000,)
        if i == 2200:
            f.__code__ = g.__code__
    return out[:4], out[1101:1105], out[-4:]


print(calls(3300))


class A:
    def m(self, x):
        return x + 1


class B:
    def m(self, x):
        return x * 100


def methods(n):
    a = A()
    out = []
    for i in range(n):
        out.append(a.m(i))
        if i == 1000:
            A.m = lambda self, x: -x
        if i == 2000:
            a.__class__ = B
        if i == 3000:
            B.__getattr__ = lambda self, name: (lambda x: "ga")
            del B.m
    return out[999:1002], out[1999:2002], out[2999:3002], out[-1]


print(methods(4000))


class P:
    def __init__(self, x):
        self.x = x


def make(n):
    xs = []
    for i in range(n):
        p = P(i)
        xs.append(p.x)
        if i == 1500:
            P.__init__ = lambda self, x: setattr(self, "x", -x)
    return xs[1499:1503], sum(xs)


print(make(3000))


def bound(n):
    m = A().m
    s = 0
    for i in range(n):
        s += m(str(i % 3)) if i > 1500 else m(i)
        if i == 1500:
            m = "abcabc".count
    return s


print(bound(3000))


def builtins_calls(n):
    res = []
    for i in range(n):
        res.append((len([i] * (i % 3)), isinstance(i, int), type(i).__name__))
        if i == 1500:
            globals()["len"] = lambda x: "shadow"
    del globals()["len"]
    return res[1500], res[1501], res[-1]


print(builtins_calls(3000))


class L(list):
    def append(self, x):
        super().append(x * 2)


def appends(lists):
    for lst in lists:
        lst.append(1)
    return [sum(x) for x in lists[-3:]], len(lists)


print(appends([[0]] * 1 + [[] for _ in range(1500)] + [L(), [], L()]))
