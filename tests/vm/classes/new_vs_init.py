class Tracer:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        return super().__new__(cls)
    def __init__(self, x, y=0):
        print("__init__", x, y)
        self.x, self.y = x, y
t = Tracer(1, y=2)
print(t.x, t.y)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("creating instance")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init called")
s1, s2 = Singleton(), Singleton()
print(s1 is s2)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never printed")
print(ReturnsOther())
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError", e)
class NoInitArgs:
    pass
try:
    NoInitArgs(1)
except TypeError as e:
    print("TypeError", e)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(3, 4)
print(p, p.x, len(p), isinstance(p, tuple))
