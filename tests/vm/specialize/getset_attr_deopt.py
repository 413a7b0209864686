# Attribute loads that find a getset descriptor of a C type (exception args, a cell's
# contents, a date's fields), warmed up and then disturbed: a getter that raises, a
# subclass that shadows the descriptor after the site is hot, __class__ reassignment, a
# site that sees several types, and a __getattr__ fallback.
import datetime


def read_args(items):
    out = []
    for e in items:
        out.append(e.args)
    return out


errs = [ValueError(i) for i in range(40)]
print(read_args(errs)[-1])


class MyError(Exception):
    pass


mine = [MyError(i, "x") for i in range(40)]
print(read_args(mine)[-3:])
MyError.args = property(lambda self: ("patched",))
print(read_args(mine)[-2:])
del MyError.args
print(read_args(mine)[-1])


def cell_of(v):
    return (lambda: v).__closure__[0]


def make_empty_cell():
    def outer():
        def inner():
            return x
        cell = inner.__closure__[0]
        return cell
        x = 1
    return outer()


def contents(cells):
    got = []
    for c in cells:
        try:
            got.append(c.cell_contents)
        except ValueError as exc:
            got.append("error: %s" % exc)
    return got


cells = [cell_of(i) for i in range(30)] + [make_empty_cell(), cell_of(99)]
print(contents(cells)[-3:])


class OtherError(Exception):
    pass


def swap_classes(items):
    out = []
    for i, e in enumerate(items):
        if i == 25:
            e.__class__ = OtherError
        out.append((type(e).__name__, e.args))
    return out


print(swap_classes([MyError(i) for i in range(30)])[23:27])


class HasArgs:
    def __init__(self, n):
        self.args = ("plain", n)


mixed = [ValueError(i) if i % 3 else HasArgs(i) for i in range(30)]
print(read_args(mixed)[:4])


def years(days):
    return [d.year * 100 + d.month for d in days]


days = [datetime.date(2000 + i, 1 + i % 12, 1) for i in range(30)]
print(years(days)[-2:])
print(years(days + [datetime.datetime(1999, 12, 31, 23)])[-1])


class Fallback(Exception):
    def __getattr__(self, name):
        return "fallback " + name


fb = [Fallback(i) for i in range(30)]
print(read_args(fb)[-1], fb[0].missing)
