"""datetime workload: date arithmetic, timedelta sums, isoformat/strftime
formatting, fromisoformat/strptime parsing, time zones, ISO calendars.

Usage: datetime_calc.py [days]   (default 20000)
"""
import sys
from datetime import date, datetime, time, timedelta, timezone


def walk_dates(n):
    # Day by day from 1900: weekdays, ISO weeks, month ends.
    d = date(1900, 1, 1)
    one = timedelta(days=1)
    weekday_total = 0
    week_total = 0
    month_ends = 0
    for _ in range(n):
        weekday_total += d.weekday()
        week_total += d.isocalendar()[1]
        if (d + one).month != d.month:
            month_ends += 1
        d += one
    return weekday_total, week_total, month_ends, d.toordinal()


def format_and_parse(n):
    base = datetime(2001, 2, 3, 4, 5, 6, 789000)
    step = timedelta(hours=7, minutes=13, seconds=17, microseconds=1234)
    total = 0
    for i in range(n):
        dt = base + step * i
        s = dt.isoformat()
        back = datetime.fromisoformat(s)
        total += back.microsecond + len(dt.strftime('%Y-%m-%d %H:%M:%S %A %B'))
        if i % 8 == 0:
            parsed = datetime.strptime(dt.strftime('%d/%m/%Y %H:%M'), '%d/%m/%Y %H:%M')
            total += parsed.minute
    return total


def zones(n):
    zs = [timezone(timedelta(hours=h, minutes=m)) for h, m in
          ((-8, 0), (-5, 0), (0, 0), (1, 0), (5, 30), (9, 0), (12, 45))]
    t0 = datetime(2020, 3, 1, 12, tzinfo=timezone.utc)
    acc = timedelta()
    hours = 0
    for i in range(n):
        t = t0 + timedelta(minutes=37 * i)
        local = t.astimezone(zs[i % len(zs)])
        hours += local.hour
        acc += local - t0
        if local.utcoffset() > timedelta(0):
            hours += 1
    return hours, acc.days, acc.seconds


def durations(n):
    parts = [timedelta(seconds=s * 1.5, milliseconds=s % 1000) for s in range(n)]
    total = sum(parts, timedelta())
    longest = max(parts)
    avg = total / len(parts)
    buckets = {}
    for p in parts:
        buckets[p // timedelta(minutes=10)] = buckets.get(p // timedelta(minutes=10), 0) + 1
    return str(total), str(longest), str(avg), len(buckets), sorted(buckets.items())[-1]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    a = walk_dates(n * 2)
    b = format_and_parse(n // 2)
    c = zones(n)
    d = durations(n)
    t = [time(h % 24, h % 60, h % 60).isoformat() for h in range(n // 10)]
    checksum = (sum(a) + b + sum(c) + d[3] + len(''.join(t))) % 1000000007
    print(a, b, c)
    print(d)
    print("checksum:", checksum)


main()
