# `x is None` and `x is not None` used as conditions compile to a single
# jump-if-none (as CPython 3.11's optimizer does): their results in every position a
# condition can take, that no __bool__/__eq__ runs, and the line events they produce.
import sys


class Loud:
    def __bool__(self):
        raise RuntimeError("__bool__ called")

    def __eq__(self, other):
        raise RuntimeError("__eq__ called")

    __hash__ = object.__hash__


VALUES = [None, 0, "", Loud(), False, [], None]


def conditions(x, y):
    out = []
    if x is None:
        out.append("if-is")
    if x is not None:
        out.append("if-is-not")
    if not x is None:
        out.append("not-is")
    if not (x is not None):
        out.append("not-is-not")
    if x is None and y is None:
        out.append("and")
    if x is None or y is not None:
        out.append("or")
    if (x is None) is (y is None):
        out.append("same-noneness")
    out.append("ternary-" + ("n" if x is None else "v"))
    out.append([v is None for v in (x, y)])
    out.append(len([v for v in (x, y) if v is not None]))
    n = 0
    while x is not None and n < 2:
        n += 1
    out.append(n)
    try:
        assert x is None, "x is not None"
        out.append("assert-ok")
    except AssertionError as e:
        out.append(str(e))
    return out


for x in VALUES:
    for y in (None, 1):
        print(type(x).__name__, y, conditions(x, y))


# line events for conditions spread over lines, the jump taken and not
def multiline(a, b):
    if (a
            is None):
        r = 1
    elif (b is not
          None):
        r = 2
    else:
        r = 3
    return r


def tracer(frame, event, arg):
    if frame.f_code is multiline.__code__:
        print("  ", event, frame.f_lineno - multiline.__code__.co_firstlineno)
    return tracer


for a, b in ((None, None), (1, None), (1, 2)):
    sys.settrace(tracer)
    r = multiline(a, b)
    sys.settrace(None)
    print("multiline", a, b, r)


# the tests leave no IS_OP behind; a value-producing `is` keeps it
def only_tests(x):
    if x is None:
        return 1
    while x is not None:
        return 2


def value_test(x):
    return x is None


import dis

print([i.opname for i in dis.get_instructions(only_tests) if i.opname == "IS_OP"])
print([i.opname for i in dis.get_instructions(value_test) if i.opname == "IS_OP"])
