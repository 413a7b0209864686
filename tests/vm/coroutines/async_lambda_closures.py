def make_adder(n):
    async def add(x):
        return x + n
    return add
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
adders = [make_adder(i) for i in range(3)]
print([run(a(10)) for a in adders])
class Service:
    def __init__(self, name): self.name = name
    async def greet(self, who):
        return f"{self.name} greets {who}"
    @staticmethod
    async def static():
        return "static coro"
    @classmethod
    async def cls_coro(cls):
        return f"classmethod coro on {cls.__name__}"
s = Service("svc")
print(run(s.greet("you")), run(Service.static()), run(Service.cls_coro()))
async def outer():
    counter = 0
    async def bump():
        nonlocal counter
        counter += 1
    for _ in range(5):
        await bump()
    return counter
print(run(outer()))
