# Module-level functions, classes and modules are reference counted with deferral in
# Spry: specialized calls do not count them. Their lifetime must still be exactly
# CPython's. Each scenario runs in a loop so that its instructions are specialized
# before the last round removes the function it is about to call.
import gc
import sys
import weakref


def churn():
    # Reuses freed memory: objects of every size nearby, functions and classes included.
    gc.collect()
    junk = [(i, str(i), [i], {i: i}, lambda: i, type("C%d" % i, (), {})) for i in range(2000)]
    return len(junk)


ROUNDS = 40


def target(x):
    return ("target", x)


# A function whose last reference goes is freed at once: callback and dead weakref.
r = weakref.ref(target, lambda ref: print("target freed"))
for i in range(ROUNDS):
    result = target(i)
print(result)
del target
print("after del:", r())


# The callee is deleted from globals while its call is being prepared (it sits on the
# value stack between LOAD_GLOBAL and CALL).
def victim(a, b):
    return ("victim", a, b)


def delete_victim(last):
    if last:
        del globals()["victim"]
        churn()
    return "arg"


def call_victim(last):
    return victim(delete_victim(last), last)


for i in range(ROUNDS):
    result = call_victim(i == ROUNDS - 1)
print(result, "victim" in globals())


# A function deletes itself while running, then keeps using its code and globals.
def self_deleting(n, last):
    if last:
        del globals()["self_deleting"]
        churn()
    return [n * i for i in range(3)]


def run_self_deleting(i):
    return self_deleting(i, i == ROUNDS - 1)


for i in range(ROUNDS):
    result = run_self_deleting(i)
print(result)


# A generator suspended in the middle of preparing a call: the callee is on its stack.
def callee(a, b):
    return ("callee", a, b)


def gen():
    while True:
        yield callee(1, (yield "suspended"))


g = gen()
for i in range(ROUNDS):
    next(g)
    result = g.send(i)
print(result)
print(next(g))
del callee
churn()
print(g.send("sent"))


# A method whose class goes away while the method runs.
class Shape:
    def area(self):
        return 3

    def drop_class(self, last):
        if last:
            del globals()["Shape"]
            churn()
        return self.area()


cls_ref = weakref.ref(Shape)
for i in range(ROUNDS):
    s = Shape()
    result = s.drop_class(i == ROUNDS - 1)
print(result, type(s).__name__)
del s
churn()
print("class alive after collect:", cls_ref() is not None)


# Functions held only by a list: freed when the list goes.
def make_funcs():
    ns = {}
    exec("def a(): return 'a'\ndef b(): return 'b'", ns)
    return [ns.pop("a"), ns.pop("b")]


funcs = make_funcs()
refs = [weakref.ref(f, lambda ref: print("freed one")) for f in funcs]
print([f() for f in funcs])
del funcs
print([ref() is None for ref in refs])


# A function rebound while a call to it is being prepared further up the stack.
def helper(x):
    return ("old helper", x)


def replace_helper(last):
    global helper
    if last:
        helper = lambda x: ("new helper", x)
        churn()
    return 5


def inner_caller(last):
    return helper(replace_helper(last))


def outer(last):
    return inner_caller(last)


for i in range(ROUNDS):
    result = outer(i == ROUNDS - 1)
print(result, helper(6))


# sys.getrefcount sees only counted references, as in CPython.
def counted():
    pass


before = sys.getrefcount(counted)
holder = [counted, counted]
print(sys.getrefcount(counted) - before)
