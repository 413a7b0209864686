def deco_with_args(prefix):
    def decorator(fn):
        def wrapper(*a, **k):
            return f"{prefix}:{fn(*a, **k)}"
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        wrapper.__wrapped__ = fn
        return wrapper
    return decorator
@deco_with_args("A")
@deco_with_args("B")
def base(x):
    "base doc"
    return x * 2
print(base(21), base.__name__, base.__doc__, base.__wrapped__.__wrapped__(1))
def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def noop(): pass
for _ in range(5):
    noop()
print(noop.calls)
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(100), len(slow_fib.cache))
class Method:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, owner):
        return lambda *a: f"bound via descriptor: {self.fn(obj, *a)}"
class User:
    name = "u"
    @Method
    def hello(self, greeting):
        return f"{greeting} {self.name}"
print(User().hello("hey"))
def returns_none_decorator(fn):
    return None
@returns_none_decorator
def gone(): pass
print(gone)
