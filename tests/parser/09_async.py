import asyncio

async def main():
    await asyncio.sleep(0)
    x = await f()
    y = await a.b.c()
    z = [await x for x in y]
    w = [x async for x in aiter()]
    v = {x: y async for x, y in aiter()}
    u = {x async for x in aiter() if x}
    t = (x async for x in aiter())
    s = [x for x in y if await x]
    async with a:
        pass
    async with a as b, c as d:
        pass
    async for x in y:
        pass
    async for x, y in z:
        pass
    else:
        pass
    return await x ** 2

async def gen():
    yield 1
    await x

def sync():
    async def inner():
        pass
    return inner

await_ = 1
async_ = 2
class A:
    async def m(self):
        async with self.lock:
            await self.x
