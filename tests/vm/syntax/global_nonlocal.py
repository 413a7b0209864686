counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print("counter", counter)

def make_new_global():
    global created
    created = "made in function"
make_new_global()
print(created)

def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "modified by inner"
    inner()
    return x
print(outer())

def counter_factory():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
c1 = counter_factory(); c2 = counter_factory()
print(c1(), c1(), c1(), c2())

def layered():
    a = 1
    def mid():
        a = 2
        def deep():
            nonlocal a
            a += 10
            return a
        r = deep()
        return r, a
    return mid(), a
print(layered())

x = "module"
def shadow():
    x = "local"
    return x
print(shadow(), x)
