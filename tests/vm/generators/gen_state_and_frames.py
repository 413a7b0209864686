def gen():
    yield 1
    yield 2
g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
next(g)
print(g.gi_frame.f_lineno if g.gi_frame else None)
list(g)
print(g.gi_frame)
def self_ref():
    yield g_running.gi_running
g_running = self_ref()
print(next(g_running))
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print("ValueError", e)
def yf():
    yield from gen()
y = yf()
next(y)
print(type(y.gi_yieldfrom).__name__)
