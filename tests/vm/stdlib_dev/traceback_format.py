# traceback: formatting exceptions exactly as the interpreter prints them
import sys
import traceback

def divide(a, b):
    return a / b

def index(seq, i):
    return seq[i] + 1

def call_none():
    f = None
    return f(1, 2)

def chained():
    try:
        divide(1, 0)
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e

def implicit():
    try:
        {}["missing"]
    except KeyError:
        index([1, 2], 5)

for fn in (lambda: divide(1, 0), lambda: index([1], 3), call_none, chained, implicit):
    try:
        fn()
    except Exception:
        print(traceback.format_exc(), end="")
        print("----")

def recurse(n):
    if n == 0:
        raise RecursionError("deep enough")
    return recurse(n - 1)

try:
    recurse(8)
except RecursionError as e:
    lines = traceback.format_exception(e)
    print("".join(lines), end="")
    print(len(lines))
    print("".join(traceback.format_exception(e, limit=2)), end="")
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)), end="")

try:
    compile("x = (1,\n  2 +)\n", "snippet.py", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))

e = KeyError("k")
e.add_note("first note\nsecond line")
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(ValueError, ValueError()))
print(traceback.format_exception_only(None))

class BadStr(Exception):
    def __str__(self):
        raise RuntimeError
print(traceback.format_exception_only(BadStr()))

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError("two"),
                                  ExceptionGroup("inner", [KeyError(3)])])
except ExceptionGroup as eg:
    traceback.print_exception(eg, file=sys.stdout)

try:
    [1, 2, 3][
        10]
except IndexError:
    traceback.print_exc(file=sys.stdout)
try:
    x = {"a": 1}
    y = (x["a"] +
         x["b"])
except KeyError:
    traceback.print_exc(limit=-1, file=sys.stdout)
try:
    traceback.print_exception(ValueError(), value=1)
except ValueError as e:
    print(e)
try:
    traceback.format_exception(42)
except TypeError as e:
    print(e)
