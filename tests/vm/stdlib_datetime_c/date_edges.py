# date in C: construction errors, ordinals, ISO calendars, arithmetic, text.
from datetime import date, timedelta, datetime, MINYEAR, MAXYEAR


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: date(2020, 2, 30))
show(lambda: date(2021, 2, 29))
show(lambda: date(0, 1, 1))
show(lambda: date(10000, 1, 1))
show(lambda: date(2020, 13, 1))
show(lambda: date(2020, 1))
show(lambda: date(2020))
show(lambda: date(2020, 1, 1, 1))
show(lambda: date(2020, 1, day=1, month=2))
show(lambda: date(year=2020, month=1, day=1, hour=0))
show(lambda: date(2020.0, 1, 1))
show(lambda: date('2020', 1, 1))
show(lambda: date(2**31, 1, 1))
show(lambda: date(-2**31 - 1, 1, 1))
show(lambda: date(2**64, 1, 1))
show(lambda: date(True, True, True))
print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution)

# ordinals and weekdays at the edges of leap cycles
for d in (date(1, 1, 1), date(4, 12, 31), date(100, 3, 1), date(400, 12, 31),
          date(1900, 2, 28), date(2000, 2, 29), date(9999, 12, 31)):
    o = d.toordinal()
    print(d, o, date.fromordinal(o), d.weekday(), d.isoweekday(), d.ctime())
show(lambda: date.fromordinal(0))
show(lambda: date.fromordinal(3652060))
show(lambda: date.fromordinal(1.5))

# ISO calendar around year ends, and its inverse
for y in (2003, 2004, 2008, 2009, 2010, 2015, 2020, 2026):
    for d in (date(y, 1, 1), date(y, 1, 4), date(y, 12, 28), date(y, 12, 31)):
        ic = d.isocalendar()
        print(d, ic, ic.year, ic.week, ic.weekday, date.fromisocalendar(*ic) == d)
ic = date(2020, 5, 17).isocalendar()
print(type(ic).__name__, isinstance(ic, tuple), ic[1:], ic.__reduce__(), ic == (2020, 20, 7))
show(lambda: date.fromisocalendar(2020, 53, 1))
show(lambda: date.fromisocalendar(2021, 53, 1))
show(lambda: date.fromisocalendar(2020, 0, 1))
show(lambda: date.fromisocalendar(2020, 1, 8))
show(lambda: date.fromisocalendar(10000, 1, 1))

# arithmetic
d = date(2020, 1, 31)
print(d + timedelta(days=29), timedelta(days=-31) + d, d - timedelta(days=366),
      d - date(2019, 1, 31), date(2019, 1, 31) - d, d + timedelta(hours=47))
show(lambda: date.max + timedelta(1))
show(lambda: date.min - timedelta(1))
show(lambda: d + 1)
show(lambda: d - 1)
show(lambda: d - datetime(2020, 1, 1))
show(lambda: datetime(2020, 1, 1) - d)
print(d == date(2020, 1, 31), d < date(2020, 2, 1), d == datetime(2020, 1, 31), d != 5)
show(lambda: d < datetime(2020, 1, 31))
show(lambda: d < 5)
print(hash(d) == hash(date(2020, 1, 31)), len({d, date(2020, 1, 31), date(2020, 2, 1)}))

# replace, text, time tuples, pickling state
print(d.replace(day=1), d.replace(2021, 3), d.replace(month=2, day=29))
show(lambda: d.replace(month=2))
show(lambda: d.replace(hour=1))
print(d.isoformat(), str(d), repr(d), format(d), format(d, '%d/%m/%y'), f'{d:%A %j}')
print(d.strftime('%Y %% %f %z %Z|'), d.timetuple(), d.timetuple().tm_yday)
print(d.__reduce__(), date(*d.__reduce__()[1]) == d, date(b'\x07\xe4\x0c\x1f'))
show(lambda: d.strftime(5))
show(lambda: format(d, 5))
show(lambda: d.__format__(5))

# fromisocalendar's range errors: components beyond a C int, and a valid ISO date past 9999
for args in ((2**40, 1, 1), (2020, 2**40, 1), (2020, 1, -2**40), (9999, 52, 6), (9999, 52, 5), (0, 1, 1),
             (2015, 53, 7), (2020.0, 1, 1)):
    show(lambda: date.fromisocalendar(*args))
