# time and tzinfo/timezone: offsets, names, user tzinfo subclasses, fromutc.
from datetime import time, timezone, timedelta, tzinfo, datetime, UTC

t = time(13, 5, 9, 120)
print(repr(t), t, t.isoformat('milliseconds'), t.strftime('%I:%M %p %f'), format(t, '%H'), f'{t}')
print(repr(time()), repr(time(1, 2, 3)), repr(time(1, fold=1)), time.min, time.max, time.resolution)
print(time.fromisoformat('04:23:01.000384'), time.fromisoformat('T0423'), repr(time.fromisoformat('04:23+01:00')))
print(time(12, tzinfo=timezone.utc) == time(13, tzinfo=timezone(timedelta(hours=1))), time(1) == time(1, tzinfo=UTC))
print(time(12, 30, tzinfo=timezone(timedelta(hours=1))).utcoffset(), time(1).utcoffset(), bool(time()))
print(repr(timezone.utc), repr(timezone(timedelta(hours=2))), repr(timezone(timedelta(hours=-2), 'X')), repr(timezone(timedelta(0))))
print(str(timezone(timedelta(hours=5, minutes=30))), timezone(timedelta(seconds=-1)).tzname(None),
      timezone(timedelta(microseconds=1)).tzname(None), timezone.min, timezone.max, UTC is timezone.utc)
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'A'), hash(timezone.utc) == hash(timedelta(0)))


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return 'Fixed(%s)' % self.name


f = Fixed(-90, 'ODD')
d = datetime(2020, 6, 1, 12, tzinfo=f)
print(repr(d), d, d.utcoffset(), d.tzname(), d.dst(), d.timetuple().tm_isdst)
print(d.astimezone(timezone.utc), datetime(2020, 6, 1, 12, tzinfo=timezone.utc).astimezone(f))
print(f.fromutc(datetime(2020, 1, 1, tzinfo=f)), time(5, tzinfo=f).isoformat(), time(5, tzinfo=f).tzname())


class Bad(tzinfo):
    def utcoffset(self, dt):
        return self.value
    def tzname(self, dt):
        return 5


for value in [5, timedelta(hours=24), timedelta(hours=-25)]:
    Bad.value = value
    try:
        datetime(2000, 1, 1, tzinfo=Bad()).utcoffset()
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: datetime(2000, 1, 1, tzinfo=Bad()).tzname(), lambda: tzinfo().utcoffset(None),
          lambda: tzinfo().dst(None), lambda: tzinfo().tzname(None), lambda: timezone(5),
          lambda: timezone(timedelta(days=1)), lambda: timezone(timedelta(0), 5),
          lambda: timezone.utc.utcoffset(5), lambda: timezone.utc.fromutc(datetime(2000, 1, 1)),
          lambda: timezone.utc.fromutc(5), lambda: time(24), lambda: time(0, 0, 0, -1),
          lambda: time(1) < time(1, tzinfo=UTC), lambda: time(1, tzinfo=5), lambda: time.fromisoformat('1:00'),
          lambda: time.fromisoformat(''), lambda: time().isoformat('days')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
