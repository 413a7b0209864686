# Generators driven by `for` loops and `yield from` many times over (so the loop sites
# specialize and resume the generator frames inline): every way out of a generator frame
# must behave as when the generator is resumed through its __next__.
import sys
import traceback


def count(n):
    for i in range(n):
        yield i


def total_of(n):
    s = 0
    for x in count(n):
        s += x
    return s


print([total_of(n) for n in range(0, 40, 7)])


# A generator that raises StopIteration: RuntimeError with the original as its cause.
def leaky(n):
    yield from range(n)
    raise StopIteration("leaked")


for attempt in range(30):
    try:
        for x in leaky(3):
            pass
    except RuntimeError as e:
        last = (type(e).__name__, str(e), type(e.__cause__).__name__, str(e.__cause__),
                e.__context__ is e.__cause__)
print(last)


# An exception raised inside the generator reaches the loop's handler; the generator is
# finished afterwards.
def fails_at(k):
    for i in range(10):
        if i == k:
            raise ValueError("bad %d" % i)
        yield i


seen = []
for k in range(30):
    g = fails_at(k % 5)
    try:
        for x in g:
            seen.append(x)
    except ValueError as e:
        seen.append(str(e))
    seen.append(g.gi_frame is None)
print(seen[:20], len(seen))

# The generator's return value is dropped by a for loop, kept by yield from.
def returns(v):
    yield 1
    return v


def delegate(v):
    r = yield from returns(v)
    yield ("returned", r)


out = []
for i in range(30):
    for x in returns(i):
        out.append(x)
    out.extend(delegate(i))
print(out[-6:], len(out))

# An exhausted generator ends the loop at once.
g = count(3)
for i in range(30):
    for x in g:
        pass
print(list(g), g.gi_running, g.gi_frame)


# While a generator runs inline, its frame's f_back is the loop's frame and gi_running
# is set; the handled exception inside it is its own.
def introspect():
    me = sys._getframe()
    yield me.f_back.f_code.co_name, gen.gi_running
    try:
        raise KeyError("inner")
    except KeyError:
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


def looper():
    res = []
    try:
        raise IndexError("outer")
    except IndexError:
        for item in gen:
            res.append(item)
        res.append(repr(sys.exc_info()[1]))
    return res


for i in range(25):
    gen = introspect()
    r = looper()
print(r)


# A generator iterating itself: ValueError, not a crash.
def selfish():
    yield 1
    for x in me_gen:
        yield x


for i in range(25):
    me_gen = selfish()
    try:
        list(me_gen)
    except ValueError as e:
        msg = str(e)
print(msg)


# Deeply nested yield from, beyond the recursion limit: RecursionError.
def nest(d):
    if d == 0:
        yield "bottom"
    else:
        yield from nest(d - 1)


print(list(nest(50)))
try:
    for x in nest(5000):
        pass
except RecursionError as e:
    print("RecursionError", str(e)[:30])


# A loop whose body is long enough that FOR_ITER's jump needs EXTENDED_ARG.
def long_body(n):
    acc = 0
    for x in count(n):
        acc += x; acc -= 1; acc += x * 2; acc -= x; acc += 3; acc -= 2; acc += x % 7
        acc += x; acc -= 1; acc += x * 2; acc -= x; acc += 3; acc -= 2; acc += x % 7
        acc += x; acc -= 1; acc += x * 2; acc -= x; acc += 3; acc -= 2; acc += x % 7
        acc += x; acc -= 1; acc += x * 2; acc -= x; acc += 3; acc -= 2; acc += x % 7
        acc += x; acc -= 1; acc += x * 2; acc -= x; acc += 3; acc -= 2; acc += x % 7
        acc += x; acc -= 1; acc += x * 2; acc -= x; acc += 3; acc -= 2; acc += x % 7
        acc += x; acc -= 1; acc += x * 2; acc -= x; acc += 3; acc -= 2; acc += x % 7
        acc += x; acc -= 1; acc += x * 2; acc -= x; acc += 3; acc -= 2; acc += x % 7
        acc += x; acc -= 1; acc += x * 2; acc -= x; acc += 3; acc -= 2; acc += x % 7
        acc += x; acc -= 1; acc += x * 2; acc -= x; acc += 3; acc -= 2; acc += x % 7
    return acc


print([long_body(n) for n in (0, 1, 5, 40)])


# A traceback through a generator resumed by a loop.
def deep_fail():
    yield 1
    1 / 0


def run_fail():
    for x in deep_fail():
        pass


for i in range(25):
    try:
        run_fail()
    except ZeroDivisionError:
        tb = traceback.format_exc()
print(tb.replace(__file__, "FILE"))
