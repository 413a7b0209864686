# Differential check over seeded random dates, timedeltas (int and float parts), datetimes,
# time zones, isoformat round trips and timestamps; prints a digest of every result.
import random
from datetime import date, datetime, timedelta, timezone, time
r = random.Random(12345)
out = []
for i in range(600):
    o = r.randint(1, 3652059)
    d = date.fromordinal(o)
    out.append((str(d), d.isocalendar(), d.weekday(), d.toordinal() == o, d.strftime('%j %U %W %a')))
    y, w, wd = d.isocalendar()
    assert date.fromisocalendar(y, w, wd) == d
    assert date.fromisoformat(d.isoformat()) == d
    us = r.randint(-10**15, 10**15)
    td = timedelta(microseconds=us)
    out.append((repr(td), str(td), td.total_seconds()))
    f = r.uniform(-1e6, 1e6)
    out.append(repr(timedelta(seconds=f)))
    out.append(repr(timedelta(days=r.uniform(-1000, 1000), minutes=r.uniform(-100, 100))))
    try:
        dt = datetime(2000, 1, 1) + timedelta(microseconds=r.randint(-10**16, 10**16))
        out.append((repr(dt), dt.isoformat(timespec=r.choice(['auto', 'seconds', 'milliseconds'])), dt.timestamp() if dt.year > 1 else 0))
        tz = timezone(timedelta(minutes=r.randint(-1439, 1439)))
        a = dt.replace(tzinfo=timezone.utc).astimezone(tz)
        out.append((repr(a), str(a), a.utcoffset(), hash(a) == hash(dt.replace(tzinfo=timezone.utc))))
        out.append(datetime.fromisoformat(a.isoformat()) == a)
        out.append(repr(datetime.fromtimestamp(r.uniform(-1e10, 1e10), timezone.utc)))
    except OverflowError as e:
        out.append(str(e))
    out.append(repr(td * r.uniform(-3, 3)))
    out.append(repr(td / r.randint(1, 1000)))
    out.append(repr(divmod(td, timedelta(seconds=r.randint(1, 10**6)))))
import hashlib
print(len(out), hashlib.sha256(repr(out).encode()).hexdigest())
