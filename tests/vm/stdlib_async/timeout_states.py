# asyncio.Timeout state machine: reprs, reschedule, expired(), errors, and
# which CancelledErrors become TimeoutError.
import asyncio


def report(label, e):
    cause = type(e.__cause__).__name__ if e.__cause__ is not None else None
    print(label, type(e).__name__, repr(e), 'cause', cause)


async def main():
    me = asyncio.current_task()
    t = asyncio.timeout(None)
    print(repr(t), t.when(), t.expired())
    try:
        t.reschedule(3)
    except RuntimeError as e:
        report('reschedule before enter', e)
    async with t:
        print(repr(t))
        try:
            async with t:
                pass
        except RuntimeError as e:
            report('enter twice', e)
    print(repr(t))
    try:
        t.reschedule(3)
    except RuntimeError as e:
        report('reschedule finished', e)

    for when in (1234.5, 1 / 3, 7):
        async with asyncio.timeout_at(when) as t:
            print(repr(t))
    print(repr(asyncio.Timeout(2.5)))

    try:
        async with asyncio.timeout(0.01) as t:
            await asyncio.sleep(1)
    except TimeoutError as e:
        report('expired', e)
        print(repr(t), t.expired(), me.cancelling())
    try:
        t.reschedule(1)
    except RuntimeError as e:
        report('reschedule expired', e)

    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 10) as t:
            t.reschedule(None)
            print(repr(t), t.when())
            t.reschedule(loop.time() - 1)
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('inside', repr(t), t.expired())
                try:
                    t.reschedule(5)
                except RuntimeError as e:
                    report('reschedule expiring', e)
                raise
    except TimeoutError as e:
        report('rescheduled into the past', e)

    # A cancellation from elsewhere is not turned into TimeoutError.
    try:
        async with asyncio.timeout(0):
            me.cancel()
            await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        report('also cancelled outside', e)
        print('cancelling', me.cancelling(), me.uncancel())

    try:
        async with asyncio.timeout(0.5) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner fired', inner.expired(), outer.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print('outer fired', outer.expired(), me.cancelling())

    async with asyncio.timeout(0) as t:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('swallowed')
    print(repr(t), me.cancelling())

    try:
        async with asyncio.timeout(0) as t:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise KeyError('other')
    except KeyError as e:
        report('other error', e)
        print(repr(t), me.cancelling())

    async with asyncio.timeout(10) as t:
        pass
    print(repr(t), t.when() > 0)


def outside_task():
    coro = asyncio.timeout(1).__aenter__()
    try:
        coro.send(None)
    except RuntimeError as e:
        report('outside task', e)

asyncio.run(main())
loop = asyncio.new_event_loop()
loop.call_soon(outside_task)
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
try:
    asyncio.timeout(1)
except RuntimeError as e:
    report('no loop', e)
