class AsyncCM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print("aenter", self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        print("aexit", self.name, typ.__name__ if typ else None)
        return self.suppress
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    async with AsyncCM("one") as a, AsyncCM("two") as b:
        print("body", a, b)
    async with AsyncCM("sup", suppress=True):
        raise ValueError("hidden")
    try:
        async with AsyncCM("nosup"):
            raise KeyError("shown")
    except KeyError as e:
        print("caught", repr(e))
    return "main done"
print(run(main()))
class SyncOnly:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def wrong():
    async with SyncOnly():
        pass
try:
    run(wrong())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
