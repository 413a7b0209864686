class Step:
    def __await__(self):
        yield
async def fails(msg):
    await Step()
    raise ValueError(msg)
async def handler():
    results = []
    for m in ["one", "two"]:
        try:
            await fails(m)
        except ValueError as e:
            results.append(f"caught {e}")
    try:
        await fails("chained")
    except ValueError as e:
        try:
            raise RuntimeError("wrapper") from e
        except RuntimeError as r:
            results.append(f"{r} from {r.__cause__}")
    return results
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(handler()))
async def uncaught():
    await fails("escapes")
try:
    run(uncaught())
except ValueError as e:
    print("escaped to caller:", e)
async def stop_in_coro():
    raise StopIteration("bad")
try:
    run(stop_in_coro())
except RuntimeError as e:
    print("RuntimeError", e)
