# Hot call sites of legacy C functions and methods (specialized in Spry as CALL_LEGACY and
# CALL_LEGACY_METHOD): each convention with and without keywords, argument errors raised
# from a specialized site, and the callable replaced mid-loop by one of another kind.
import callsites as c


def run(label, call, n=40):
    """call(i) for i < n at one site; prints the distinct results in order of appearance."""
    seen = []
    for i in range(n):
        try:
            r = call(i)
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        if r not in seen:
            seen.append(r)
    print(label, seen[:6], len(seen))


run("noargs", lambda i: c.noargs())
run("one", lambda i: c.one(i % 3))
run("fast", lambda i: c.fast(i % 2, "x"))
run("fast_kw", lambda i: c.fast_kw(i % 2, k=i % 3))
run("fast_kw no kw", lambda i: c.fast_kw())
run("varargs", lambda i: c.varargs(i % 2, None))
run("varargs_kw", lambda i: c.varargs_kw(i % 2, a=1, b=i % 2))
run("noargs given one", lambda i: c.noargs(i) if i > 30 else c.noargs())
run("one given kw", lambda i: c.one(x=i) if i > 30 else c.one(i % 2))
run("fast given kw", lambda i: c.fast(1, k=2) if i > 30 else c.fast(1))
# A NULL result without an exception: only the site's first call is compared, since
# CPython's specialized sites word this SystemError differently (docs/LEGACY_API.md).
run("countdown", lambda i: c.countdown(3 - i), n=4)

k = c.Counter(5)
run("get", lambda i: k.get())
run("add", lambda i: k.add(1))
run("fast method", lambda i: k.fast(i % 2, z=3))
run("var method", lambda i: k.var(i % 2, q=i % 2))
run("classmethod", lambda i: k.kind(i % 2))
run("classmethod on type", lambda i: c.Counter.kind(i % 2))
run("get given one", lambda i: k.get(1) if i > 30 else k.get())


class Sub(c.Counter):
    def get(self):
        return "Sub.get"


s = Sub(2)
objs = [k] * 30 + [s] * 10
run("get on a subclass", lambda i: objs[i].get())
run("add on a subclass", lambda i: objs[i].add(0))
mixed = [k] * 30 + [3] * 10
run("get on an int", lambda i: mixed[i].get())


class Shown(c.Counter):
    def __repr__(self):
        return "Shown(%d)" % self.get()


shown = Shown(8)


def py_func(*args, **kwargs):
    return ("py", args, kwargs)


class Holder:
    pass


for name, other in [("python function", py_func), ("builtin", len), ("type", tuple),
                    ("other convention", c.varargs), ("bound legacy method", k.add),
                    ("unbound legacy method", c.Counter.get)]:
    h = Holder()
    h.f = c.one

    def call(i, h=h, other=other):
        if i == 30:
            h.f = other
        try:
            return h.f([i % 2] if i < 30 else shown)
        except TypeError as e:
            return "TypeError: %s" % e

    run("one -> " + name, call)

    def call_kw(i, h=h, other=other):
        if i == 20:
            h.f = other
        try:
            return h.f((1, 2), **{"start": 0} if i % 2 else {})
        except TypeError as e:
            return "TypeError: %s" % e

    h.f = c.fast_kw
    run("fast_kw -> " + name, call_kw)

print("-- a hot site calling a legacy class (CALL_LEGACY_TYPE in Spry), then other callables")


class SubCounter(c.Counter):
    def __init__(self, value=0):
        self.doubled = value * 2


class PyCounter:
    def __init__(self, value=0):
        self.value = value


def counter_value(o):
    return o.get() if hasattr(o, "get") else getattr(o, "value", o)


for name, other in [("another legacy class", c.Counter), ("subclass", SubCounter),
                    ("Python class", PyCounter), ("builtin type", int), ("legacy function", c.one),
                    ("Python function", lambda value=0: -value)]:
    h = Holder()
    h.f = c.Counter

    def make(i, h=h, other=other):
        if i == 25:
            h.f = other
        try:
            r = h.f(i) if i % 3 else h.f(value=i)
        except TypeError as e:
            return "TypeError: %s" % e
        return type(r).__name__, counter_value(r)

    results = [make(i) for i in range(40)]
    print("Counter ->", name, results[22:28], results[-1])
site = Holder()
site.f = c.Counter
for args, kwargs in [((), {}), ((1, 2), {}), ((), {"nope": 1}), (("x",), {}), ((1,), {"value": 2}),
                     ((), {"value": 2 ** 70})] * 12:
    try:
        r = site.f(*args, **kwargs).get()
    except (TypeError, OverflowError) as e:
        r = "%s: %s" % (type(e).__name__, e)
print(r, SubCounter(4).doubled, SubCounter(4).get(), c.Counter(value=9).get())
errs = []
for i in range(30):
    try:
        c.Counter(i, value=i) if i % 2 else c.Counter(str(i))
    except TypeError as e:
        if str(e) not in errs:
            errs.append(str(e))
print(errs)
