from contextlib import *
@asynccontextmanager
async def actx(n):
    print("enter", n)
    try: yield n * 10
    finally: print("exit", n)
class ACM:
    async def __aenter__(self): print("aenter"); return self
    async def __aexit__(self, *a): print("aexit", a[0]); return False
async def main():
    async with actx(1) as v: print("v", v)
    try:
        async with actx(2): raise ValueError("x")
    except ValueError as e: print("caught", e)
    async with AsyncExitStack() as st:
        r = await st.enter_async_context(actx(3))
        print("r", r)
        st.enter_context(nullcontext())
        async def acb(x): print("acb", x)
        st.push_async_callback(acb, 7)
        await st.enter_async_context(ACM())
    async with nullcontext(9) as z: print(z)
    class G:
        async def aclose(self): print("aclosed")
    async with aclosing(G()): pass
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
run(main())
