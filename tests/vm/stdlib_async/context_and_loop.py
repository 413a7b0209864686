# Tasks run in copies of the context; loop API: call_at, time, stop, run_until_complete.
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='unset')


async def child(tag):
    before = var.get()
    var.set(tag)
    await asyncio.sleep(0)
    return before, var.get()


async def main():
    var.set('parent')
    r = await asyncio.gather(child('one'), child('two'))
    print(r, var.get())
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'custom')
    t = asyncio.create_task(child('three'), context=ctx)
    print(await t, ctx[var])
    loop = asyncio.get_running_loop()
    seen = []
    loop.call_soon(lambda: seen.append(var.get()))
    loop.call_soon(lambda: seen.append(var.get()), context=ctx)
    await asyncio.sleep(0)
    print(seen)
    print(asyncio.current_task() in asyncio.all_tasks(), len(asyncio.all_tasks()))
    print(asyncio.get_event_loop() is loop, loop.is_running())


asyncio.run(main())

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(asyncio.sleep(0, 'ruc')))
order = []
loop.call_at(loop.time() + 0.002, order.append, 'at2')
loop.call_at(loop.time() + 0.001, order.append, 'at1')
loop.call_later(0.003, loop.stop)
loop.call_soon(order.append, 'soon')
loop.run_forever()
print(order)
fut = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(fut)
except RuntimeError as e:
    print(e)
try:
    loop.call_soon(asyncio.sleep)
except TypeError as e:
    print(e)
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
