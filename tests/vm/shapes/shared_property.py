# A property read through one site for every class sharing a shape; then one member
# overrides it, replaces it with a plain attribute, or its getter changes.
class Entity:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def position(self):
        return (self.x, self.y)


class Plant(Entity):
    pass


class Animal(Entity):
    pass


def positions(objs):
    return [o.position for o in objs]


objs = [Plant(1, 2), Animal(3, 4), Entity(5, 6)] * 30
for _ in range(5):
    positions(objs)
print(positions(objs)[:3])

Animal.position = property(lambda self: "moving")
print(positions(objs)[:3])
del Animal.position
print(positions(objs)[:3])

Entity.position.__init__(lambda self: self.x * 100)   # same property object, new getter
print(positions(objs)[:3])

class Robot(Entity):
    position = "fixed"                                # a plain class attribute

objs.append(Robot(0, 0))
print(positions(objs)[-4:])
