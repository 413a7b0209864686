# traceback: stack extraction, FrameSummary/StackSummary, TracebackException objects
import sys
import traceback

def inner():
    return traceback.extract_stack()

def outer():
    return inner()

stack = outer()
for fs in stack:
    print(fs.filename, fs.lineno, fs.name, repr(fs.line), len(fs))
print(repr(stack[-1]))
print(stack[-1] == ("traceback_extract.py", 6, "inner", "return traceback.extract_stack()"))
print(traceback.format_list(stack), end="\n")

def fail(x):
    y = x * 2
    raise KeyError(y)

try:
    fail(21)
except KeyError as e:
    tb = e.__traceback__
    summary = traceback.extract_tb(tb)
    print([(f.name, f.lineno, f.line, f.colno, f.end_colno) for f in summary])
    print([(frame.f_code.co_name, line) for frame, line in traceback.walk_tb(tb)])
    print(traceback.format_tb(tb))
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print(str(te), te.exc_type.__name__, [f.name for f in te.stack], te.stack[1].locals)
    print("".join(traceback.TracebackException.from_exception(e).format()), end="")
    print(list(te.format_exception_only()))
    te2 = traceback.TracebackException(type(e), e, tb)
    print(te2.stack[1].locals, te2 == traceback.TracebackException(type(e), e, tb))

lst = traceback.StackSummary.from_list([("a.py", 1, "f", "pass"), ("b.py", 2, "g", None)])
print(lst.format())
fs = traceback.FrameSummary("nofile.py", 3, "h", line="  some code  ")
print(repr(fs.line), list(fs), fs[2])
print(traceback.FrameSummary("nofile.py", 3, "h", lookup_line=False).line)

def show():
    traceback.print_stack(file=sys.stdout)
    print(len(traceback.format_stack()), len(traceback.extract_stack(limit=1)))
show()

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during")
except TypeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__context__).__name__, te.__context__.exc_type.__name__, te.__cause__)
    print(te.__suppress_context__)
    for line in te.format(chain=False):
        print(line, end="")
