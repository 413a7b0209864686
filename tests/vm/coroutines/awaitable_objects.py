class Suspend:
    def __init__(self, tag): self.tag = tag
    def __await__(self):
        print("suspending", self.tag)
        received = yield self.tag
        print("resumed", self.tag, "with", received)
        return f"{self.tag}-done"
async def worker():
    a = await Suspend("first")
    b = await Suspend("second")
    return [a, b]
c = worker()
print("yielded:", c.send(None))
print("yielded:", c.send("r1"))
try:
    c.send("r2")
except StopIteration as e:
    print("finished:", e.value)
class NotAwaitable:
    pass
async def bad():
    await NotAwaitable()
try:
    bad().send(None)
except TypeError as e:
    print("TypeError", e)
class BadAwait:
    def __await__(self):
        return 42
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print("TypeError", e)
