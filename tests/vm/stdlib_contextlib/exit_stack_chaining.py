# ExitStack / AsyncExitStack: callback order, suppression, the __context__ chain of
# exceptions raised by exit callbacks (with and without an exception around the with),
# pop_all, push of exit objects, and the protocol error messages.
import contextlib as cl
import sys

def chain(e):
    names = []
    while e is not None:
        names.append(type(e).__name__)
        e = e.__context__
    return names

def run(body):
    try:
        body()
    except BaseException as e:
        print(type(e).__name__, chain(e))
    else:
        print('no exception')

def three_failures():
    with cl.ExitStack() as s:
        s.callback(lambda: 1 / 0)
        s.callback(lambda: [][1])
        raise KeyError('body')
run(three_failures)

def inside_handler():
    try:
        raise OSError('outer')
    except OSError:
        with cl.ExitStack() as s:
            s.callback(lambda: 1 / 0)
            s.callback(lambda: [][1])
            raise KeyError('body')
run(inside_handler)

def only_callback_inside_handler():
    try:
        raise OSError('outer')
    except OSError:
        with cl.ExitStack() as s:
            s.callback(lambda: 1 / 0)
run(only_callback_inside_handler)

def suppressed_then_raise():
    with cl.ExitStack() as s:
        s.callback(lambda: {}['k'])
        s.push(lambda *exc: print('suppressing', exc[0].__name__) or True)
        raise ValueError
run(suppressed_then_raise)

def raise_then_suppress():
    with cl.ExitStack() as s:
        s.push(lambda *exc: print('late suppress', exc[0].__name__) or True)
        s.callback(lambda: 1 / 0)
    print('after with')
run(raise_then_suppress)

class Manager:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, *exc):
        print('exit', self.name, exc[0] and exc[0].__name__)
        return False

with cl.ExitStack() as s:
    print(s.enter_context(Manager('a')), s.push(Manager('b')).name)
    cb = s.callback(print, 'callback', 1, sep='-')
    print(cb is print)
    moved = s.pop_all()
    print('moved out')
moved.close()
moved.close()
for thing in [3, Manager]:
    try:
        cl.ExitStack().enter_context(thing)
    except TypeError as e:
        print('TypeError', e)
print(cl.ExitStack().push(5), cl.ExitStack().__exit__(None, None, None))

def drive(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError('coroutine suspended')

class AsyncManager:
    async def __aenter__(self):
        print('aenter')
        return 'async value'
    async def __aexit__(self, *exc):
        print('aexit', exc[0] and exc[0].__name__)
        return exc[0] is KeyError

async def use_async_stack():
    async with cl.AsyncExitStack() as s:
        print(await s.enter_async_context(AsyncManager()))
        s.enter_context(Manager('sync'))
        async def acb(tag):
            print('async callback', tag)
        s.push_async_callback(acb, 'x')
        s.push_async_exit(lambda *exc: drive_noop())
        raise KeyError('swallowed by AsyncManager')
    return 'finished'

async def drive_noop_coro():
    return False
def drive_noop():
    return drive_noop_coro()
print(drive(use_async_stack()))

async def bad_async():
    try:
        await cl.AsyncExitStack().enter_async_context(Manager('x'))
    except TypeError as e:
        print('TypeError', e)
drive(bad_async())
