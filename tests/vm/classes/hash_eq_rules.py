class EqNoHash:
    def __eq__(self, o): return True
print(EqNoHash.__hash__ is None)
class EqAndHash:
    def __eq__(self, o): return True
    def __hash__(self): return 1
print(hash(EqAndHash()))
class Plain: pass
p = Plain()
print(hash(p) == hash(p), Plain.__hash__ is object.__hash__)
class Parent:
    def __eq__(self, o): return True
    def __hash__(self): return 7
class Child(Parent):
    def __eq__(self, o): return False
print(Child.__hash__ is None)
class Child2(Parent):
    pass
print(hash(Child2()))
class KeepHash(Parent):
    def __eq__(self, o): return False
    __hash__ = Parent.__hash__
print(hash(KeepHash()))
s = {EqAndHash(), EqAndHash()}
print(len(s))
class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return self.k == o.k
    def __hash__(self): return hash(self.k)
d = {Key(1): "one"}
print(d[Key(1)], Key(2) in d)
try:
    {EqNoHash()}
except TypeError as e:
    print("TypeError", e)
