class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return f"Base(x={self.x})"
    @classmethod
    def create(cls):
        return cls(0)
    @staticmethod
    def util():
        return "util"
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return "Child:" + super().describe() + f",y={self.y}"
    @classmethod
    def create(cls):
        obj = super().create.__func__(cls) if False else None
        return f"Child.create -> {cls.__name__}"
    def call_util(self):
        return super().util()
c = Child(1, 2)
print(c.describe(), Child.create(), c.call_util())
class GrandChild(Child):
    def describe(self):
        return "Grand:" + super().describe()
print(GrandChild(5, 6).describe())
class WithClassCell:
    def get_class(self):
        return __class__
print(WithClassCell().get_class().__name__)
class Sub(WithClassCell): pass
print(Sub().get_class().__name__)
def outside(self):
    return super(Child, self).describe()
Child.outside = outside
print(c.outside())
