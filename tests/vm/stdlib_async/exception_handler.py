# Loop exception handler: failing callbacks, never-retrieved task exceptions, reprs.
import asyncio
import gc
import re


def handler(loop, context):
    exc = context.get('exception')
    keys = sorted(k for k in context if k not in ('message', 'exception'))
    msg = re.sub(r'(defined|running) at [^>]*', r'\1 at FILE', context['message'])
    print('handler:', msg, repr(exc), keys)


async def boom():
    raise ValueError('never seen')


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


def clean(r):
    return re.sub(r'(defined|running) at [^>]*:(\d+)', r'\1 at FILE:\2', r)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(clean(repr(t)))
    del t
    gc.collect()
    await asyncio.sleep(0)
    t = asyncio.create_task(add(1, 2), name='adder')
    print(clean(repr(t)))
    await asyncio.sleep(0)
    print(clean(repr(t)))
    print(await t, clean(repr(t)))
    t.cancel()
    t2 = asyncio.create_task(add(1, 2))
    t2.cancel()
    await asyncio.sleep(0)
    print(clean(repr(t2)))
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print(e)
    loop.call_exception_handler({'message': 'custom', 'extra': 1})


asyncio.run(main())
