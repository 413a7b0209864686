async def ticker(n):
    for i in range(n):
        received = yield i
        if received:
            print("asend received", received)
    print("ticker done")
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    ag = ticker(3)
    print(type(ag).__name__, ag.__name__)
    print(await ag.__anext__())
    print(await ag.asend("hello"))
    print(await ag.__anext__())
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    ag2 = ticker(5)
    await ag2.__anext__()
    await ag2.aclose()
    print("aclosed")
    ag3 = ticker(5)
    await ag3.__anext__()
    try:
        await ag3.athrow(ValueError("thrown in"))
    except ValueError as e:
        print("ValueError", e)
    return "ok"
print(run(main()))
