async def source(n):
    for i in range(n):
        yield i
async def mapper(agen, f):
    async for x in agen:
        yield f(x)
async def filt(agen, pred):
    async for x in agen:
        if pred(x):
            yield x
async def collect(agen):
    return [x async for x in agen]
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
pipeline = filt(mapper(source(20), lambda x: x * x), lambda v: v % 3 == 0)
print(run(collect(pipeline)))
async def take(agen, n):
    out = []
    async for x in agen:
        out.append(x)
        if len(out) == n:
            break
    return out
async def naturals():
    i = 0
    while True:
        yield i
        i += 1
print(run(take(naturals(), 7)))
