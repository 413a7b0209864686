class Yield:
    def __await__(self):
        yield "suspended"
async def guarded():
    try:
        await Yield()
        return "normal"
    except ValueError as e:
        return f"handled {e}"
    finally:
        print("guarded finally")
c = guarded()
print(c.send(None))
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("result:", e.value)
c2 = guarded()
c2.send(None)
c2.close()
print("closed")
async def reraises():
    await Yield()
c3 = reraises()
c3.send(None)
try:
    c3.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
print(c3.cr_frame, c3.cr_running)
c4 = reraises()
print(c4.cr_frame is not None, type(c4.cr_code).__name__, c4.cr_await)
c4.send(None)
print(type(c4.cr_await).__name__)
c4.close()
