class Tracked:
    def __init__(self):
        self.history = []
        self.x = 1
    def __setattr__(self, name, value):
        if name != "history":
            self.history.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.history.append(("del", name))
        object.__delattr__(self, name)
t = Tracked()
t.y = 2
t.x = 3
del t.y
print(t.history, vars(t).keys() - {"history"})
class ReadOnly:
    __slots__ = ("_v",)
    def __init__(self, v):
        object.__setattr__(self, "_v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"{name} is read-only")
    def __delattr__(self, name):
        raise AttributeError("cannot delete")
r = ReadOnly(5)
print(r._v)
try:
    r._v = 6
except AttributeError as e:
    print("AttributeError", e)
try:
    del r._v
except AttributeError as e:
    print("AttributeError", e)
class Upper:
    def __setattr__(self, name, value):
        super().__setattr__(name.upper(), value)
u = Upper()
u.abc = 1
print(vars(u), u.ABC)
