class Meta(type):
    meta_attr = "from metaclass"
    def meta_method(cls):
        return f"meta_method on {cls.__name__}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __len__(cls):
        return 99
class C(metaclass=Meta):
    class_attr = "from class"
print(C.meta_attr, C.meta_method(), C.upper_name, C.class_attr, repr(C), len(C))
c = C()
print(c.class_attr, hasattr(c, "meta_attr"), hasattr(c, "meta_method"))
class D(C):
    meta_attr = "class shadows metaclass"
print(D.meta_attr, type(D).meta_attr, D.upper_name)
print(type(C) is Meta, isinstance(C, Meta), isinstance(c, Meta))
class AutoProps(type):
    def __new__(mcls, name, bases, ns):
        for field in ns.get("fields", ()):
            ns[field] = property(lambda self, f=field: self._data.get(f, f"<no {f}>"))
        return super().__new__(mcls, name, bases, ns)
class Rec(metaclass=AutoProps):
    fields = ("a", "b")
    def __init__(self, **kw):
        self._data = kw
r = Rec(a=1)
print(r.a, r.b)
