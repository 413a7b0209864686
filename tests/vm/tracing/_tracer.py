# Shared by the tracing tests: records (event, function, line relative to the code's
# first line, arg summary) while running a callable under sys.settrace or sys.setprofile.
import sys


def describe(event, arg):
    if event == 'return':
        return repr(arg)
    if event == 'exception':
        return arg[0].__name__
    if event.startswith('c_'):
        return getattr(arg, '__qualname__', getattr(arg, '__name__', '?'))
    return ''


def record(fn, *args, profile=False, keep=None):
    events = []

    def tracer(frame, event, arg):
        co = frame.f_code
        if keep is None or co.co_name in keep:
            events.append((event, co.co_name, frame.f_lineno - co.co_firstlineno,
                           describe(event, arg)))
        return tracer

    setter = sys.setprofile if profile else sys.settrace
    setter(tracer)
    try:
        result = fn(*args)
    except Exception as e:
        result = 'raised ' + type(e).__name__
    finally:
        setter(None)
    return result, events


def show(title, fn, *args, **kw):
    result, events = record(fn, *args, **kw)
    print('--', title, '->', result)
    for e in events:
        if e[1] in ('record', 'show') or (e[0].startswith('c_') and e[3] in ('settrace', 'setprofile')):
            continue
        print('  ', *e)
