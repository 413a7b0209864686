# @contextmanager / @asynccontextmanager: what happens to each kind of exception thrown
# into the generator, tracebacks that skip the manager's frames, reuse as a decorator,
# and the small managers (suppress, redirect_*, chdir, closing, nullcontext).
import contextlib as cl
import sys, os

def frames(e):
    names = []
    tb = e.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return names

def run(body):
    try:
        body()
        print('no exception')
    except BaseException as e:
        print(type(e).__name__, repr(e.args), 'cause', type(e.__cause__).__name__,
              'context', type(e.__context__).__name__, frames(e)[:2])

@cl.contextmanager
def plain():
    yield 'v'

def body_stop():
    with plain():
        raise StopIteration('from body')
def body_keyboard():
    with plain():
        raise KeyboardInterrupt
def body_runtime():
    with plain():
        raise RuntimeError('rt')
for body in (body_stop, body_keyboard, body_runtime):
    run(body)

@cl.contextmanager
def translate():
    try:
        yield
    except ValueError as e:
        raise LookupError('translated') from e
def body_translate():
    with translate():
        raise ValueError('v')
run(body_translate)

@cl.contextmanager
def swallow():
    try:
        yield
    except ArithmeticError:
        print('swallowed')
def body_swallow():
    with swallow():
        1 / 0
run(body_swallow)

@cl.contextmanager
def yields_twice():
    yield 1
    yield 2
def body_twice():
    with yields_twice():
        pass
run(body_twice)
@cl.contextmanager
def never_yields():
    return
    yield
def body_never():
    with never_yields():
        pass
run(body_never)

calls = []
@cl.contextmanager
def counted(tag):
    "counted doc"
    calls.append(tag)
    yield
@counted('deco')
def decorated(x):
    return x + 1
print(decorated(1), decorated(2), calls, decorated.__name__)
manager = counted('direct')
print(manager.__doc__, counted.__doc__, counted.__wrapped__.__name__)

with cl.suppress(KeyError, IndexError):
    [][0]
print(cl.suppress(KeyError).__exit__(None, None, None), cl.suppress().__exit__(KeyError, KeyError(), None))

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
outer_sink, inner_sink = Sink(), Sink()
redirect = cl.redirect_stdout(outer_sink)
with redirect as got:
    print('to outer', got is outer_sink)
    with redirect:
        print('still outer')
    with cl.redirect_stdout(inner_sink):
        print('to inner')
print(''.join(outer_sink.parts).split('\n'), inner_sink.parts)
err = Sink()
with cl.redirect_stderr(err):
    print('err text', file=sys.stderr)
print(err.parts)

start = os.getcwd()
with cl.chdir('/') as value:
    print(value, os.getcwd())
print(os.getcwd() == start)

class Resource:
    def close(self):
        print('closed')
    async def aclose(self):
        print('aclosed')
with cl.closing(Resource()) as r:
    print(type(r).__name__)
with cl.nullcontext('x') as n:
    print(n)

def drive(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value

@cl.asynccontextmanager
async def agen(tag):
    print('open', tag)
    try:
        yield tag
    except KeyError:
        print('async swallowed')
    print('close', tag)

async def main():
    async with agen('a') as v:
        print('inside', v)
    async with agen('b'):
        raise KeyError
    try:
        async with agen('c'):
            raise ValueError('through')
    except ValueError as e:
        print('ValueError', e)
    async with cl.aclosing(Resource()):
        pass
    async with cl.nullcontext(5) as five:
        print(five)
    @agen('deco')
    async def work():
        return 'worked'
    print(await work())
    return 'done'
print(drive(main()))
