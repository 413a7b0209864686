# TaskGroup: reprs, misuse errors, parent cancellation and uncancel, outside
# cancellation, SystemExit, children spawning children.
import asyncio
import contextvars


def report(label, e):
    print(label, type(e).__name__, repr(e))


async def ok(n):
    await asyncio.sleep(0)
    return n


async def bad(n, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(n)


async def misuse():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    c = ok(1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        report('not entered', e)
    c.close()
    async with tg:
        first = tg.create_task(ok(1), name='one')
        print(repr(tg), first.get_name())
        try:
            async with tg:
                pass
        except RuntimeError as e:
            report('enter twice', e)
    print(repr(tg), first.result())
    c = ok(2)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        report('finished', e)
    c.close()


async def body_cancelled_by_child():
    me = asyncio.current_task()
    tg = asyncio.TaskGroup()
    try:
        async with tg:
            tg.create_task(bad(1, 0.01))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('body cancelled', repr(tg), me.cancelling())
                raise
    except ExceptionGroup as e:
        report('group', e)
    print('after', repr(tg), me.cancelling())
    await asyncio.sleep(0)
    print('parent still usable')


async def shutting_down():
    async def spawner(tg):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            c = ok(3)
            try:
                tg.create_task(c)
            except RuntimeError as e:
                report('spawn', e)
            c.close()
            raise
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg))
        tg.create_task(bad(5, 0.01))


async def outside_cancel_in_body():
    async with asyncio.TaskGroup() as tg:
        child = tg.create_task(asyncio.sleep(10))
        asyncio.current_task().cancel()
        await asyncio.sleep(1)


async def outside_cancel_while_waiting():
    asyncio.get_running_loop().call_later(0.01, asyncio.current_task().cancel)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(10))


async def fatal_body():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(1))
        raise SystemExit(3)


async def errors_in_order():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(1))
        tg.create_task(bad(2))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        raise KeyError('body')


async def spawn_during_exit():
    log = []

    async def child(tg, n):
        await asyncio.sleep(0)
        if n:
            tg.create_task(child(tg, n - 1))
        log.append(n)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(tg, 3))
    return log, repr(tg)

var = contextvars.ContextVar('var', default=1)


async def with_context():
    async def read():
        return var.get()
    ctx = contextvars.copy_context()
    ctx.run(var.set, 9)
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(read(), context=ctx)
        b = tg.create_task(read())
    return a.result(), b.result()


for scenario in (misuse, body_cancelled_by_child, shutting_down, outside_cancel_in_body,
                 outside_cancel_while_waiting, fatal_body, errors_in_order,
                 spawn_during_exit, with_context):
    print('--', scenario.__name__)
    try:
        print('returned', asyncio.run(scenario()))
    except BaseException as e:
        report('raised', e)
        if isinstance(e, BaseExceptionGroup):
            print('members', e.exceptions)


def no_parent():
    coro = asyncio.TaskGroup().__aenter__()
    try:
        coro.send(None)
    except RuntimeError as e:
        report('no parent', e)

loop = asyncio.new_event_loop()
loop.call_soon(no_parent)
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
