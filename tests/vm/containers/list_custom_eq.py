class Loose:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        print(f"eq({self.v}, {getattr(other, 'v', other)})")
        return getattr(other, "v", other) == self.v
    def __repr__(self): return f"L{self.v}"
items = [Loose(1), Loose(2), Loose(3)]
print(2 in items)
print(items.count(3))
print(items.index(3))
items.remove(2)
print(items)
print([Loose(1)] == [Loose(1)])
x = Loose(9)
lst = [x]
print(x in lst, lst.count(x), lst == [x])
class NeverEq:
    def __eq__(self, other): return False
n = NeverEq()
print(n in [n], [n] == [n], [n].count(n), (n,) == (n,))
