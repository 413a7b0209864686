# calendar: week starts out of range, neighbour-month days, year grids of odd widths,
# text and HTML layout parameters, localized name sequences and error texts.
import calendar


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for first in (9, -1, 3):
    cal = calendar.Calendar(first)
    print(first, cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
    print(list(cal.itermonthdays(2024, 2)))
    print(list(cal.itermonthdays4(2023, 12))[-4:], list(cal.itermonthdays3(2024, 1))[:3])
cal = calendar.Calendar()
cal.setfirstweekday(13)
print(cal.firstweekday, cal.monthdays2calendar(2021, 2))
print(list(cal.itermonthdays3(9999, 12))[-3:], list(cal.itermonthdays4(1, 1))[:2])
show(lambda: list(cal.itermonthdates(9999, 12)))
show(lambda: cal.yeardayscalendar(2024, 0))
print([len(row) for row in cal.yeardatescalendar(2024, 5)], cal.yeardayscalendar(2024, 12)[0][11][-1])
print([calendar.leapdays(1, y) for y in (-400, 4, 5, 101, 401, 2024)], calendar.leapdays(2024, 1))
print([calendar.weekday(y, 3, 1) for y in (-1, 0, 1, 9999, 10000, 12345)])
print(calendar.timegm((2024, 1, 1, 0, 0, 61.5)), calendar.timegm((1, 1, 1, 0, 0, 0)))
for f in [lambda: calendar.timegm((2024, 1)), lambda: calendar.setfirstweekday('x'),
          lambda: calendar.isleap('x'), lambda: calendar.Calendar('x').getfirstweekday(),
          lambda: calendar.month(2024, 13), lambda: calendar.monthcalendar(2024, 0),
          lambda: calendar.month_name[13], lambda: calendar.day_name['x'],
          lambda: str(calendar.IllegalMonthError('x')), lambda: calendar.IllegalWeekdayError(9).args,
          lambda: calendar.LocaleTextCalendar(locale='xx').formatmonth(2024, 5)]:
    show(f)
print(calendar.month_name[1:3], calendar.day_abbr[::3], calendar.month_abbr[-2], len(calendar.day_name))

text = calendar.TextCalendar(calendar.SUNDAY)
for w in (-1, 1, 4, 9, 10):
    print(repr(text.formatweekheader(w)), repr(text.formatmonthname(2024, 9, w)),
          [text.formatday(d, 0, w) for d in (0, 5)])
print(text.formatmonth(2024, 9, 1, 2), end='|\n')
print(text.formatyear(2024, 1, 2, 1, 5), end='|\n')
print(text.formatyear(1900, 4, 1, 10, 2)[:400], end='|\n')
print(repr(calendar.formatstring(['a', 'bb', 'ccc'], 1, 0)), repr(calendar.week([(1, 0), (0, 1)], 3)))
calendar.prweek([(1, 0), (12, 1)], 4)
print('|')

html = calendar.HTMLCalendar(2)
print(html.formatyear(2023, 0).count('<tr><td>'), html.formatyear(2023, 5).count('</tr><tr>'))
print(html.formatyear(2023, 12)[:160])
print(html.formatyearpage(2024, 4, 'a.css', 'latin-1')[:330])
print(calendar.LocaleHTMLCalendar(locale='C').formatmonthname(2024, 3, False),
      calendar.LocaleTextCalendar(6, 'C').formatweekheader(3))
