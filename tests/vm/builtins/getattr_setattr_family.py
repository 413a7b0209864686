class Obj:
    cls_attr = "class level"
    def __init__(self):
        self.x = 1
o = Obj()
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "missing", "default"), getattr(Obj, "cls_attr"))
setattr(o, "y", 2)
setattr(o, "x", 10)
print(o.x, o.y, hasattr(o, "y"), hasattr(o, "nope"), hasattr(Obj, "y"))
delattr(o, "y")
print(hasattr(o, "y"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError", e)
try:
    setattr(1, "x", 1)
except AttributeError as e:
    print("AttributeError", e)
class Raiser:
    @property
    def p(self):
        raise ValueError("not attribute error")
try:
    hasattr(Raiser(), "p")
except ValueError as e:
    print("ValueError propagates from hasattr:", e)
setattr(o, "with space", 3)
print(getattr(o, "with space"), sorted(vars(o)))
print(getattr(len, "__name__"), getattr([], "append").__name__)
