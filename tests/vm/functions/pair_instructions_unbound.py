# Locals read right after another local, a constant or a store (the pairs the interpreter
# runs as one superinstruction): an unbound second operand raises UnboundLocalError at the
# right place, with the stack of the enclosing statement intact for handlers.
import traceback


def load_load(flag):
    if flag:
        b = 2
    a = 1
    return a + b


def const_load(flag):
    if flag:
        b = 2
    return 3 * b


def store_load(flag):
    if flag:
        b = 2
    a = 5
    return b


def store_store(flag):
    a, b = 1, 2
    if flag:
        del b
    return a, b


def in_loop(n):
    out = []
    for i in range(n):
        x = i
        if i == 2:
            del x
        try:
            out.append((i, x + i))
        except UnboundLocalError as e:
            out.append(str(e))
    return out


for f in (load_load, const_load, store_load):
    print(f.__name__, f(True))
    try:
        f(False)
    except UnboundLocalError as e:
        print(f.__name__, type(e).__name__, e)
        tb = traceback.format_exc().replace(__file__, "FILE")
        print(tb.splitlines()[-3:])
print(store_store(False))
try:
    store_store(True)
except UnboundLocalError as e:
    print("store_store", e)
print(in_loop(5))


def swap(a, b):
    a, b = b, a
    return a, b


print([swap(i, -i) for i in range(3)])
