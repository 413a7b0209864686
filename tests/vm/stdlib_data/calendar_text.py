# calendar: leap years, month ranges, text calendars, names, errors.
import calendar

print([y for y in range(1896, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(1, 2024), calendar.leapdays(2000, 2001), calendar.leapdays(2024, 2000))
print([calendar.monthrange(2024, m) for m in (1, 2, 3, 12)], calendar.monthrange(2023, 2), calendar.monthrange(1, 1))
print(calendar.weekday(2024, 2, 29), calendar.weekday(10000, 1, 1), calendar.weekday(0, 1, 1), calendar.weekday(-399, 3, 1))
print(calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 2), end='|\n')
print(calendar.month(2023, 12, w=3, l=2), end='|\n')
calendar.prmonth(2021, 1)
print(calendar.weekheader(2), calendar.weekheader(3), '|' + calendar.weekheader(9) + '|')
print(list(calendar.month_name), list(calendar.month_abbr)[1:4], list(calendar.day_name), calendar.day_abbr[-1], calendar.month_name[1:3])
print(len(calendar.month_name), len(calendar.day_abbr), calendar.MONDAY, calendar.SUNDAY)
print(calendar.calendar(2024))
print(calendar.calendar(2023, w=3, l=1, c=3, m=4))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2024, 9), list(cal.iterweekdays()), cal.getfirstweekday())
print(cal.monthdays2calendar(2024, 9)[0], cal.monthdatescalendar(2024, 9)[-1][-1])
print(list(calendar.Calendar(3).itermonthdays3(2024, 3))[:3], list(calendar.Calendar().itermonthdays4(2024, 3))[-1])
print(calendar.Calendar().yeardayscalendar(2024, 4)[0][0][0], len(calendar.Calendar().yeardatescalendar(2024, 2)))
print(calendar.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
calendar.setfirstweekday(6)
print(calendar.firstweekday(), calendar.month(2024, 3))
calendar.setfirstweekday(calendar.MONDAY)
for f in [lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(7),
          lambda: calendar.month(2024, 0), lambda: calendar.weekday(2024, 2, 30)]:
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, calendar.IllegalMonthError))
calendar.prcal(1999, m=6, c=2)
calendar.format(['a', 'b'], 5, 2)
print(repr(calendar.formatstring(['x', 'yy', 'zzz'], 6, 1)), calendar.mdays, calendar.EPOCH, calendar.error)
