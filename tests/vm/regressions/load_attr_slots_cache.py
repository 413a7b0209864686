# LOAD_ATTR inline cache for __slots__ members: every change is seen.

class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def get_y(o):
    return o.y

p = P(1, 2)
q = P(3, 4)
for i in range(3):
    print(get_y(p), get_y(q))

# An unset slot raises, then works again once set.
del p.y
try:
    get_y(p)
except AttributeError as e:
    print("AttributeError", e)
p.y = 5
print(get_y(p))

# Subclass with its own slots: the member lives at another offset.
class Q(P):
    __slots__ = ("z",)
    def __init__(self):
        self.z = "z"
        self.y = "q.y"
r = Q()
print(get_y(r), get_y(p), get_y(r))

# A subclass with a __dict__ still finds the slot (a data descriptor).
class R(P):
    pass
s = R(7, 8)
s.__dict__["y"] = "in dict"
print(get_y(s), get_y(s))

# The member replaced on the class.
P.y = property(lambda self: "property")
print(get_y(p), get_y(q))
del P.y
try:
    get_y(p)
except AttributeError as e:
    print("AttributeError", e)

# __getattribute__ added later.
class S:
    __slots__ = ("y",)
s2 = S()
s2.y = "s2"
print(get_y(s2), get_y(s2))
S.__getattribute__ = lambda self, name: "intercepted " + name
print(get_y(s2))
del S.__getattribute__
print(get_y(s2))

# __class__ changed between two slotted classes with the same layout.
class T1:
    __slots__ = ("y",)
class T2:
    __slots__ = ("y",)
    def __getattribute__(self, name):
        return "T2 " + name
o = T1()
o.y = "t1"
print(get_y(o), get_y(o))
o.__class__ = T2
print(get_y(o))
