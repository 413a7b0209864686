# asyncio.Future's API on its own loop: states, results, exceptions, cancellation,
# callbacks (order, removal, after completion, raising), reprs and the await protocol.
import asyncio
import gc

loop = asyncio.new_event_loop()
reports = []
loop.set_exception_handler(lambda lp, ctx: reports.append(
    (ctx["message"].split("(")[0], type(ctx.get("exception")).__name__)))


def show(label, fut):
    print(label, fut._state, fut.done(), fut.cancelled(), repr(fut))


print(asyncio.Future.__module__, asyncio.Future.__name__, asyncio.Future[int])
f = asyncio.Future(loop=loop)
show("new", f)
print(f.get_loop() is loop, f._loop is loop, f._callbacks, f._result, f._exception)
print(f._asyncio_future_blocking, f._log_traceback, f._source_traceback)
for getter in (f.result, f.exception):
    try:
        getter()
    except asyncio.InvalidStateError as e:
        print(getter.__name__, "InvalidStateError:", e)

order = []
def cb(tag):
    return lambda fut: order.append((tag, fut.result()))

def boom(fut):
    raise ValueError("callback failed")

f.add_done_callback(cb("a"))
f.add_done_callback(boom)
f.add_done_callback(cb("b"))
f.add_done_callback(cb("a2"))
show("callbacks", f)
print(len(f._callbacks), f.remove_done_callback(boom), f.remove_done_callback(boom))
f.add_done_callback(boom)
f.set_result([1, 2, 3])
show("finished", f)
print(f.result(), f.exception(), f._result)
try:
    f.set_result(0)
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
f.add_done_callback(cb("late"))
loop.run_until_complete(asyncio.sleep(0))
print(order, reports)

g = asyncio.Future(loop=loop)
g.set_exception(KeyError)
show("exception", g)
print(type(g.exception()).__name__, g._log_traceback)
try:
    g.result()
except KeyError as e:
    print("result raised KeyError", repr(e))
for bad in (StopIteration(), 42, RuntimeError("x")):
    h = asyncio.Future(loop=loop)
    try:
        h.set_exception(bad)
        print("set", repr(h.exception()))
    except TypeError as e:
        print("TypeError:", e)
try:
    g._log_traceback = True
except ValueError as e:
    print("ValueError:", e)

c = asyncio.Future(loop=loop)
print(c.cancel(msg="stop here"), c.cancel(), c.cancelled())
show("cancelled", c)
for getter in (c.result, c.exception):
    try:
        getter()
    except asyncio.CancelledError as e:
        print(getter.__name__, "CancelledError", e.args)
d = asyncio.Future(loop=loop)
d.cancel()
try:
    d.result()
except asyncio.CancelledError as e:
    print("plain CancelledError", e.args)

a = asyncio.Future(loop=loop)
it = a.__await__()
print(type(it).__name__, next(it) is a, a._asyncio_future_blocking)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
b = asyncio.Future(loop=loop)
it = iter(b)
print(next(it) is b)
b.set_result("done")
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
c2 = asyncio.Future(loop=loop)
it = c2.__await__()
print(it.send(1) is c2, c2._asyncio_future_blocking)

lost = asyncio.Future(loop=loop)
lost.set_exception(OSError("nobody looked"))
del lost
gc.collect()
print(reports[-1])
loop.close()
