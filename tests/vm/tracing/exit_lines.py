# Line events and f_lineno around the ends of functions and loop bodies: an implicit
# `return None` reached from several places gets the line it is reached from (it used to
# have none: f_lineno was None in the tracer), and an if-branch at the end of a loop body
# jumps straight back to the loop's head (as CPython 3.11 compiles both).
import sys


def if_else(x):
    if x:
        a = 1
    else:
        a = 2


def if_only(x):
    if x:
        a = 1


def loop_branches(items):
    n = 0
    for v in items:
        if v == 1:
            n += 1
        elif v == 2:
            n += 2
        elif v == 3:
            continue
        else:
            n -= 1
    return n


def while_break(x):
    while x:
        x -= 1
        if x == 1:
            break


def try_paths(x):
    try:
        if x:
            raise ValueError(x)
    except ValueError:
        pass


def try_finally(x):
    try:
        if x:
            return "early"
    finally:
        y = 1


def with_block(x):
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return True

    with CM():
        if x:
            raise KeyError(x)


def gen(x):
    if x:
        yield 1
    else:
        yield 2


def nested(rows):
    total = 0
    for r in rows:
        for c in r:
            if c:
                total += c
            else:
                break
    return total


TRACED = {f.__code__ for f in (if_else, if_only, loop_branches, while_break, try_paths,
                               try_finally, with_block, gen, nested)}


def tracer(frame, event, arg):
    if frame.f_code in TRACED:
        line = frame.f_lineno
        rel = None if line is None else line - frame.f_code.co_firstlineno
        print("  ", frame.f_code.co_name, event, rel)
    return tracer


sys.settrace(tracer)
if_else(1)
if_else(0)
if_only(1)
if_only(0)
print(loop_branches([1, 2, 3, 4]))
while_break(3)
try_paths(1)
try_paths(0)
print(try_finally(1), try_finally(0))
with_block(1)
with_block(0)
print(list(gen(1)), list(gen(0)))
print(nested([[1, 2], [0, 5], [3]]))
sys.settrace(None)
