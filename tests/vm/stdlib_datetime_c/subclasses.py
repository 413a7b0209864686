# Subclasses of the C datetime types: extra attributes, which operations return the
# subclass (arithmetic, alternate constructors, replace) and which the base type,
# and pickling through __reduce__/__reduce_ex__.
import pickle
import copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo

calls = []


class Day(date):
    def __new__(cls, *args, note='', **kw):
        calls.append(('Day', args, sorted(kw)))
        self = super().__new__(cls, *args, **kw)
        self.note = note
        return self

    def isoformat(self):
        return 'Day<' + super().isoformat() + '>'


class Stamp(datetime):
    label = 'stamp'

    def __new__(cls, *args, **kw):
        calls.append(('Stamp', args, sorted(kw)))
        return super().__new__(cls, *args, **kw)


class Clock(time):
    def __new__(cls, *args, **kw):
        calls.append(('Clock', args, sorted(kw)))
        return super().__new__(cls, *args, **kw)


class Span(timedelta):
    def double(self):
        return self * 2


d = Day(2020, 2, 28, note='hi')
print(d.note, repr(d), str(d), d.__dict__, isinstance(d, date))
for r in (d + timedelta(1), timedelta(2) + d, d - timedelta(1), d.replace(day=1),
          Day.fromordinal(737485), Day.fromisoformat('2020-03-01'), Day.fromisocalendar(2020, 9, 1),
          d - date(2020, 1, 1)):
    print(type(r).__name__, repr(r), getattr(r, 'note', '-'))
print(calls)
calls.clear()

s = Stamp(2020, 5, 17, 10, 30, tzinfo=timezone.utc)
for r in (s + timedelta(hours=1), s - timedelta(days=1), s.replace(minute=0), s.astimezone(timezone(timedelta(hours=2))),
          Stamp.combine(date(2020, 1, 1), time(5)), Stamp.fromisoformat('2020-01-02T03:04:05+01:00'),
          Stamp.fromisoformat('2020-W01-1'), Stamp.strptime('2020-01-02', '%Y-%m-%d'), Stamp.fromordinal(5),
          timezone.utc.fromutc(s), s.date(), s.time(), s.timetz(), s - s):
    print(type(r).__name__, repr(r), getattr(r, 'label', '-'))
print(calls)
calls.clear()

c = Clock(1, 2, 3)
for r in (c.replace(hour=4), Clock.fromisoformat('05:06'), Clock.fromisoformat('05:06:07.5+01:00')):
    print(type(r).__name__, repr(r))
print(calls)

sp = Span(hours=1)
print(repr(sp), repr(sp.double()), type(sp + sp).__name__, type(-sp).__name__, type(abs(sp)).__name__,
      type(sp * 1).__name__, repr(Span(1, 2, 3)), sp == timedelta(hours=1), hash(sp) == hash(timedelta(hours=1)))

# pickling, copying and the reduce protocols
values = [timedelta(-1, 5, 7), date(2020, 12, 31), datetime(2020, 1, 2, 3, 4, 5, 6),
          datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=timezone(timedelta(hours=-3), 'X'), fold=1),
          time(23, 59, 59, 999999, tzinfo=timezone.utc, fold=1), timezone.utc, timezone.min,
          Span(7), d, Stamp(2021, 1, 1)]
for v in values:
    for proto in (0, 2, 4):
        back = pickle.loads(pickle.dumps(v, proto))
        print(proto, type(back).__name__, repr(back) == repr(v), back == v, getattr(back, 'fold', '-'))
    print(repr(copy.copy(v)) == repr(v), repr(copy.deepcopy(v)) == repr(v))
print(datetime(2020, 1, 2, 3, fold=1).__reduce_ex__(4), datetime(2020, 1, 2, 3, fold=1).__reduce_ex__(3))
print(time(1, fold=1).__reduce_ex__(4), time(1, tzinfo=timezone.utc).__reduce__())
print(datetime(b'\x07\xe4\x81\x02\x03\x00\x00\x00\x00\x06'), time(b'\x81\x00\x00\x00\x00\x01').fold)
try:
    time(b'\x01\x00\x00\x00\x00\x01', 5)
except TypeError as e:
    print(e)
