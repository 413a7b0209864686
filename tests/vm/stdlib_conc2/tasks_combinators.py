# gather, wait, wait_for, shield, as_completed and sleep, as asyncio.tasks documents them
import asyncio


async def value(x, turns=0):
    for _ in range(turns):
        await asyncio.sleep(0)
    return x


async def fail(turns=0):
    for _ in range(turns):
        await asyncio.sleep(0)
    raise ValueError('boom')


async def stubborn():
    try:
        await asyncio.sleep(30)
    except asyncio.CancelledError:
        return 'kept'


def outcome(fut):
    try:
        return ('result', fut.result())
    except BaseException as e:
        return ('raised', type(e).__name__, e.args)


async def gathering():
    loop = asyncio.get_running_loop()
    print('empty', await asyncio.gather())
    c = value(5)
    print('dup coro', await asyncio.gather(c, c, value(6)))
    g = asyncio.gather(value(1, 3), value(2, 5))
    await asyncio.sleep(0)
    print('cancel', g.cancel('why'), repr(g), g.cancel('why'))
    await asyncio.sleep(0)
    try:
        await g
    except asyncio.CancelledError as e:
        print('outer', e.args, g.cancelled(), repr(g))
    a, b = asyncio.ensure_future(value(1, 3)), asyncio.ensure_future(value(2, 5))
    plain = loop.create_future()
    g = asyncio.gather(a, b, plain, return_exceptions=True)
    await asyncio.sleep(0)
    a.cancel('m')
    plain.cancel('pm')
    print('return_exceptions', await g)
    a, b = asyncio.ensure_future(fail(1)), asyncio.ensure_future(value(2, 5))
    try:
        await asyncio.gather(a, b)
    except ValueError as e:
        print('first error', e, b.done())
    print('sibling', await b)
    print('mixed', await asyncio.gather(fail(), value(3), return_exceptions=True))
    g = asyncio.gather(stubborn(), value(4))
    await asyncio.sleep(0)
    print('stubborn cancel', g.cancel())
    print('stubborn', outcome(await asyncio.wait([g]) and g))
    g = asyncio.gather(value(1))
    await g
    print('cancel done', g.cancel())


async def waiting():
    loop = asyncio.get_running_loop()
    done_fut = loop.create_future()
    done_fut.set_result(1)
    never = loop.create_future()
    bad = loop.create_future()
    bad.set_exception(KeyError('k'))
    for rw in (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED):
        d, p = await asyncio.wait([done_fut], return_when=rw)
        print(rw, len(d), len(p))
    d, p = await asyncio.wait([never], timeout=0)
    print('timeout 0', len(d), len(p))
    d, p = await asyncio.wait([bad, never], return_when=asyncio.FIRST_EXCEPTION)
    print('first exception', d == {bad}, p == {never})
    a = asyncio.create_task(value('a', 2))
    b = asyncio.create_task(value('b', 6))
    d, p = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)
    print('first completed', [t.result() for t in d], p == {b})
    d, p = await asyncio.wait({a, b})
    print('all', sorted(t.result() for t in d), p)
    for thunk in (lambda: asyncio.wait(never), lambda: asyncio.wait([]),
                  lambda: asyncio.wait([never], return_when='sometimes')):
        try:
            await thunk()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    coro = value(1)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print(e)
    coro.close()


async def timing_out():
    print('wait_for none', await asyncio.wait_for(value(8, 2), None))
    print('wait_for ok', await asyncio.wait_for(value(9, 2), 10))
    for timeout in (0, -1, 0.01):
        try:
            await asyncio.wait_for(asyncio.sleep(30), timeout)
        except asyncio.TimeoutError as e:
            print('timeout', timeout, repr(e), repr(e.__cause__), e.__suppress_context__)
    print('swallowed', await asyncio.wait_for(stubborn(), 0.01))
    loop = asyncio.get_running_loop()
    done_fut = loop.create_future()
    done_fut.set_result('early')
    print('done before', await asyncio.wait_for(done_fut, 0))
    inner = asyncio.ensure_future(asyncio.sleep(30))

    async def outer():
        return await asyncio.wait_for(inner, 30)
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel('stop')
    try:
        await t
    except asyncio.CancelledError as e:
        print('outer cancelled', e.args, inner.cancelled())


async def shielding():
    loop = asyncio.get_running_loop()
    inner = asyncio.ensure_future(value('shielded', 4))
    outer = asyncio.shield(inner)
    outer.cancel()
    print('outer', outer.cancelled(), 'inner', inner.cancelled())
    print('inner result', await inner)
    print('done passes through', asyncio.shield(inner) is inner)
    src = loop.create_future()
    sh = asyncio.shield(src)
    src.set_exception(OSError(5, 'io'))
    print('exception', outcome(await asyncio.wait([sh]) and sh))
    src = loop.create_future()
    sh = asyncio.shield(src)
    src.cancel()
    await asyncio.sleep(0)
    print('inner cancelled', sh.cancelled())


async def completing():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(value('a', 5))
    b = asyncio.create_task(value('b', 1))
    c = asyncio.create_task(value('c', 3))
    order = []
    for co in asyncio.as_completed([a, b, c]):
        order.append(await co)
    print('as_completed', order)
    ready = loop.create_future()
    ready.set_result('ready')
    got = []
    for co in asyncio.as_completed([asyncio.sleep(30), ready], timeout=0.5):
        try:
            got.append(await co)
        except asyncio.TimeoutError as e:
            got.append(repr(e))
    print('with timeout', got)
    it = asyncio.as_completed(ready)
    print(type(it).__name__)
    try:
        next(it)
    except TypeError as e:
        print(e)
    print('sleep', await asyncio.sleep(0, 'zero'), await asyncio.sleep(-3, 'neg'),
          await asyncio.sleep(0.001, 'short'))
    try:
        await asyncio.sleep('x')
    except TypeError as e:
        print(e)


async def wait_for_races():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(asyncio.wait_for(f, 10))
    await asyncio.sleep(0)
    f.set_result(1)
    t.cancel()          # too late: the future finished first, its result wins
    print('result', await t, t.cancelling())

    async def fails_when_cancelled():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            await asyncio.sleep(0)
            raise ValueError('during cancel')
    try:
        await asyncio.wait_for(fails_when_cancelled(), 0.01)
    except ValueError as e:
        print('propagated', e)

    async def slow_to_stop():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            return 'late'
    inner = asyncio.ensure_future(slow_to_stop())
    t = asyncio.create_task(asyncio.wait_for(inner, 10))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('outer cancelled after inner finished:', inner.result())


for step in (gathering, waiting, timing_out, wait_for_races, shielding, completing):
    print('--', step.__name__)
    asyncio.run(step())
