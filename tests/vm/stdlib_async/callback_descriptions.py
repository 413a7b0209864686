# How asyncio describes callbacks in Handle reprs, Future reprs and "Exception in
# callback" messages: arguments shortened by reprlib, partials unwrapped, the source
# location only for plain Python functions.
import asyncio
import functools
import os


def boom(*args, **kwargs):
    raise ValueError("boom")


class Owner:
    def method(self, x):
        raise KeyError(x)


def strip(text):
    return text.replace(os.path.abspath(__file__), "FILE")


def handler(loop, context):
    print("handler:", strip(context["message"]), type(context["exception"]).__name__)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    handles = [
        loop.call_soon(boom),
        loop.call_soon(boom, 1, "two", [3] * 40),
        loop.call_soon(functools.partial(boom, 5, key="k"), 6),
        loop.call_soon(Owner().method, "x"),
        loop.call_soon(print, "printed"),
        loop.call_soon(functools.partial(functools.partial(boom, 1), 2)),
    ]
    for h in handles:
        print(strip(repr(h)).replace(hex(id(handles)), ""))
    await asyncio.sleep(0)
    fut = loop.create_future()
    fut.add_done_callback(boom)
    fut.add_done_callback(functools.partial(boom, 9))
    fut.add_done_callback(print)
    print(strip(repr(fut)))
    fut.set_result(None)
    await asyncio.sleep(0)


asyncio.run(main())
