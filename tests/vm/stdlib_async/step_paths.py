# The paths of a task step and of the loop's ready queue: callbacks of one future in
# order, interleaved with call_soon; a failing callback reported while the loop goes on;
# awaiting a future already done, one cancelled while waited on, a cancel() arriving
# before the task blocks; bad yields; tasks dropped pending or with an unretrieved
# exception; queue hand-offs between blocked getters and putters.
import asyncio
import gc
import types

log = []


def handler(loop, context):
    exc = context.get('exception')
    log.append(f"handler: {context['message'].split(' at ')[0]} "
               f"{type(exc).__name__ if exc else None}")


async def waiter(name, fut):
    log.append(f'{name} waits')
    try:
        value = await fut
    except asyncio.CancelledError as exc:
        log.append(f'{name} cancelled {exc.args}')
        raise
    log.append(f'{name} got {value}')
    return value


def boom(*args):
    raise ValueError('boom')


async def callbacks(loop):
    fut = loop.create_future()
    for i in range(3):
        fut.add_done_callback(lambda f, i=i: log.append(f'cb{i} {f.result()}'))
    loop.call_soon(log.append, 'soon-before')
    tasks = [asyncio.create_task(waiter(n, fut)) for n in 'ab']
    await asyncio.sleep(0)
    fut.set_result(7)
    loop.call_soon(boom)
    loop.call_soon(log.append, 'soon-after')
    print(await asyncio.gather(*tasks))


async def cancels(loop):
    done = loop.create_future()
    done.set_result('early')
    print('done future:', await waiter('d', done))
    fut = loop.create_future()
    task = asyncio.create_task(waiter('c', fut))
    await asyncio.sleep(0)
    print('cancel waiting:', task.cancel('stop'), fut.cancelled())
    try:
        await task
    except asyncio.CancelledError as exc:
        print('task cancelled', exc.args, task.cancelled())
    task = asyncio.create_task(waiter('e', loop.create_future()))
    print('cancel before start:', task.cancel('early'))
    await asyncio.gather(task, return_exceptions=True)
    print('state', task.cancelled(), task.cancelling())


@types.coroutine
def bad_yield(value):
    yield value


async def bad_yields(loop):
    other = asyncio.new_event_loop()
    foreign = other.create_future()
    for value in (42, foreign):
        task = asyncio.create_task(bad_yield(value))
        try:
            await task
        except RuntimeError as exc:
            print('bad yield:', str(exc).split(' ')[0:3])
    other.close()


async def dropped(loop):
    async def fail():
        raise KeyError('lost')
    task = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print('failed task done:', task.done())
    del task
    gc.collect()
    await asyncio.sleep(0)


async def queue_handoffs():
    q = asyncio.Queue(maxsize=1)

    async def getter(name):
        item = await q.get()
        log.append(f'{name} got {item}')

    async def putter(item):
        await q.put(item)
        log.append(f'put {item}')

    tasks = [asyncio.create_task(getter(n)) for n in ('g1', 'g2')]
    tasks += [asyncio.create_task(putter(i)) for i in range(4)]
    await asyncio.sleep(0)
    tasks += [asyncio.create_task(getter(n)) for n in ('g3', 'g4')]
    await asyncio.gather(*tasks)
    print('queue left', q.qsize(), q.empty())


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    for step in (callbacks, cancels, bad_yields, dropped):
        await step(loop)
        print(step.__name__, log)
        log.clear()
    await queue_handoffs()
    print(log)


asyncio.run(main())
