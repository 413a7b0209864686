# vars() and __dict__ of instances: identity, mutation through either view, replacement,
# deletion, and the errors of bad assignments.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
d = p.__dict__
print(d is vars(p), d is p.__dict__, type(d).__name__, d)
d["z"] = 3
print(p.z, list(vars(p)))
p.w = 4
print(d, "w" in d)
del d["x"]
print(hasattr(p, "x"), d)
p.x = 5
print(list(d.items()))
d.clear()
print(vars(p), hasattr(p, "y"))
p.y = 6
print(d)

q = P(1, 2)
q.__dict__ = {"a": 1, "b": 2}
print(vars(q), hasattr(q, "x"), q.a)
q.c = 3
print(vars(q))
nd = {"k": "v"}
q.__dict__ = nd
q.m = 1
print(nd, q.__dict__ is nd)
del q.__dict__
print(vars(q))
q.x = 7
print(vars(q), q.x)

r = P(1, 2)
try:
    r.__dict__ = [1, 2]
except TypeError as exc:
    print("TypeError", exc)
print(vars(r))


class D(dict):
    pass


s = P(1, 2)
s.__dict__ = D(a=1)
s.b = 2
print(type(s.__dict__).__name__, sorted(s.__dict__.items()))

# the dict is taken from inline values mid-way through a loop
objs = [P(i, i * 2) for i in range(5)]
total = 0
for i, o in enumerate(objs):
    if i == 2:
        o.__dict__["x"] = 100
    total += o.x + o.y
print(total)

# a dict obtained earlier stays the live one
t = P(1, 2)
dd = vars(t)
t.x = 10
del t.y
t.y = 20
print(dd, dd is vars(t))
print(P(3, 4).__dict__ == {"x": 3, "y": 4}, vars(P(5, 6)) == dict(x=5, y=6))
