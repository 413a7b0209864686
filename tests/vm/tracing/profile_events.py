# sys.setprofile: call/return for Python frames, c_call/c_return/c_exception around
# built-in functions and methods (bound to their object), none for types.
import sys
from _tracer import show


def work(items):
    items.append(len(items))
    n = max(items)
    s = sorted(items, key=abs)
    list.append(items, 9)
    d = dict(a=1)
    try:
        int('x')
    except ValueError:
        pass
    try:
        [].pop()
    except IndexError:
        pass
    return n + sum(s)


def star(args):
    return max(*args)


def gen():
    yield 1


def uses_gen():
    return [x for x in gen()]


show('builtins', work, [3, 1], profile=True)
show('star call', star, (1, 5), profile=True)
show('generator', uses_gen, profile=True)
print(sys.getprofile())
