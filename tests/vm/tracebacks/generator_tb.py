def gen():
    yield 1
    raise IndexError("from gen")

for x in gen():
    print(x)
