# Copying instances: __getstate__ gives the live instance dict (None when empty) with the
# attributes in order whatever their storage, and copies get their own attributes.
import copy


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, [2])
print(p.__getstate__(), P.__new__(P).__getstate__())
c = copy.copy(p)
print(type(c).__name__, vars(c), c.y is p.y, vars(c) is vars(p))
c.x = 10
print(p.x, c.x)
dc = copy.deepcopy(p)
print(vars(dc), dc.y is p.y)
q = P(3, 4)
del q.x
q.z = 5
print(copy.copy(q).__dict__, q.__getstate__())
s = P(5, 6)
st = s.__getstate__()
st["x"] = 99
print(s.x, st, st is vars(s))


class WithState(P):
    def __getstate__(self):
        return {"only": self.x}

    def __setstate__(self, state):
        self.restored = state["only"]


ws = copy.copy(WithState(7, 8))
print(vars(ws))
e = P.__new__(P)
e.__dict__.update(x=1, y=2)
print(vars(copy.copy(e)), e.x + e.y)
