class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
    def double(self):
        return MyInt(self * 2)

m = MyInt(21)
print(m, repr(m), m + 1, type(m + 1).__name__, m.double(), type(m.double()).__name__)
print(isinstance(m, int), m == 21, hash(m) == hash(21))
print(MyInt("ff", 16), MyInt(2 ** 70), MyInt(-5).bit_length())
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-9), type(Pos(-9)).__name__)
class AddTrace(int):
    def __add__(self, other):
        print("AddTrace.__add__")
        return int(self) + other + 1000
    def __radd__(self, other):
        print("AddTrace.__radd__")
        return other + int(self) + 2000
a = AddTrace(1)
print(a + 1, 1 + a, a + a)
print(sorted([MyInt(3), 1, MyInt(2)]))
print(int(MyInt(5)).__class__.__name__, bool(MyInt(0)))
print(f"{MyInt(255):x}", str(MyInt(7)))
