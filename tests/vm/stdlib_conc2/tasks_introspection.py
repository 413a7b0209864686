# Task reprs, names, stacks, cancellation counts, the task registry, reports of lost
# tasks, and run_coroutine_threadsafe
import asyncio
import gc
import sys
import threading


async def quick(x=None):
    await asyncio.sleep(0)
    return x


async def park(fut):
    try:
        await fut
    except asyncio.CancelledError:
        return 'caught'


def helper():
    raise KeyError('deep')


async def broken():
    helper()


async def outer_frame():
    await quick()


async def reprs():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(quick(1))
    print(repr(t))
    print(await t, repr(t))
    fut = loop.create_future()
    t = asyncio.create_task(park(fut), name=42)
    t.add_done_callback(lambda _: None)
    await asyncio.sleep(0)
    print(repr(t))
    print(t.cancel('x'), t.cancelling(), repr(t))
    print(t.uncancel(), repr(t))
    await asyncio.sleep(0)
    print(repr(t), t.result())
    t = asyncio.create_task(broken(), name='b')
    await asyncio.sleep(0)
    print(repr(t))
    t.print_stack(file=sys.stdout)
    print([f.f_code.co_name for f in t.get_stack()],
          [f.f_code.co_name for f in t.get_stack(limit=1)],
          t.get_stack(limit=0))
    t.exception()
    t = asyncio.create_task(outer_frame())
    t.set_name(3.5)
    await asyncio.sleep(0)
    print(t.get_name(), [f.f_code.co_name for f in t.get_stack()])
    t.print_stack(file=sys.stdout)
    await t
    t.print_stack(file=sys.stdout)
    t = asyncio.create_task(quick())
    print(t.cancel(), t.cancel('again'), t.cancelling(), repr(t))
    await asyncio.sleep(0)
    print(repr(t), t.cancel())
    for bad in (lambda: t.set_result(1), lambda: t.set_exception(ValueError()),
                lambda: t.get_stack(3), lambda: t.print_stack(1)):
        try:
            bad()
        except (RuntimeError, TypeError) as e:
            print(type(e).__name__, e)


async def registry():
    me = asyncio.current_task()
    print(me.get_coro().__qualname__, me is asyncio.current_task(asyncio.get_running_loop()))
    others = [asyncio.create_task(quick(i)) for i in range(3)]
    print(len(asyncio.all_tasks()), me in asyncio.all_tasks())
    await asyncio.gather(*others)
    print(len(asyncio.all_tasks()))
    print(sorted(n for n in asyncio.tasks.__all__ if n.startswith('_')))
    loop = asyncio.get_running_loop()
    try:
        asyncio.tasks._enter_task(loop, others[0])
    except RuntimeError as e:
        print(str(e).startswith('Cannot enter into task'))
    try:
        asyncio.tasks._leave_task(loop, others[0])
    except RuntimeError as e:
        print(str(e).startswith('Leaving task'))
    for bad in (3, loop.create_future()):
        try:
            asyncio.ensure_future(bad, loop=asyncio.new_event_loop())
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    t = asyncio.ensure_future(loop.create_future())
    print(type(t).__name__)
    t.cancel()


def lost_reports():
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(lambda lp, ctx: print('report:', ctx['message'], type(ctx.get('exception')).__name__))

    async def forgotten():
        raise ValueError('lost')

    async def main():
        asyncio.create_task(forgotten())
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        gc.collect()
        fut = loop.create_future()
        t = loop.create_task(park(fut))
        await asyncio.sleep(0)
        del t
        gc.collect()
    loop.run_until_complete(main())
    gc.collect()
    loop.close()


def threadsafe():
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    runner = threading.Thread(target=lambda: (asyncio.set_event_loop(loop), ready.set(), loop.run_forever()))
    runner.start()
    ready.wait()
    print('result', asyncio.run_coroutine_threadsafe(quick('from thread'), loop).result(10))

    async def boom():
        raise OSError('thread boom')
    try:
        asyncio.run_coroutine_threadsafe(boom(), loop).result(10)
    except OSError as e:
        print('raised', e)
    started = threading.Event()

    async def slow():
        started.set()
        await asyncio.sleep(30)
    cf = asyncio.run_coroutine_threadsafe(slow(), loop)
    started.wait(10)
    print('cancel', cf.cancel(), cf.cancelled())
    try:
        asyncio.run_coroutine_threadsafe(3, loop)
    except TypeError as e:
        print(e)
    # the cancellation was queued first, so this round trip sees it done
    print('round trip', asyncio.run_coroutine_threadsafe(quick('again'), loop).result(10))
    loop.call_soon_threadsafe(loop.stop)
    runner.join()
    print('left over', len(asyncio.all_tasks(loop)))
    loop.close()


asyncio.run(reprs())
asyncio.run(registry())
lost_reports()
threadsafe()
for call in (asyncio.current_task, asyncio.all_tasks, asyncio.create_task):
    coro = quick()
    try:
        call(coro) if call is asyncio.create_task else call()
    except RuntimeError as e:
        print(e)
    coro.close()
