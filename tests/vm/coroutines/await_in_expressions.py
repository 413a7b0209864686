class Val:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield ("wait", self.v)
        return self.v
def run(coro):
    trace = []
    try:
        while True:
            trace.append(coro.send(None))
    except StopIteration as e:
        return e.value, len(trace)
async def exprs():
    a = await Val(1) + await Val(2)
    b = [await Val(i) for i in range(3)]
    c = {k: await Val(k * 10) for k in "ab"}
    d = (await Val(5)) if a > 2 else None
    e = f"{await Val('fmt')}!"
    return a, b, c, d, e
print(run(exprs()))
async def in_call():
    return max(await Val(3), await Val(9), await Val(4))
print(run(in_call()))
async def in_condition():
    n = 0
    while await Val(n) < 3:
        n += 1
    return n
print(run(in_condition()))
