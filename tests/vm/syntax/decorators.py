def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@trace
def add(a, b=1):
    return a + b

@repeat(3)
def hello(name):
    return "hi " + name

add(2, b=5)
add(1)
print(hello("bob"))

order = []
def mark(tag):
    order.append("make " + tag)
    def d(f):
        order.append("apply " + tag)
        return f
    return d

@mark("outer")
@mark("inner")
def thing():
    pass
print(order)

registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls

@register
class Widget:
    pass
print(list(registry))

handlers = [lambda f: f]
@handlers[0]
def via_subscript():
    return "ok"
print(via_subscript())
