# Future: results, exceptions, callbacks, states, reprs and error messages.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    order = []
    f.add_done_callback(lambda fut: order.append(('cb1', fut.result())))
    f.add_done_callback(lambda fut: order.append(('cb2', fut.result())))
    def removed(fut):
        order.append('removed')
    f.add_done_callback(removed)
    f.add_done_callback(removed)
    print('removed count', f.remove_done_callback(removed))
    f.set_result(42)
    print(repr(f), f.result(), order)
    await asyncio.sleep(0)
    print(order)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    g = loop.create_future()
    g.set_exception(ValueError('bad'))
    print(repr(g), repr(g.exception()))
    try:
        await g
    except ValueError as e:
        print('awaited', repr(e))
    h = loop.create_future()
    print(h.cancel('why'), h.cancel(), h.cancelled(), repr(h))
    try:
        h.result()
    except asyncio.CancelledError as e:
        print('cancelled', e.args)
    s = loop.create_future()
    try:
        s.set_exception(StopIteration())
    except TypeError as e:
        print('TypeError', e)
    s.set_exception(KeyError)
    print(repr(s.exception()))
    print(asyncio.isfuture(s), asyncio.isfuture(42))
    late = loop.create_future()
    loop.call_later(0.001, late.set_result, 'late value')
    print(await late)
    print(issubclass(asyncio.CancelledError, BaseException),
          asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
