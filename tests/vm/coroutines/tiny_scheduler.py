class Sleep:
    def __init__(self, ticks): self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)
class Scheduler:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda x: (x[0], x[1]))
                wake, _, name, coro = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, coro))
                continue
            name, coro = self.ready.pop(0)
            try:
                cmd = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"t={self.now} {name} finished -> {e.value}")
                continue
            if cmd[0] == "sleep":
                self.sleeping.append((self.now + cmd[1], len(self.sleeping) + self.now * 100, name, coro))
sched = Scheduler()
async def job(name, delays):
    total = 0
    for d in delays:
        print(f"t={sched.now} {name} sleeps {d}")
        await Sleep(d)
        total += d
    return total
sched.spawn("A", job("A", [3, 1]))
sched.spawn("B", job("B", [1, 1, 1]))
sched.spawn("C", job("C", [5]))
sched.run()
print(sorted(sched.results.items()), sched.now)
