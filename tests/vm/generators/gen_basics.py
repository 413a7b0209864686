def gen():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("end")
g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration:
    print("exhausted stays exhausted")
print(list(gen()))
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(10)), max(squares(5)), list(squares(0)))
g2 = squares(3)
print(iter(g2) is g2, type(g2).__name__, g2.__name__, g2.__qualname__)
