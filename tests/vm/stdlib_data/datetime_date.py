# date: construction errors, ordinals, ISO calendar, formatting, arithmetic.
from datetime import date, timedelta, MINYEAR, MAXYEAR

d = date(2024, 2, 29)
print(repr(d), str(d), d.isoformat(), d.ctime(), d.weekday(), d.isoweekday())
print(d.toordinal(), date.fromordinal(d.toordinal()), date.fromordinal(1), date.max.toordinal())
print(d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week)
for y, m, dd in [(2020, 12, 31), (2021, 1, 3), (2021, 1, 4), (2026, 12, 31), (2027, 1, 1), (2015, 12, 31), (1, 1, 1)]:
    print(date(y, m, dd).isocalendar())
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1))
print(d.timetuple())
print(d.strftime('%Y-%m-%d %A %B %j %U %W %a %b %y %f %z %Z %%'), format(d, '%d/%m'), f'{d}', f'{d:%Y}')
print(d + timedelta(1), d - timedelta(days=366), d - date(2000, 1, 1), date(2000, 1, 1) - d)
print(d + timedelta(hours=47), timedelta(days=1) + d)
print(d.replace(day=1), d.replace(year=2023, day=28), date.min, date.max, date.resolution)
print(d < date(2024, 3, 1), d == date(2024, 2, 29), d != date(2024, 2, 29), d == '2024-02-29')
print(date.fromisoformat('2024-02-29'), date.fromisoformat('20240229'), date.fromisoformat('2024-W09-4'))
print(MINYEAR, MAXYEAR, hash(d) == hash(date(2024, 2, 29)))
for f in [lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: date(0, 1, 1),
          lambda: date(10000, 1, 1), lambda: date(2024, 0, 1), lambda: date(2024, 1, 0),
          lambda: date(2024.0, 1, 1), lambda: date('2024', 1, 1), lambda: date(2024, 1),
          lambda: date.fromordinal(0), lambda: date.max + timedelta(1),
          lambda: date.min - timedelta(1), lambda: date.fromisoformat('2024-2-29'),
          lambda: date.fromisoformat(20240229), lambda: date.fromisocalendar(2021, 53, 1),
          lambda: date.fromisocalendar(2021, 1, 0), lambda: d.strftime(5),
          lambda: format(d, 5), lambda: d.replace(month=2, day=30)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class MyDate(date):
    def __repr__(self):
        return 'MyDate<%s>' % self.isoformat()
print(repr(MyDate(2000, 1, 1) + timedelta(1)), MyDate.fromordinal(2), MyDate(2000, 1, 1).replace(day=5))
