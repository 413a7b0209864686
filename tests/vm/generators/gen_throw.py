def worker():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("handled ValueError:", e)
            yield "recovered"
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad input")))
next(w)
w.send(2)
try:
    w.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated KeyError", e)
try:
    next(w)
except StopIteration:
    print("generator finished after unhandled throw")
def fresh():
    yield 1
f = fresh()
try:
    f.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("RuntimeError", e)
print(list(f))
def catch_and_return():
    try:
        yield 1
    except GeneratorExit:
        raise
    except Exception as e:
        return f"returned after {type(e).__name__}"
c = catch_and_return()
next(c)
try:
    c.throw(TypeError)
except StopIteration as e:
    print("StopIteration value:", e.value)
