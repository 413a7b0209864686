order = []
def tag(x):
    order.append(x)
    return x
def f(a=tag("a"), b=tag("b"), *, c=tag("c")):
    return a, b, c
print(order)
print(f(), order)
def g(x=[]):
    x.append(len(x))
    return x
print(g(), g(), g([]), g())
import time
def stamp(t=time.time()):
    return t
print(stamp() == stamp())
class Cfg:
    size = 3
    def m(self, n=size):
        return n
print(Cfg().m())
def h(a, b=None, c=()):
    return a, b, c
print(h(1), h.__defaults__)
