async def add(a, b):
    return a + b
c = add(2, 3)
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
async def nested():
    x = await add(1, 1)
    y = await add(x, 10)
    return x * y
c2 = nested()
try:
    c2.send(None)
except StopIteration as e:
    print("nested result", e.value)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(nested()), run(add("a", "b")))
c3 = add(1, 2)
c3.close()
print("closed unstarted coroutine")
try:
    c4 = add(1, 2)
    run(c4)
    c4.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
