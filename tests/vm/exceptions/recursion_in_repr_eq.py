class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"
try:
    repr(Loop())
except RecursionError as e:
    print("RecursionError from __repr__:", "maximum recursion depth exceeded" in str(e))
class SelfEq:
    def __eq__(self, other):
        return self == other
try:
    SelfEq() == SelfEq()
except RecursionError:
    print("RecursionError from __eq__")
class Str:
    def __str__(self):
        return str(self)
try:
    print(Str())
except RecursionError:
    print("RecursionError from __str__")
class Attr:
    def __getattr__(self, name):
        return self.missing
try:
    Attr().x
except RecursionError:
    print("RecursionError from __getattr__")
nested = []
cur = nested
for _ in range(100):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(len(repr(nested)))
l = [1]
l.append(l)
print(repr(l), l == l)
print("still running")
