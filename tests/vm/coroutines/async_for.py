class ARange:
    def __init__(self, n): self.n, self.i = n, 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1
async def collect():
    out = []
    async for v in ARange(4):
        out.append(v * 10)
    else:
        out.append("else")
    return out
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(collect()))
async def agen(n):
    for i in range(n):
        yield i
        yield -i
async def use_agen():
    res = []
    async for x in agen(3):
        if x == -2:
            break
        res.append(x)
    return res
print(run(use_agen()))
async def comp():
    return [x async for x in agen(2)], {x async for x in ARange(3)}
print(run(comp()))
class NoAnext:
    def __aiter__(self): return self
async def bad():
    async for _ in NoAnext():
        pass
try:
    run(bad())
except TypeError as e:
    print("TypeError", e)
