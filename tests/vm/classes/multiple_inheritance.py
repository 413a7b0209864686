class Walker:
    def __init__(self, **kw):
        print("Walker init")
        self.legs = kw.pop("legs", 2)
        super().__init__(**kw)
    def move(self): return "walk"
class Swimmer:
    def __init__(self, **kw):
        print("Swimmer init")
        self.fins = kw.pop("fins", 0)
        super().__init__(**kw)
    def move(self): return "swim"
    def dive(self): return "dive"
class Duck(Walker, Swimmer):
    def __init__(self, **kw):
        print("Duck init")
        super().__init__(**kw)
    def move(self):
        return f"{super().move()} and {Swimmer.move(self)}"
d = Duck(legs=2, fins=1)
print(d.legs, d.fins, d.move(), d.dive())
print([c.__name__ for c in Duck.__mro__])
print(isinstance(d, Walker), isinstance(d, Swimmer), issubclass(Duck, (Swimmer,)))
class Base:
    name = "base"
class Left(Base):
    pass
class Right(Base):
    name = "right"
class Bottom(Left, Right):
    pass
print(Bottom.name, Bottom.__bases__[0].__name__)
