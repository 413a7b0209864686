class Tag(str):
    def __new__(cls, value, kind="plain"):
        obj = super().__new__(cls, value.upper())
        obj.kind = kind
        return obj
    def describe(self):
        return f"{self.kind}:{self}"
t = Tag("hello", "greeting")
print(t, repr(t), t.kind, t.describe(), len(t), t[1:3], type(t[1:3]).__name__)
print(t + "!", type(t + "!").__name__, t.lower(), type(t.lower()).__name__)
print(t == "HELLO", "HELLO" == t, isinstance(t, str), t in {"HELLO": 1})
print({t: 1}["HELLO"])
class Loud(str):
    def __str__(self):
        return "LOUD"
    def __repr__(self):
        return "Loud()"
    def __eq__(self, other):
        return str.__eq__(self.lower(), str(other).lower())
    __hash__ = str.__hash__
l = Loud("x")
print(str(l), repr(l), f"{l}", "%s" % l, l == "X", l + "y", print is not None)
print("".join([Tag("a"), Tag("b")]), "-".join(Loud(c) for c in "ab"))
