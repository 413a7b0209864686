# sched.scheduler driven by a fake clock: ordering by time, priority and sequence,
# cancel, non-blocking run, kwargs and the Event tuple.
import sched

now = [100.0]
log = []


def clock():
    return now[0]


def sleep(seconds):
    log.append(('sleep', seconds))
    now[0] += seconds


s = sched.scheduler(clock, sleep)
print(s.empty(), s.run(blocking=False), s.queue)
a = s.enter(5, 2, log.append, ('a',))
b = s.enterabs(105, 1, log.append, ('b',))
c = s.enter(1, 0, lambda **kw: log.append(sorted(kw.items())), kwargs={'x': 1})
d = s.enter(3, 0, log.append, ('d',))
e = s.enter(3, 0, log.append, ('e',))
print([ev.argument for ev in s.queue], a.kwargs, c.argument, b.sequence < c.sequence)
print(a[:3], a.argument, a._fields, a < b, b < a, a == b)
s.cancel(d)
try:
    s.cancel(d)
except ValueError as exc:
    print('cancel twice:', exc)
print(round(s.run(blocking=False), 3), log)
now[0] += 1.5
print(round(s.run(blocking=False), 3), log)
print(s.run(), log, now, s.empty())
s.enter(0, 0, log.append, ('zero',))
s.enter(-1, 0, log.append, ('past',))
s.run(False)
print(log[-3:])
print(sched.Event._fields, sched.__all__, sched.Event.time.__doc__ is not None)
