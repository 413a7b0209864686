def f():
    return 1, *[2, 3], 4
print(f())
def g():
    rest = [5, 6]
    return (*rest,)
print(g())
a = *range(3), 
print(a)
x = [*"abc", *b"de"]
print(x)
for first, *others in [(1, 2, 3), (4,)]:
    print(first, others)
[a, *b], c = [1, 2, 3], 4
print(a, b, c)
s = {*range(3), 3}
print(s)
print(*(i * i for i in range(4)))
def gen():
    yield *[1, 2], 3
print(list(gen()))
