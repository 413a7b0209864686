class Tick:
    def __await__(self):
        v = yield "tick"
        return v
async def level(n):
    if n == 0:
        return await Tick()
    r = await level(n - 1)
    return r + 1
c = level(50)
print(c.send(None))
try:
    c.send(100)
except StopIteration as e:
    print("result", e.value)
async def fan(n):
    total = 0
    for i in range(n):
        total += await level(i % 5)
    return total
c2 = fan(10)
steps = 0
val = None
try:
    while True:
        c2.send(val)
        steps += 1
        val = steps
except StopIteration as e:
    print("steps", steps, "total", e.value)
