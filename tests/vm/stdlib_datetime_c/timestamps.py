# POSIX timestamps: datetime rounds microseconds half to even, date.fromtimestamp
# rounds down; local-time results are checked against each other (the output does not
# depend on the machine's time zone).
import math
import time
from datetime import date, datetime, timezone, timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for ts in (0, -0.5, 0.5, 1.5, -1.5, 86399.9999999, 1e9 + 0.4999995, -1e-7, 2.5e-6, 1234567890.1234565):
    local = datetime.fromtimestamp(ts)
    print(ts, datetime.utcfromtimestamp(ts), datetime.fromtimestamp(ts, timezone.utc),
          datetime.fromtimestamp(ts, timezone(timedelta(hours=-7))).isoformat(),
          date.fromtimestamp(ts) == datetime.fromtimestamp(math.floor(ts)).date(),
          local.microsecond == datetime.utcfromtimestamp(ts).microsecond,
          abs(local.timestamp() - ts) < 1e-6)
for bad in (float('nan'), float('inf'), -float('inf'), 1e20, 'x', None):
    for f in (date.fromtimestamp, datetime.fromtimestamp, datetime.utcfromtimestamp):
        show(lambda: f(bad))
show(lambda: datetime.fromtimestamp(0, 5))
show(lambda: datetime.fromtimestamp(0, tz=None, x=1))
aware = datetime(2020, 6, 1, 12, 30, 15, 250000, tzinfo=timezone(timedelta(hours=3)))
print(aware.timestamp(), datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp(),
      datetime(1, 1, 1, tzinfo=timezone.utc).timestamp(), datetime.max.replace(tzinfo=timezone.utc).timestamp())
naive = datetime(2021, 1, 15, 10, 0)
converted = naive.astimezone()
print(converted.replace(tzinfo=None) == naive, converted.utcoffset() == converted.tzinfo.utcoffset(None),
      converted.timestamp() == naive.timestamp(), aware.astimezone().timestamp() == aware.timestamp())
print(naive.astimezone(timezone.utc) == converted, datetime.fromtimestamp(naive.timestamp()) == naive)
now, before = datetime.now(), time.time()
print(abs(now.timestamp() - before) < 5, abs(datetime.now(timezone.utc).timestamp() - before) < 5,
      abs((datetime.utcnow() - datetime.now(timezone.utc).replace(tzinfo=None)).total_seconds()) < 5,
      date.today() in (date.fromtimestamp(before), date.fromtimestamp(time.time())))

# beyond the datetime range, beyond what localtime handles, beyond time_t
for bad in (1e15, -1e15, 1e18, -2**63, 2**63, 10**20):
    for f in (date.fromtimestamp, datetime.fromtimestamp, datetime.utcfromtimestamp):
        show(lambda: f(bad))
print(datetime.utcfromtimestamp(True), datetime.utcfromtimestamp(5.999999999),
      date.fromtimestamp(5.999999999) == date.fromtimestamp(5), datetime.fromtimestamp(True) == datetime.fromtimestamp(1))


class Stamp(datetime):
    pass


print(type(Stamp.fromtimestamp(0)).__name__, repr(Stamp.utcfromtimestamp(5)), repr(Stamp.fromtimestamp(0, timezone.utc)),
      type(Stamp.now()).__name__, type(Stamp.utcnow()).__name__, type(Stamp.today()).__name__)
