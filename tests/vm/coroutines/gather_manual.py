class Yield:
    def __await__(self):
        yield
class Task:
    def __init__(self, coro):
        self.coro, self.done, self.result = coro, False, None
    def step(self):
        try:
            self.coro.send(None)
        except StopIteration as e:
            self.done, self.result = True, e.value
class Gather:
    def __init__(self, *coros):
        self.tasks = [Task(c) for c in coros]
    def __await__(self):
        while not all(t.done for t in self.tasks):
            for t in self.tasks:
                if not t.done:
                    t.step()
            yield
        return [t.result for t in self.tasks]
async def count(name, n):
    for i in range(n):
        print(f"{name}:{i}")
        await Yield()
    return f"{name} x{n}"
async def main():
    results = await Gather(count("a", 2), count("b", 3), count("c", 1))
    return results
m = main()
rounds = 0
try:
    while True:
        m.send(None)
        rounds += 1
except StopIteration as e:
    print(e.value, rounds)
