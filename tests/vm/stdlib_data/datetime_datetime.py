# datetime: naive/aware arithmetic, comparisons, timestamps (UTC), isoformat.
from datetime import datetime, date, time, timedelta, timezone, tzinfo

dt = datetime(2023, 3, 14, 15, 9, 26, 535897)
print(repr(dt), str(dt), dt.isoformat(), dt.isoformat(' ', 'milliseconds'))
for spec in ['hours', 'minutes', 'seconds', 'microseconds', 'auto']:
    print(spec, dt.isoformat(timespec=spec), datetime(2023, 1, 1).isoformat(timespec=spec))
print(repr(datetime(2023, 1, 1)), repr(datetime(2023, 1, 1, 0, 0, 5)), repr(datetime(2023, 1, 1, 1, fold=1)))
print(dt.date(), dt.time(), dt.timetz(), dt.ctime(), dt.timetuple())
print(dt + timedelta(days=1, hours=10), dt - timedelta(weeks=10), dt - datetime(2000, 1, 1))
utc = timezone.utc
est = timezone(timedelta(hours=-5), 'EST')
ist = timezone(timedelta(hours=5, minutes=30))
a = datetime(2023, 3, 14, 12, 0, tzinfo=utc)
b = a.astimezone(est)
c = a.astimezone(ist)
print(repr(b), b, c, c.tzname(), b.tzname(), c.utcoffset(), b.dst())
print(a == b, a == c, b < c, b - c, a - datetime(2023, 3, 14, 12, tzinfo=est), hash(a) == hash(b))
print(a.timestamp(), datetime.fromtimestamp(1700000000, utc), datetime.utcfromtimestamp(1700000000.5))
print(datetime.fromtimestamp(0.0000005, utc), datetime.fromtimestamp(-1.5, utc), datetime.utcfromtimestamp(0.9999996))
print(a.utctimetuple(), b.utctimetuple())
print(datetime.combine(date(2020, 5, 17), time(8, 30, tzinfo=est)), datetime.combine(date(2020, 5, 17), time(1), utc))
print(a.strftime('%Y %H:%M:%S.%f %z %Z|'), b.strftime('%z %Z'), c.strftime('%z'), dt.strftime('%z%Z|%c|%x|%X'))
print(datetime.fromisoformat('2023-03-14T15:09:26.535897+05:30'), datetime.fromisoformat('2023-03-14'))
print(repr(datetime.fromisoformat('2023-03-14 10:20:30Z')), repr(datetime.fromisoformat('20230314T102030-0100')))
print(dt.replace(year=2024, tzinfo=utc), dt.replace(microsecond=0), dt.weekday(), dt.isocalendar())
print(datetime.min, datetime.max, datetime.resolution, datetime(2024, 1, 1) > date(2024, 1, 1) if False else '')
print(dt == dt.date(), dt != dt.date(), isinstance(dt, date), datetime(2000, 1, 1) == datetime(2000, 1, 1, tzinfo=utc))
for f in [lambda: datetime(2000, 1, 1) - datetime(2000, 1, 1, tzinfo=utc),
          lambda: datetime(2000, 1, 1) < datetime(2000, 1, 1, tzinfo=utc),
          lambda: dt < dt.date(), lambda: dt.date() < dt, lambda: datetime(2000, 1, 1, 24),
          lambda: datetime(2000, 1, 1, 0, 60), lambda: datetime(2000, 1, 1, 0, 0, 60),
          lambda: datetime(2000, 1, 1, microsecond=10**6), lambda: datetime(2000, 1, 1, fold=2),
          lambda: datetime(2000, 1, 1, tzinfo=5), lambda: datetime.max + timedelta(1),
          lambda: datetime.fromisoformat('2000-01-01T'), lambda: datetime.fromisoformat('2000-01-01T1'),
          lambda: datetime.fromisoformat('2000-01-01T10:00:00z'), lambda: dt.isoformat(timespec='x'),
          lambda: datetime.combine(1, time()), lambda: datetime.combine(date.today(), 1),
          lambda: dt.astimezone(3), lambda: datetime.utcfromtimestamp(1e20)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted([datetime(2020, 1, 1, tzinfo=est), datetime(2020, 1, 1, 3, tzinfo=utc)]))
print(datetime.now(utc).tzinfo is utc, type(datetime.now()).__name__, datetime.today().year > 2000, date.today() == datetime.now().date())
