class Channel:
    def __init__(self):
        self.items = []
        self.closed = False
    def put(self, v):
        self.items.append(v)
    async def get(self):
        while not self.items:
            if self.closed:
                return None
            await Wait()
        return self.items.pop(0)
class Wait:
    def __await__(self):
        yield
def loop(tasks):
    order = []
    queue = list(tasks)
    while queue:
        name, coro = queue.pop(0)
        try:
            coro.send(None)
            queue.append((name, coro))
        except StopIteration as e:
            order.append((name, e.value))
    return order
ch = Channel()
async def producer(n):
    for i in range(n):
        print("produce", i)
        ch.put(i)
        await Wait()
    ch.closed = True
    return "produced"
async def consumer(name):
    got = []
    while True:
        v = await ch.get()
        if v is None:
            return got
        print(name, "consumed", v)
        got.append(v)
print(loop([("p", producer(5)), ("c1", consumer("c1")), ("c2", consumer("c2"))]))
