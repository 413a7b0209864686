class Empty: pass

class WithDoc:
    "doc"

class Point:
    x: int = 0
    y: int = 0

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    @property
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @staticmethod
    def origin():
        return Point()

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)

class Derived(Point, metaclass=Meta, flag=True):
    class Inner:
        class Innermost:
            pass

@decorator
@other(1, 2)
class Decorated(Base):
    pass

class Generic(Base[int], Other["str"]):
    pass
