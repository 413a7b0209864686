def is_gen():
    yield
def not_gen():
    return (x for x in [])
print(type(is_gen()).__name__, type(not_gen()).__name__, is_gen.__code__.co_flags & 0x20 != 0)
def sometimes(flag):
    if flag:
        return "returned"
    yield "yielded"
print(list(sometimes(True)), list(sometimes(False)))
def count(n):
    for i in range(n):
        yield i
c = count(3)
print(next(c), list(c), list(c))
def infinite():
    i = 0
    while True:
        yield i
        i += 1
it = infinite()
print([next(it) for _ in range(5)])
total = 0
for v in infinite():
    if v > 100:
        break
    total += v
print(total)
