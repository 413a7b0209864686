# Exception classes with a Python __init__ are instantiated with __init__ run inline
# (BaseException.__new__ makes the instance): args, attributes, errors from __init__,
# and the class changing under a hot call site (new __init__, a __new__, bases).


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


class NoSuper(AppError):
    def __init__(self, a, b):
        self.total = a + b


class Returns(Exception):
    def __init__(self, v):
        return v


class Fails(Exception):
    def __init__(self, v):
        raise ValueError(f"bad {v}")


def make(cls, *args):
    return cls(*args)


out = []
for i in range(60):
    e = NotFound(i)
    out.append((e.args, e.key, str(e), repr(e), e.__traceback__, e.__cause__))
print(out[0], out[-1], len(out))
n = NoSuper(2, 3)
print(n.args, n.total, str(n), repr(n))
for i in range(40):
    try:
        raise NotFound(i) from None
    except AppError as e:
        last = (e.key, e.args, e.__suppress_context__)
print(last)
for cls, args in ((Returns, (None,)), (Returns, (5,)), (Fails, (1,)), (NotFound, ()),
                  (NotFound, (1, 2)), (NoSuper, (1,))):
    for i in range(3):
        try:
            r = make(cls, *args)
            print(cls.__name__, "ok", r.args)
        except Exception as e:
            print(cls.__name__, type(e).__name__, e)

# keywords take the generic call
try:
    NotFound(key=3)
except TypeError as e:
    print("TypeError", e)


# the class changes at a hot site
class Hot(Exception):
    def __init__(self, v):
        super().__init__(v, "hot")


def hot(i):
    return Hot(i)


for i in range(100):
    if i == 30:
        Hot.__init__ = lambda self, v: Exception.__init__(self, "replaced", v)
    if i == 60:
        def new(cls, v):
            obj = Exception.__new__(cls, "from new")
            obj.extra = v
            return obj
        Hot.__new__ = new
    if i == 80:
        del Hot.__new__
    h = hot(i)
    if i % 10 == 0:
        print(i, h.args, getattr(h, "extra", None))


# built-in exceptions with their own __new__ and a Python __init__
class MyOSError(OSError):
    def __init__(self, *args):
        super().__init__(*args)
        self.seen = len(args)


for i in range(30):
    o = MyOSError(2, "No such file", "x.txt")
print(type(o).__name__, o.errno, o.strerror, o.filename, o.seen, o.args)
f = FileNotFoundError(2, "gone")
print(type(f).__name__, f.errno, f.args)


class MyKeyError(KeyError):
    def __init__(self, k):
        super().__init__(k)
        self.k = k


for i in range(30):
    k = MyKeyError("a")
print(str(k), repr(k), k.k)


class Stop(StopIteration):
    def __init__(self, v):
        super().__init__(v)


for i in range(30):
    s = Stop(i)
print(s.value, s.args)
