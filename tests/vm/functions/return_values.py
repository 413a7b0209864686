def none_implicit(): pass
def none_explicit(): return
def multiple(): return 1, "two", [3]
def early(x):
    if x < 0:
        return "negative"
    for i in range(10):
        if i == x:
            return f"found {i}"
    return "not found"
print(none_implicit(), none_explicit(), multiple())
a, b, c = multiple()
print(a, b, c)
print(early(-1), early(3), early(42))
def returns_function():
    def inner(): return "inner result"
    return inner
print(returns_function()())
def returns_in_finally():
    try:
        return "try"
    finally:
        print("cleanup")
print(returns_in_finally())
def generator_return():
    yield 1
    return "gen result"
g = generator_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
print((lambda: (yield))().__class__.__name__)
