def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc()
print(get(), inc(), get())
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
print([c.cell_contents for c in get.__closure__])
def multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in multipliers()])
def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late_binding())
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
def unbound_cell():
    def read():
        return value
    try:
        read()
    except NameError as e:
        print("NameError", e)
    value = 5
    return read()
print(unbound_cell())
