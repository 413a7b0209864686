def inner():
    try:
        yield "i1"
        yield "i2"
    except ValueError as e:
        print("inner handled", e)
        yield "i-recovered"
    finally:
        print("inner finally")
def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield "o-after"
    finally:
        print("outer finally")
g = outer()
print(next(g))
print(g.throw(ValueError("boom")))
g.close()
print("---")
g = outer()
print(next(g), next(g), next(g))
g.close()
print("---")
def inner_no_handler():
    yield 1
def outer2():
    try:
        yield from inner_no_handler()
    except KeyError as e:
        yield f"outer caught {e!r}"
g2 = outer2()
next(g2)
print(g2.throw(KeyError("k")))
class IterOnly:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
def delegating():
    yield from IterOnly()
d = delegating()
print(next(d))
try:
    d.send("x")
except AttributeError as e:
    print("AttributeError", e)
