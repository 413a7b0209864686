# asyncio.Runner and asyncio.run: lazy loop, contexts, closing, leftover tasks, errors.
import asyncio
import contextvars


def attempt(label, fn):
    try:
        print(label, 'ok', fn())
    except BaseException as e:
        print(label, type(e).__name__, e)


async def seven():
    return 7


async def debug_flag():
    return asyncio.get_running_loop().get_debug()


attempt('not a coroutine', lambda: asyncio.run(42))
r = asyncio.Runner()
attempt('runner non-coro', lambda: r.run('text'))
r.close()           # closing an unused runner is a no-op
print('after early close', r.run(seven()))
loop = r.get_loop()
print('policy loop is runner loop', asyncio.get_event_loop_policy().get_event_loop() is loop)
r.close()
r.close()
print('loop closed', loop.is_closed())
c = seven()
attempt('run closed', lambda: r.run(c))
c.close()
attempt('get_loop closed', r.get_loop)
attempt('enter closed', r.__enter__)

print('run debug', asyncio.run(debug_flag(), debug=True), asyncio.run(debug_flag()))
with asyncio.Runner(debug=True, loop_factory=asyncio.new_event_loop) as runner:
    print('factory runner debug', runner.run(debug_flag()))

    async def nested():
        inner = seven()
        try:
            runner.run(inner)
        finally:
            inner.close()
    attempt('nested Runner.run', lambda: runner.run(nested()))

    async def nested_run():
        inner = seven()
        try:
            asyncio.run(inner)
        finally:
            inner.close()
    attempt('nested asyncio.run', lambda: runner.run(nested_run()))

var = contextvars.ContextVar('var', default=0)


async def read_var():
    return var.get()

ctx = contextvars.copy_context()
ctx.run(var.set, 5)
with asyncio.Runner() as runner:
    print('explicit context', runner.run(read_var(), context=ctx))
    runner.run(asyncio.sleep(0))

    async def set_var():
        var.set(11)
    runner.run(set_var())
    print('runner context persists', runner.run(read_var()))
print('outer var untouched', var.get())


async def forever(log):
    try:
        await asyncio.sleep(100)
    finally:
        log.append('forever cancelled')


async def turns_bad():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        raise ValueError('cleanup failed')


async def agen(log):
    try:
        yield 1
        yield 2
    finally:
        log.append('agen closed')


def handler(loop, context):
    print('handler:', context['message'], repr(context['exception']),
          context['task'].get_name())


async def leaves_work(log):
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(forever(log), name='forever')
    asyncio.create_task(turns_bad(), name='bad')
    g = agen(log)
    log.append(await g.__anext__())
    await asyncio.sleep(0)
    return 'main done'

log = []
print(asyncio.run(leaves_work(log)), log)
