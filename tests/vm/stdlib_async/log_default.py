# Default exception handler: logged through the 'asyncio' logger to stderr.
import asyncio
import gc


async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        print('agen finally')


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ValueError('lost'))
    del f
    gc.collect()
    loop.call_exception_handler({'message': 'plain message', 'detail': [1, 2]})
    loop.call_exception_handler({})
    g = agen()
    async for v in g:
        print('got', v)
        if v == 1:
            break
    print('main done')


asyncio.run(main())
with asyncio.Runner() as runner:
    print(runner.run(asyncio.sleep(0, 'first')), runner.run(asyncio.sleep(0, 'second')))
    print(runner.get_loop().is_closed())
coro = asyncio.sleep(0)
try:
    runner.run(coro)
except RuntimeError as e:
    print(e)
coro.close()
