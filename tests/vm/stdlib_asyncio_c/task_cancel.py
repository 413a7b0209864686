# Task cancellation: before the first step, while waiting on a future, caught and
# ignored, with messages, nested awaits, cancelling()/uncancel(), and the order in which
# the tasks and the callbacks see it.
import asyncio

log = []


async def sleeper(name, fut):
    log.append(f"{name} start")
    try:
        await fut
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
    log.append(f"{name} finished")


async def stubborn(fut):
    try:
        await fut
    except asyncio.CancelledError:
        log.append("stubborn ignores the cancel")
    return "kept going"


async def inner(fut):
    return await fut


async def outer(fut):
    try:
        return await inner(fut)
    finally:
        log.append("outer finally")


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(5)]
    early = asyncio.create_task(sleeper("early", futs[0]), name="early")
    print(early.cancel("too soon"), early.cancelling(), early.get_name())
    t1 = asyncio.create_task(sleeper("t1", futs[1]))
    t2 = asyncio.create_task(stubborn(futs[2]))
    t3 = asyncio.create_task(outer(futs[3]))
    for t in (early, t1, t2, t3):
        t.add_done_callback(lambda t: log.append(f"done {t.get_name()}"))
    await asyncio.sleep(0)
    print(t1._fut_waiter is futs[1], t1._must_cancel)
    print(t1.cancel(msg="bye"), t2.cancel(), t3.cancel("deep"), t1.cancel())
    print(futs[1].cancelled(), t1.cancelling(), t1.uncancel(), t1.uncancel(), t1.uncancel())
    results = await asyncio.gather(early, t1, t2, t3, return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in results])
    print([r.args for r in results if isinstance(r, BaseException)])
    print([t.cancelled() for t in (early, t1, t2, t3)], t2.result())
    print(early.cancel(), t2.cancel())
    log.append("---")

    t4 = asyncio.create_task(sleeper("t4", futs[4]))
    await asyncio.sleep(0)
    t4.cancel()
    futs[4].set_result(1) if not futs[4].done() else None
    try:
        await t4
    except asyncio.CancelledError as e:
        print("awaiting t4 raised CancelledError", e.args)
    current = asyncio.current_task()
    print(current.get_name(), current is asyncio.current_task(), current.done())


asyncio.run(main())
print("\n".join(log))
