class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        print(f"__set_name__ {owner.__name__}.{name}")
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        print(f"set {self.name} = {value!r}")
        setattr(obj, self.private, value)
class Model:
    x = Field(0)
    y = Field("why")
m = Model()
print(m.x, m.y)
m.x = 10
print(m.x, m._x, type(Model.x).__name__, Model.x.name)
class Later:
    pass
f = Field(1)
Later.z = f
print(hasattr(f, "name"))
f.__set_name__(Later, "z")
l = Later()
l.z = 5
print(l.z)
