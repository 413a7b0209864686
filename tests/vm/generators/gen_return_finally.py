def g():
    try:
        yield 1
        return "from try"
    finally:
        print("finally runs")
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value)
def g2():
    try:
        yield 1
    finally:
        return "finally return swallows"
it2 = g2()
next(it2)
try:
    it2.throw(ValueError("lost"))
except StopIteration as e:
    print("value:", e.value)
def g3():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
print(list(g3()))
it3 = g3()
print(next(it3))
it3.close()
