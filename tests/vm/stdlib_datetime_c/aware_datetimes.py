# datetime and time with tzinfo in C: offsets and their validation, naive/aware
# comparisons, hashes of equal instants, fold (PEP 495), astimezone, fromutc.
from datetime import datetime, time, timedelta, timezone, tzinfo, date


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Fixed(tzinfo):
    def __init__(self, minutes, name='F'):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return 'Fixed(%d)' % (self.off // timedelta(minutes=1))


class Bad(tzinfo):
    def __init__(self, value):
        self.value = value

    def utcoffset(self, dt):
        return self.value

    dst = utcoffset

    def tzname(self, dt):
        return self.value


class Gap(tzinfo):
    # +1h from 02:00 on 2020-03-29, with a fold at 02:00-03:00 on 2020-10-25 (fold=1: +0).
    def utcoffset(self, dt):
        if dt.replace(tzinfo=None, fold=0) >= datetime(2020, 10, 25, 2):
            return timedelta(hours=0 if dt.fold or dt.hour >= 3 else 1)
        return timedelta(hours=1 if dt.replace(tzinfo=None) >= datetime(2020, 3, 29, 2) else 0)

    def dst(self, dt):
        return self.utcoffset(dt)

    def tzname(self, dt):
        return 'G'

    def __repr__(self):
        return 'Gap()'


for v in (timedelta(hours=24), timedelta(hours=-24), timedelta(hours=-23, microseconds=-999999),
          3, 'x', None, timedelta(seconds=30, microseconds=1)):
    dt = datetime(2020, 1, 1, tzinfo=Bad(v))
    show(dt.utcoffset)
    show(dt.dst)
    show(lambda: time(1, tzinfo=Bad(v)).utcoffset())
show(lambda: datetime(2020, 1, 1, tzinfo=Bad(5)).tzname())
show(lambda: datetime(2020, 1, 1, tzinfo=Bad(timedelta(hours=25))).isoformat())
show(lambda: datetime(2020, 1, 1, tzinfo=5))
show(lambda: datetime(2020, 1, 1).replace(tzinfo='x'))

utc = timezone.utc
a = datetime(2020, 6, 1, 12, tzinfo=utc)
b = datetime(2020, 6, 1, 14, 30, tzinfo=timezone(timedelta(hours=2, minutes=30)))
c = datetime(2020, 6, 1, 4, tzinfo=Fixed(-480))
naive = datetime(2020, 6, 1, 12)
print(a == b, a == c, b == c, hash(a) == hash(b) == hash(c), len({a, b, c}))
print(a < b, a <= c, b - c, c - a, a - naive.replace(tzinfo=utc))
print(a == naive, a != naive, naive == c)
show(lambda: a < naive)
show(lambda: a - naive)
show(lambda: naive - c)
print(time(12, tzinfo=utc) == time(14, 30, tzinfo=b.tzinfo), time(12, tzinfo=utc) == time(12))
print(hash(time(12, tzinfo=utc)) == hash(time(14, 30, tzinfo=b.tzinfo)), time(1, tzinfo=utc) < time(2, tzinfo=Fixed(30)))
show(lambda: time(1, tzinfo=utc) < time(2))
print(a.astimezone(c.tzinfo), b.astimezone(utc), c.astimezone(b.tzinfo).tzname(), a.astimezone(utc) is a)
print(c.timetuple(), c.utctimetuple(), a.timestamp(), c.timestamp())
print(c.tzinfo.fromutc(datetime(2020, 6, 1, tzinfo=c.tzinfo)))
show(lambda: c.tzinfo.fromutc(datetime(2020, 6, 1)))
show(lambda: c.tzinfo.fromutc(date(2020, 6, 1)))
show(lambda: utc.fromutc(a.replace(tzinfo=c.tzinfo)))
print(utc.fromutc(datetime(2020, 1, 1, tzinfo=utc)), timezone.max.fromutc(datetime(2020, 1, 1, tzinfo=timezone.max)))

# fold: the repeated hour compares unequal across zones (PEP 495) but equal within one
g = Gap()
first = datetime(2020, 10, 25, 2, 30, tzinfo=g)
second = first.replace(fold=1)
print(first.utcoffset(), second.utcoffset(), first == second, repr(second), second.fold)
print(first.astimezone(utc), second.astimezone(utc), first.astimezone(utc) == first)
print(second.astimezone(utc) == second, second == second.astimezone(utc).astimezone(g))
print(hash(first) == hash(first.replace(fold=1)), datetime(2020, 10, 25, 3, tzinfo=g) - first)
print(time(1, fold=1), repr(time(1, fold=1)), time(1, fold=1) == time(1), hash(time(1, fold=1)) == hash(time(1)))
print(datetime(2020, 1, 1, fold=1) == datetime(2020, 1, 1), repr(datetime(2020, 1, 1, 0, 0, 1, fold=1, tzinfo=utc)))
show(lambda: datetime(2020, 1, 1, fold=2))
show(lambda: time(fold=-1))
show(lambda: datetime(2020, 1, 1, 0, 0, 0, 0, None, 1))

# timezone objects
for tz in (utc, timezone.min, timezone.max, timezone(timedelta(hours=-5), 'EST'),
           timezone(timedelta(seconds=-1)), timezone(timedelta(microseconds=7)), timezone(timedelta(0), 'Z')):
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None), tz.__getinitargs__())
print(timezone(timedelta(0)) is utc, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'x'))
print(hash(timezone(timedelta(hours=1))) == hash(timedelta(hours=1)), timezone.utc.__reduce__())
show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(5))
show(lambda: timezone(timedelta(0), 5))
show(lambda: utc.utcoffset(5))
show(lambda: utc.tzname(date(2020, 1, 1)))
show(lambda: type('T', (timezone,), {}))
show(lambda: tzinfo().utcoffset(None))
show(lambda: tzinfo().fromutc(datetime(2020, 1, 1)))
print(tzinfo().__reduce__()[1:], Fixed(5).__reduce__()[1:])
