# tzinfo.fromutc's default algorithm (standard offset + DST) and its errors, through
# astimezone; combine, utctimetuple and arithmetic at the ends of the range.
from datetime import datetime, date, time, timedelta, timezone, tzinfo

HOUR = timedelta(hours=1)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Eastern(tzinfo):
    # -5h, with DST (+1h) from the 2nd Sunday of March 2:00 to the 1st Sunday of November 2:00.
    def utcoffset(self, dt):
        return -5 * HOUR + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(dt.year, 11, 1, 1)
        end += timedelta(days=(6 - end.weekday()) % 7)
        if start <= dt.replace(tzinfo=None) < end:
            return HOUR
        return timedelta(0)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def __repr__(self):
        return 'Eastern()'


class NoDst(Eastern):
    def dst(self, dt):
        return None


class NoOffset(Eastern):
    def utcoffset(self, dt):
        return None


class Flaky(Eastern):
    calls = 0

    def dst(self, dt):
        Flaky.calls += 1
        return HOUR if Flaky.calls == 1 else None


east = Eastern()
for h in range(0, 24, 3):
    u = datetime(2020, 3, 8, h, tzinfo=timezone.utc)
    local = u.astimezone(east)
    print(u.time(), local, local.tzname(), local.dst(), local.astimezone(timezone.utc) == u)
for h in (4, 5, 6, 7):
    local = datetime(2020, 11, 1, h, 30, tzinfo=timezone.utc).astimezone(east)
    print(local, local.tzname(), local.fold, local.utctimetuple()[:6], local.timetuple().tm_isdst)
show(lambda: datetime(2020, 1, 1, tzinfo=timezone.utc).astimezone(NoDst()))
show(lambda: datetime(2020, 1, 1, tzinfo=timezone.utc).astimezone(NoOffset()))
show(lambda: datetime(2020, 6, 1, tzinfo=timezone.utc).astimezone(Flaky()))
show(lambda: east.fromutc(datetime(2020, 1, 1)))
show(lambda: east.fromutc(time(1, tzinfo=east)))
print(east.fromutc(datetime(2020, 7, 4, 12, tzinfo=east)), east.__reduce__()[1:])

# combine and its tzinfo argument
d, t = date(2020, 2, 29), time(23, 59, 59, 999999, tzinfo=east, fold=1)
print(repr(datetime.combine(d, t)), repr(datetime.combine(d, t, None)), datetime.combine(d, t, tzinfo=timezone.utc))
print(repr(datetime.combine(datetime(2021, 1, 1, 5), time(6))), datetime.combine(d, t).timetz() == t)
show(lambda: datetime.combine(d, 5))
show(lambda: datetime.combine(5, t))
show(lambda: datetime.combine(d, t, 5))
show(lambda: datetime.combine(d))

# the ends of the range
show(lambda: datetime.max + timedelta(microseconds=1))
show(lambda: datetime.min - timedelta(microseconds=1))
show(lambda: datetime.max - datetime.min)
show(lambda: datetime.min.replace(tzinfo=timezone(timedelta(hours=1))).utctimetuple())
show(lambda: datetime.max.replace(tzinfo=timezone(-HOUR)).utctimetuple())
show(lambda: datetime.min.replace(tzinfo=timezone.max).astimezone(timezone.utc))
show(lambda: datetime(2020, 1, 1) + timedelta.max)
print(datetime.max.timetuple(), datetime.min.toordinal(), datetime.max.isocalendar())
