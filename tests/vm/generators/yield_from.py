def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
print(list(outer()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x for x in [9]))))
def delegate_send():
    x = yield from receiver()
    yield f"receiver returned {x}"
def receiver():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
d = delegate_send()
print(next(d), d.send(5), d.send(7), d.send(None))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))
def yf_throw():
    try:
        yield from inner_catch()
    except KeyError:
        yield "outer caught"
def inner_catch():
    try:
        yield "inner 1"
    except ValueError:
        yield "inner caught ValueError"
g = yf_throw()
print(next(g), g.throw(ValueError), g.throw(KeyError))
