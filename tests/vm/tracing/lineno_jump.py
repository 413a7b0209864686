# Assigning frame.f_lineno from a trace function: jumps forward and backward, out of a
# loop, and CPython's ValueErrors for illegal jumps and the wrong events.
import sys


def make_tracer(rel_from, rel_to, log):
    done = []

    def tracer(frame, event, arg):
        if frame.f_code.co_name != 'target':
            return tracer
        first = frame.f_code.co_firstlineno
        if event == 'call' and rel_from == 'call':
            try:
                frame.f_lineno = first + rel_to
            except ValueError as e:
                log.append('ValueError: ' + str(e))
        if event == 'line' and frame.f_lineno - first == rel_from and not done:
            done.append(1)
            try:
                frame.f_lineno = first + rel_to
                log.append('jumped to %d' % rel_to)
            except ValueError as e:
                log.append('ValueError: ' + str(e).replace(str(first + rel_to), 'N'))
        return tracer
    return tracer


def target(out):
    out.append(1)
    out.append(2)
    for i in range(2):
        out.append(10 + i)
        out.append(20 + i)
    out.append(3)
    try:
        out.append(4)
    except KeyError:
        out.append(5)
    with open(__file__) as f:
        out.append(6)
    out.append(7)
    return out


cases = [(1, 3), (2, 1), (4, 6), (1, 4), (1, 11), (1, -5), (1, 100), ('call', 2), (7, 8)]
for rel_from, rel_to in cases:
    log = []
    sys.settrace(make_tracer(rel_from, rel_to, log))
    out = target([])
    sys.settrace(None)
    print(rel_from, rel_to, log, out)

