# TaskGroup: results, failure aggregation into ExceptionGroup, sibling cancellation.
import asyncio


async def job(name, delay, log, exc=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise
    if exc is not None:
        log.append(f'{name} raising')
        raise exc
    log.append(f'{name} done')
    return name.upper()


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job('a', 0.05, log))
        t2 = tg.create_task(job('b', 0.01, log), name='bee')
        print(t2.get_name())
    print(t1.result(), t2.result(), log)

    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('ok', 0.05, log))
            tg.create_task(job('bad1', 0, log, ValueError('v')))
            tg.create_task(job('bad2', 0, log, TypeError('t')))
            tg.create_task(job('slow', 1, log))
    except* ValueError as eg:
        print('ValueErrors', [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print('TypeErrors', [repr(e) for e in eg.exceptions])
    print(sorted(log))

    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('bg', 1, log))
            await asyncio.sleep(0)
            raise KeyError('body')
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])
    print(log)

    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('x', 0.001, log, OSError('first')))
            await asyncio.sleep(1)
            log.append('body not reached')
    except ExceptionGroup as eg:
        print('body cancelled', eg.exceptions, log)

    tg = asyncio.TaskGroup()
    coro = job('late', 0, log)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()


asyncio.run(main())
