# One cached route serves a whole family of classes sharing a shape: every way of making
# the name mean something else for one member must be seen at the next access.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name
        self.legs = 4

    def describe(self):
        return self.name + ":" + str(self.legs)


class Dog(Animal):
    pass


class Bird(Animal):
    def __init__(self, name):
        super().__init__(name)
        self.legs = 2


def names(objs):
    return [o.name for o in objs]


def legs(objs):
    return sum(o.legs for o in objs)


def describe(objs):
    return [o.describe() for o in objs]


family = [Dog("rex"), Bird("tweety"), Animal("generic")] * 20
for _ in range(5):
    names(family), legs(family), describe(family)
print(names(family)[:3], legs(family), describe(family)[:3])

# A property on one member shadows the instance value for that member only.
Bird.name = property(lambda self: "bird!")
print(names(family)[:3])
del Bird.name
print(names(family)[:3])

# A new subclass joins the family later, with its own data descriptor.
class Robot(Animal):
    @property
    def legs(self):
        return 0

    @legs.setter
    def legs(self, v):
        pass

family.append(Robot("r2"))
print(legs(family))

# Overriding a method in one member after the call site specialized.
Dog.describe = lambda self: "woof"
print(describe(family)[:3])

# A plain class-level counter changes without disturbing instance attributes.
for i in range(30):
    Animal.kind = i
    assert names(family)[0] == "rex"
print(Animal.kind, Dog.kind, legs(family[:3]))

# __getattribute__ added to one member.
class Loud(Animal):
    pass

loud = Loud("x")
family.append(loud)
print(names(family)[-1])
Loud.__getattribute__ = lambda self, n: "LOUD"
print(names(family)[-1])

# __class__ assignment inside the family.
d = Dog("fido")
d.__class__ = Bird
print(d.name, d.legs, type(d).__name__, vars(d))
