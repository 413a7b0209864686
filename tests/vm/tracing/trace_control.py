# Turning tracing on and off: gettrace, a local trace function returning None, f_trace
# set from Python, f_trace_lines, a trace function that raises, no recursion into it.
import sys


def target(n):
    a = n + 1
    b = a * 2
    return b


log = []


def quiet(frame, event, arg):
    log.append(('quiet', event, frame.f_code.co_name))
    return None


def lines_off(frame, event, arg):
    frame.f_trace_lines = False
    log.append(('lines_off', event, frame.f_lineno - frame.f_code.co_firstlineno))
    return lines_off


def nested_calls(frame, event, arg):
    # calls made here are not traced
    len(str(frame.f_lineno))
    log.append(('nested', event, frame.f_code.co_name))
    return nested_calls


def raiser(frame, event, arg):
    if event == 'line' and frame.f_lineno - frame.f_code.co_firstlineno == 2:
        raise RuntimeError('from the tracer')
    return raiser


for fn in (quiet, lines_off, nested_calls):
    sys.settrace(fn)
    print(sys.gettrace() is fn, target(1))
    sys.settrace(None)
    for entry in log:
        print('  ', entry)
    log.clear()
print(sys.gettrace())

sys.settrace(raiser)
try:
    target(2)
except RuntimeError as e:
    print('propagated:', e)
print('after the error:', sys.gettrace())


def with_local_trace():
    frame = sys._getframe()
    seen = []

    def local(frame, event, arg):
        seen.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
        return local
    frame.f_trace = local
    sys.settrace(lambda *a: None)
    x = 1
    y = target(x)
    sys.settrace(None)
    del frame.f_trace
    return seen


print(with_local_trace())
f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
f.f_trace_opcodes = True
print(f.f_trace_opcodes)
f.f_trace_opcodes = False
try:
    f.f_trace_lines = 1
except TypeError as e:
    print('TypeError:', e)
