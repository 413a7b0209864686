# A returning function drops its locals in slot order after the frame is done; finalizers
# that run then see a consistent world: a collection, frame inspection (the returning
# frame is gone from the stack), a new call that reuses the frame's space, an exception
# (unraisable, reported), a float local that goes back to the free list while another
# is still referenced. The same for a frame left by an exception.
import gc
import sys

log = []
sys.unraisablehook = lambda u: log.append("unraisable %s: %s" % (type(u.exc_value).__name__, u.exc_value))


class Noisy:
    def __init__(self, name, action=None):
        self.name = name
        self.action = action

    def __del__(self):
        log.append("del " + self.name)
        if self.action:
            self.action()


def collect():
    log.append("collected %s" % (gc.collect() >= 0))


def inspect_stack():
    f = sys._getframe(1)
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    log.append("stack " + ",".join(n for n in names if n != "__del__"))


def call_again():
    log.append("nested call %d" % work(3))


def fail():
    raise RuntimeError("from __del__")


def work(n):
    a = [n] * 3
    b = n * 2
    return sum(a) + b


def holder(kind):
    first = Noisy("first-" + kind, {"gc": collect, "stack": inspect_stack,
                                     "call": call_again, "raise": fail}[kind])
    second = Noisy("second-" + kind)
    x = 1.5 * len(kind)
    y = x * 2.0
    keep.append(y)
    return x + y


keep = []
for kind in ("gc", "stack", "call", "raise"):
    for _ in range(3):
        log.clear()
        r = holder(kind)
    print(kind, r, log)
print(keep[-1], work(10))


# a cycle through a returning frame's local: collected later, not at return
def cyclic():
    c = Noisy("cycle")
    c.self = c
    return 7


print(cyclic(), log[-1])
gc.collect()
print(log[-1])


def raiser():
    n = Noisy("raiser", inspect_stack)
    raise KeyError(n.name)


def catcher():
    try:
        raiser()
    except KeyError as e:
        log.append("caught %s" % e)


log.clear()
catcher()
print(log)
