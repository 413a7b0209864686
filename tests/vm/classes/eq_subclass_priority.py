class Base:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        print(f"Base.__eq__({type(self).__name__}, {type(other).__name__})")
        return NotImplemented
class Derived(Base):
    def __eq__(self, other):
        print(f"Derived.__eq__({type(self).__name__}, {type(other).__name__})")
        return isinstance(other, Base) and self.v == other.v
b, d = Base(1), Derived(1)
print(b == d)
print(d == b)
print(b != d)
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("Lt.__lt__")
        return NotImplemented
class Gt(Lt):
    def __gt__(self, o):
        print("Gt.__gt__")
        return True
print(Lt(1) < Gt(2))
print(Gt(1) > Lt(2))
