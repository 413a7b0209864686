# A function's __code__ replaced while the function is running: the running frame keeps
# executing the old code (and its globals), the next call runs the new one. The functions
# are made by exec() so that nothing but the function holds their original code object.
import gc
import sys

SOURCE = '''
X = "global x"

def replacement(n):
    return ("new code", n)

def running(n):
    running.__code__ = replacement.__code__
    churn()
    parts = [X, n, "a constant of the old code"]
    for i in range(3):
        parts.append(i * n)
    return ("old code", tuple(parts))

def recursive(n):
    if n == 0:
        recursive.__code__ = replacement.__code__
        churn()
        return ["bottom"]
    below = recursive(n - 1)
    return below + [n, X, "old"]

def keeps_frame():
    keeps_frame.__code__ = replacement.__code__
    return sys._getframe()

def gen_body():
    gen_body.__code__ = replacement.__code__
    yield X
    churn()
    yield ("still old", gen_body(1))
'''


def churn():
    # Reuse whatever memory was freed.
    gc.collect()
    junk = [(i, str(i), [i]) for i in range(2000)]
    return len(junk)


ns = {"churn": churn, "sys": sys}
exec(compile(SOURCE, "<functions>", "exec"), ns)
del SOURCE

print(ns["running"](2))
print(ns["running"](5))
print(ns["recursive"](3))
print(ns["recursive"](3))
frame = ns["keeps_frame"]()
churn()
print(frame.f_code.co_name, frame.f_globals["X"], ns["keeps_frame"](7))
g = ns["gen_body"]()
print(next(g))
print(next(g))
