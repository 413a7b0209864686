# Attribute sites that see instances of several subclasses of one base (a scheduler's
# task kinds) stay specialized: the subclasses share the base's shape, and a class-level
# counter updated on every instantiation does not invalidate the instance caches (the
# one deopt allowed is `Task.created` itself, a class attribute that keeps changing).
# expect: LOAD_ATTR deopt <= 1
# expect: STORE_ATTR deopt == 0
# expect: LOAD_ATTR as:LOAD_ATTR_SHAPE_VALUE >= 4
# expect: STORE_ATTR as:STORE_ATTR_SHAPE_VALUE >= 4
class Task:
    created = 0

    def __init__(self, ident, work):
        Task.created += 1
        self.ident = ident
        self.work = work
        self.done = 0

    def step(self):
        self.done += self.work
        return self.done


class Fast(Task):
    pass


class Slow(Task):
    def __init__(self, ident):
        super().__init__(ident, 1)


class Idle(Task):
    def step(self):
        return self.done


def run(tasks, rounds):
    total = 0
    for _ in range(rounds):
        for task in tasks:
            total += task.step() + task.ident
    return total


tasks = [Fast(1, 3), Slow(2), Idle(3, 0), Fast(4, 5)]
print(run(tasks, 3000), Task.created)
print(run([Slow(i) for i in range(100)], 30), Task.created)
