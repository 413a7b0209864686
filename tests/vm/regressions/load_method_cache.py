# LOAD_METHOD inline cache: method replaced, shadowed by the instance, class changed.

class A:
    def m(self):
        return "A.m"

class Slotted:
    __slots__ = ()
    def m(self):
        return "Slotted.m"

def call_m(o):
    return o.m()

a = A()
for i in range(3):
    print(call_m(a))
a.m = lambda: "instance m"          # the instance dict shadows the method
print(call_m(a))
del a.m
print(call_m(a))
A.m = lambda self: "replaced"        # the method replaced on the class
print(call_m(a))
A.m = staticmethod(lambda: "static")
print(call_m(a))
del A.m
try:
    call_m(a)
except AttributeError as e:
    print("AttributeError", e)

class B(A):
    pass
A.m = lambda self: "A.m again"
b = B()
print(call_m(b), call_m(b))
B.m = lambda self: "B.m"             # the subclass overrides later
print(call_m(b))
A.m = lambda self: "A.m third"
print(call_m(b), call_m(a))

s = Slotted()
print(call_m(s), call_m(s))
Slotted.m = lambda self: "Slotted replaced"
print(call_m(s))

class C:
    def m(self):
        return "C.m"
class D:
    def m(self):
        return "D.m"
c = C()
print(call_m(c), call_m(c))
c.__class__ = D
print(call_m(c))
C.__getattribute__ = lambda self, name: (lambda: "getattribute " + name)
c2 = C()
print(call_m(c2))
del C.__getattribute__
print(call_m(c2))

# Objects of other kinds at the same site.
for o in ([], a, s, "x", c2):
    try:
        print(call_m(o))
    except AttributeError as e:
        print("AttributeError", e)
