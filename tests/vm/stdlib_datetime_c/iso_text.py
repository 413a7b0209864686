# isoformat/fromisoformat round trips (the C fast path and the other ISO 8601 forms),
# time's text and comparisons, strftime's %f %z %Z, ctime.
from datetime import datetime, date, time, timedelta, timezone


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


tz = timezone(timedelta(hours=-3, minutes=-30, seconds=-5, microseconds=-7))
dt = datetime(2001, 2, 3, 4, 5, 6, 789000, tzinfo=tz)
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(dt.isoformat(timespec=spec), dt.replace(microsecond=0).isoformat(' ', spec), time(23, 59, 1, 999).isoformat(spec))
print(dt.isoformat('\u00e9'), str(dt), datetime(1, 1, 1).isoformat(), str(datetime.max))
show(lambda: dt.isoformat(timespec='nanoseconds'))
show(lambda: dt.isoformat(timespec=1))
show(lambda: time().isoformat('x'))
show(lambda: dt.isoformat('ab'))
for s in ('2020-01-02T03:04', '2020-01-02 03:04:05', '2020-01-02T03:04:05.1', '2020-01-02T03:04:05,123456789',
          '2020-01-02T03:04:05Z', '2020-01-02T03:04:05+00:00', '2020-01-02T03:04:05-05:30:15.5',
          '2020-01-02X03:04:05.000001+23:59', '2020-01-02', '20200102', '2020-W01-3T10', '20200102T030405',
          '2020-01-02T03', '2020-01-02T0304', '2020-01-02T03:04:05+0100', '2020-01-02T03:04:05.5Z',
          '2020-02-30T00:00', '2020-01-02T24:00', '2020-01-02T03:60', '2020-01-02T03:04:05+24:00',
          '2020-01-02T', '2020-01-02T03:04:', '2020-01-02T03:04:05.', '2020-1-02T03:04', '', '2020-01-02T03:04:05+',
          '２０２０-01-02', '2020-01-02T03:04:05 ', '2020-01-02T03:04:05.123+01:00:00.5'):
    show(lambda: datetime.fromisoformat(s))
for s in ('03:04', '03:04:05.25', 'T03:04:05', '030405', '03', '03:04:05Z', '03:04:05-01:00', '3:04', '03:04:05+01:00:30',
          '24:00', '03:04 '):
    show(lambda: time.fromisoformat(s))
for s in ('2020-01-02', '2020-W53-7', '2020W537', '2020-01', '2020-1-02', '2020-13-01', '2020-01-02T00:00'):
    show(lambda: date.fromisoformat(s))
show(lambda: datetime.fromisoformat(5))
show(lambda: time.fromisoformat(None))
show(lambda: date.fromisoformat(b'2020-01-01'))
for v in (dt, datetime(2020, 5, 17, 10, 30), datetime.fromisoformat('0001-01-01T00:00:00+00:00')):
    print(datetime.fromisoformat(v.isoformat()) == v, datetime.fromisoformat(str(v)) == v)

# time: repr, comparisons, hash, replace, formatting
t = time(12, 30, 15, 250, tzinfo=timezone.utc)
print(repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), repr(t), str(t), format(t, '%H.%M.%S.%f %z %Z'))
print(t.utcoffset(), t.dst(), t.tzname(), time(5).utcoffset(), time(5).tzname(), time.min, time.max, time.resolution)
print(t.replace(tzinfo=None), t.replace(hour=1, fold=1).fold, t.strftime('%Y-%m-%d %j %f'), time(0) < time(0, 0, 0, 1))
print(bool(time(0)), time(1) == time(1, tzinfo=None), sorted([time(3), time(1), time(2)]))
show(lambda: time(24))
show(lambda: time(1, 60))
show(lambda: time(1, 1, 60))
show(lambda: time(1, 1, 1, 1000000))
show(lambda: time(1, 1, 1, 1, 1))
show(lambda: time(tzinfo=timezone.utc, hour='1'))
show(lambda: t.replace(tzinfo=1))
show(lambda: t < 1)
print(datetime(2020, 1, 2, 3, 4, 5, tzinfo=tz).strftime('%z|%Z|%f|%%z|%'), datetime(2020, 1, 2).strftime('%z|%Z|'))
print(datetime(2020, 1, 2, tzinfo=timezone(timedelta(0), 'a%b')).strftime('%Z'), dt.ctime(), date(2020, 1, 2).ctime())
print(dt.timetuple(), datetime(2020, 12, 31, 23, 59, 59).timetuple().tm_yday)
