"""Class-heavy simulation: an ecosystem of plants, herbivores and predators on a
wrapping grid. Exercises instance attributes, inheritance, super(), properties,
method calls, class attributes and isinstance checks.

Usage: class_sim.py [ticks]   (default 150)
"""
import sys


class Rng:
    def __init__(self, seed):
        self.s = seed

    def randint(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.s >> 33) % n


class Entity:
    next_id = 0

    def __init__(self, world, x, y, energy):
        Entity.next_id += 1
        self.id = Entity.next_id
        self.world = world
        self.x = x
        self.y = y
        self.energy = energy
        self.age = 0
        self.alive = True

    @property
    def position(self):
        return (self.x, self.y)

    def tick(self):
        self.age += 1
        self.energy -= self.metabolism
        if self.energy <= 0 or self.age > self.max_age:
            self.die()

    def die(self):
        self.alive = False


class Plant(Entity):
    metabolism = -1
    max_age = 60

    def tick(self):
        super().tick()
        if self.alive and self.energy > 8 and self.world.rng.randint(6) == 0:
            self.world.spawn_near(Plant, self, 3)
            self.energy -= 4


class Animal(Entity):
    speed = 1
    food = ()
    litter_energy = 20

    def move(self):
        w = self.world
        for _ in range(self.speed):
            dx = w.rng.randint(3) - 1
            dy = w.rng.randint(3) - 1
            self.x = (self.x + dx) % w.size
            self.y = (self.y + dy) % w.size

    def tick(self):
        self.move()
        prey = self.world.find_food(self)
        if prey is not None:
            self.eat(prey)
        super().tick()
        if self.alive and self.energy > self.litter_energy * 2:
            self.energy -= self.litter_energy
            self.world.spawn_near(type(self), self, self.litter_energy)

    def eat(self, prey):
        gain = min(prey.energy, self.bite)
        prey.energy -= gain
        self.energy += gain
        if prey.energy <= 0:
            prey.die()


class Herbivore(Animal):
    metabolism = 1
    max_age = 80
    food = (Plant,)
    bite = 5


class Predator(Animal):
    metabolism = 2
    max_age = 120
    speed = 2
    food = (Herbivore,)
    bite = 15
    litter_energy = 40


class World:
    def __init__(self, size, seed):
        self.size = size
        self.rng = Rng(seed)
        self.entities = []
        self.births = 0
        self.grid = {}

    def populate(self, cls, count, energy):
        for _ in range(count):
            self.entities.append(cls(self, self.rng.randint(self.size), self.rng.randint(self.size), energy))

    def spawn_near(self, cls, parent, energy):
        x = (parent.x + self.rng.randint(3) - 1) % self.size
        y = (parent.y + self.rng.randint(3) - 1) % self.size
        self.newborn.append(cls(self, x, y, energy))
        self.births += 1

    def find_food(self, animal):
        for other in self.grid.get(animal.position, ()):
            if other.alive and other is not animal and isinstance(other, animal.food):
                return other
        return None

    def step(self):
        self.newborn = []
        self.grid = {}
        for e in self.entities:
            self.grid.setdefault(e.position, []).append(e)
        for e in self.entities:
            if e.alive:
                e.tick()
        self.entities = [e for e in self.entities if e.alive] + self.newborn
        if len(self.entities) > 4000:
            self.entities = self.entities[:4000]

    def census(self):
        counts = {"Plant": 0, "Herbivore": 0, "Predator": 0}
        for e in self.entities:
            counts[type(e).__name__] += 1
        return counts


def main():
    ticks = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    world = World(40, 7)
    world.populate(Plant, 600, 10)
    world.populate(Herbivore, 150, 30)
    world.populate(Predator, 20, 60)
    history = []
    for t in range(ticks):
        world.step()
        if t % 25 == 0:
            history.append(tuple(world.census().values()))
    energy = sum(e.energy for e in world.entities)
    print(f"history: {history}")
    print(f"checksum: class_sim ticks={ticks} census={world.census()} births={world.births} "
          f"energy={energy} ids={Entity.next_id}")


if __name__ == "__main__":
    main()
