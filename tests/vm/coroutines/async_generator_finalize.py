log = []
async def agen():
    try:
        yield 1
        yield 2
    finally:
        log.append("agen finally")
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def consume_partially():
    g = agen()
    first = await g.__anext__()
    await g.aclose()
    return first
print(run(consume_partially()), log)
async def consume_all():
    return [x async for x in agen()]
print(run(consume_all()), log)
async def return_in_agen_fails():
    try:
        exec("async def bad():\n    yield 1\n    return 2\n")
    except SyntaxError as e:
        return e.msg
print(run(return_in_agen_fails()))
