# Task edge cases: bad coroutines, bad yields, awaiting itself, exceptions kept in the
# task and reported when never retrieved, names, set_result, and callback ordering.
import asyncio
import gc

reports = []


class BadYield:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield self.value


async def yields(value):
    try:
        await BadYield(value)
    except RuntimeError as e:
        return f"RuntimeError: {e}"


async def fails():
    raise LookupError("lost key")


async def self_await():
    await asyncio.sleep(0)
    return await me


async def quick(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    global me
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda lp, ctx: reports.append(ctx["message"]))
    for value in (42, "text"):
        print(await asyncio.create_task(yields(value)))
    print((await asyncio.create_task(yields(x for x in ()))).split(" in task")[0])
    fut = loop.create_future()
    print((await asyncio.create_task(yields(fut))).split(" in task")[0])
    me = asyncio.create_task(self_await())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    try:
        asyncio.Task(1)
    except TypeError as e:
        print("TypeError:", e)
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(t.done(), type(t.exception()).__name__, t.exception().args)
    for name in ("set_result", "set_exception"):
        try:
            getattr(t, name)(None)
        except RuntimeError as e:
            print("RuntimeError:", e)
    t = asyncio.create_task(quick(1), name=12345)
    print(repr(t.get_name()), t.get_coro().__name__)
    t.set_name(("tuple", 1))
    print(t.get_name())
    await t
    order = []
    tasks = [asyncio.create_task(quick(i)) for i in range(4)]
    for i, task in enumerate(tasks):
        task.add_done_callback(lambda t, i=i: order.append(("cb", i, t.result())))
    done, pending = await asyncio.wait(tasks[::-1])
    print(sorted(t.result() for t in done), pending, order)
    forgotten = asyncio.create_task(fails())
    await asyncio.sleep(0)
    del forgotten
    gc.collect()
    print(reports)


asyncio.run(main())
