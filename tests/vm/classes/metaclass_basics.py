class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = "Meta"
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kw)
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("Meta.__prepare__", name)
        return {"injected": 42}
class Thing(metaclass=Meta, flag=True):
    a = 1
    def method(self): return "m"
    def __init__(self, v):
        print("Thing.__init__", v)
        self.v = v
t = Thing(7)
print(t.v, t.created_by, Thing.injected, type(Thing).__name__)
class SubThing(Thing):
    b = 2
print(type(SubThing).__name__, SubThing.created_by)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
