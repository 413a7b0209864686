def g():
    a = yield 1
    print("a =", a)
    b = (yield 2) + 10
    print("b =", b)
    c = [(yield 3), (yield 4)]
    print("c =", c)
    d = yield
    print("d =", d)
    return "end"
it = g()
print(next(it))
print(it.send("A"))
print(it.send(5))
print(it.send("c0"))
print(it.send("c1"))
try:
    it.send("D")
except StopIteration as e:
    print("returned", e.value)
def in_args():
    f = lambda v: ("f got", v)
    x = f((yield "in call"))
    yield x
gi = in_args()
print(next(gi), gi.send("v"))
