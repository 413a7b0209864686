def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup in finally")
g = gen()
print(next(g))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("StopIteration after close")
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit caught")
        raise
c = catches_exit()
next(c)
c.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError", e)
unstarted = gen()
unstarted.close()
print("closing unstarted runs no finally")
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())
