def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
def echo():
    received = yield "ready"
    while True:
        received = yield f"echo: {received}"
e = echo()
print(e.send(None))
print(e.send("hello"))
print(e.send(42))
g = echo()
try:
    g.send("too early")
except TypeError as ex:
    print("TypeError", ex)
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in [10, 20, 60]])
