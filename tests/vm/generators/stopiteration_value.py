def g():
    yield 1
    return {"result": 42}
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def empty():
    return "nothing yielded"
    yield
try:
    next(empty())
except StopIteration as e:
    print(repr(e.value))
def raises_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def no_return():
    yield 1
n = no_return()
next(n)
try:
    next(n)
except StopIteration as e:
    print(e.value, e.args)
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value, e.args)
e = StopIteration(5, 6)
print(e.value, e.args)
