# Which tzinfo methods each operation calls, and with what argument (type, fold):
# subclass instances and fold flips reach Python tzinfos as in CPython.
from datetime import datetime, time, timedelta, timezone, tzinfo

seen = []


class Probe(tzinfo):
    def __init__(self, hours):
        self.hours = hours

    def _log(self, name, dt):
        seen.append((name, type(dt).__name__, getattr(dt, 'fold', '-')))

    def utcoffset(self, dt):
        self._log('utcoffset', dt)
        return timedelta(hours=self.hours + (dt.fold if dt is not None else 0))

    def dst(self, dt):
        self._log('dst', dt)
        return timedelta(0)

    def tzname(self, dt):
        self._log('tzname', dt)
        return 'P%d' % self.hours

    def fromutc(self, dt):
        self._log('fromutc', dt)
        return dt + timedelta(hours=self.hours)

    def __repr__(self):
        return 'Probe(%d)' % self.hours


class Stamp(datetime):
    pass


def run(label, f):
    seen.clear()
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r), seen)


p1, p2 = Probe(1), Probe(2)
a = Stamp(2020, 1, 1, 12, fold=1, tzinfo=p1)
b = datetime(2020, 1, 1, 13, tzinfo=p2)
c = datetime(2020, 1, 1, 12, tzinfo=p1)
run('hash', lambda: hash(a) == hash(c))
run('eq', lambda: a == b)
run('eq same tz', lambda: a == c)
run('lt', lambda: a < b)
run('sub', lambda: a - b)
run('sub same tz', lambda: a - c)
run('astimezone', lambda: a.astimezone(p2))
run('astimezone utc', lambda: c.astimezone(timezone.utc))
run('isoformat', a.isoformat)
run('str', lambda: str(b))
run('strftime', lambda: a.strftime('%z %Z %H'))
run('timetuple', lambda: a.timetuple()[:])
run('utctimetuple', lambda: a.utctimetuple()[:6])
run('timestamp', a.timestamp)
run('tzname', a.tzname)
run('repr', lambda: repr(a))
t1, t2 = time(12, tzinfo=p1, fold=1), time(13, tzinfo=p2)
run('time eq', lambda: t1 == t2)
run('time lt', lambda: t1 < t2)
run('time hash', lambda: hash(t1) == hash(t2))
run('time isoformat', t1.isoformat)
run('time strftime', lambda: t1.strftime('%z|%Z'))
run('fromtimestamp', lambda: datetime.fromtimestamp(0, p2))
