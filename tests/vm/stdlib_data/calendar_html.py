# calendar.HTMLCalendar: cells, rows, month and year tables, the full page.
import calendar

h = calendar.HTMLCalendar()
print(h.formatday(0, 2), h.formatday(15, 6), h.formatweekday(0), h.formatweekheader())
print(h.formatmonthname(2024, 2), h.formatmonthname(2024, 2, withyear=False))
print(h.formatmonth(2024, 2))
print(h.formatmonth(2023, 10, withyear=False))
print(calendar.HTMLCalendar(calendar.SUNDAY).formatweekheader())
year = h.formatyear(2024, width=4)
print(len(year), year[:300])
print(h.formatyear(2021, width=0)[:200])
page = h.formatyearpage(2024, css=None, encoding='ascii')
print(type(page).__name__, len(page), page[:400])
print(h.formatyearpage(1999)[:260])


class Styled(calendar.HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_noday = 'empty'


print(Styled().formatmonth(2024, 9))
