"""Calendars as month/day grids, printed as text or HTML; `python -m calendar`.

Written for Spry from the documented behaviour of CPython 3.11's calendar module.
"""
import datetime
import locale as _locale_module
import sys

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday', 'firstweekday',
           'isleap', 'leapdays', 'weekday', 'monthrange', 'monthcalendar', 'prmonth',
           'month', 'prcal', 'calendar', 'timegm', 'month_name', 'month_abbr', 'day_name',
           'day_abbr', 'Calendar', 'TextCalendar', 'HTMLCalendar', 'LocaleTextCalendar',
           'LocaleHTMLCalendar', 'weekheader', 'MONDAY', 'TUESDAY', 'WEDNESDAY',
           'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']

error = ValueError

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
January = 1
February = 2
EPOCH = 1970

# Days per month, index 0 unused; February gains a day in leap years.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return 'bad month number %r; must be 1-12' % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return 'bad weekday number %r; must be 0 (Monday) to 6 (Sunday)' % (self.weekday,)


class _LocalizedNames:
    """Month or weekday names, rendered by strftime when asked so the current LC_TIME
    locale decides the language."""

    def __init__(self, dates, pattern):
        self._dates = dates     # one date per name; None stands for the empty name
        self._pattern = pattern

    def _render(self, date):
        return '' if date is None else date.strftime(self._pattern)

    def __getitem__(self, i):
        picked = self._dates[i]
        if isinstance(i, slice):
            return [self._render(date) for date in picked]
        return self._render(picked)

    def __len__(self):
        return len(self._dates)


# 2001 started on a Monday, so its first week lists the weekdays in calendar order.
_WEEK_DATES = [datetime.date(2001, 1, 1 + i) for i in range(7)]
_MONTH_DATES = [None] + [datetime.date(2001, m, 1) for m in range(1, 13)]
day_name = _LocalizedNames(_WEEK_DATES, '%A')
day_abbr = _LocalizedNames(_WEEK_DATES, '%a')
month_name = _LocalizedNames(_MONTH_DATES, '%B')
month_abbr = _LocalizedNames(_MONTH_DATES, '%b')


def isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """Leap years in range(y1, y2)."""
    def before(year):
        # Leap years in 1..year-1, counted by the Gregorian rule.
        year -= 1
        return year // 4 - year // 100 + year // 400
    return before(y2) - before(y1)


def weekday(year, month, day):
    # Outside datetime's years, use a year with the same place in the 400-year cycle.
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def _check_month(month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)


def _month_length(year, month):
    return mdays[month] + (month == February and isleap(year))


def monthrange(year, month):
    _check_month(month)
    return weekday(year, month, 1), _month_length(year, month)


def _neighbour_month(year, month, step):
    month += step
    if month == 0:
        return year - 1, 12
    if month == 13:
        return year + 1, 1
    return year, month


def _in_weeks(items):
    return [items[i:i + 7] for i in range(0, len(items), 7)]


class Calendar:

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._first % 7

    def setfirstweekday(self, firstweekday):
        self._first = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        start = self.firstweekday
        for offset in range(7):
            yield (start + offset) % 7

    def itermonthdays3(self, year, month):
        first_weekday, length = monthrange(year, month)
        lead = (first_weekday - self.firstweekday) % 7
        before_year, before_month = _neighbour_month(year, month, -1)
        before_length = _month_length(before_year, before_month)
        for day in range(before_length - lead + 1, before_length + 1):
            yield before_year, before_month, day
        for day in range(1, length + 1):
            yield year, month, day
        trail = (self.firstweekday - first_weekday - length) % 7
        after_year, after_month = _neighbour_month(year, month, 1)
        for day in range(1, trail + 1):
            yield after_year, after_month, day

    def itermonthdays4(self, year, month):
        start = self.firstweekday
        for offset, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (start + offset) % 7

    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        # Days outside the month show as 0.
        for y, m, d in self.itermonthdays3(year, month):
            yield d if m == month else 0

    def itermonthdays2(self, year, month):
        for y, m, d, wd in self.itermonthdays4(year, month):
            yield (d if m == month else 0), wd

    def monthdatescalendar(self, year, month):
        return _in_weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        return _in_weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        return _in_weeks(list(self.itermonthdays(year, month)))

    def _year_rows(self, per_month, width):
        months = [per_month(m) for m in range(January, January + 12)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardatescalendar(self, year, width=3):
        return self._year_rows(lambda m: self.monthdatescalendar(year, m), width)

    def yeardays2calendar(self, year, width=3):
        return self._year_rows(lambda m: self.monthdays2calendar(year, m), width)

    def yeardayscalendar(self, year, width=3):
        return self._year_rows(lambda m: self.monthdayscalendar(year, m), width)


def _lines_text(lines, spacing):
    # Every line, the last one too, is followed by `spacing` newlines.
    end = '\n' * spacing
    return ''.join(line + end for line in lines)


class TextCalendar(Calendar):

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        return ('' if day == 0 else '%2i' % day).center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(day, wd, width) for day, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(day, width) for day in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = '%s %r' % (title, theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        title = self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1)
        lines = [title, self.formatweekheader(w)]
        lines += [self.formatweek(week, w)
                  for week in self.monthdays2calendar(theyear, themonth)]
        return _lines_text([line.rstrip() for line in lines], max(1, l))

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        c = max(2, c)
        column = 7 * (w + 1) - 1
        header = self.formatweekheader(w)
        lines = [repr(theyear).center(column * m + c * (m - 1))]
        for row_index, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * row_index + 1, min(m * row_index + m, 12) + 1)
            lines.append('')
            lines.append(formatstring([self.formatmonthname(theyear, k, column, False)
                                       for k in months], column, c))
            lines.append(formatstring([header] * len(months), column, c))
            for week_index in range(max(len(weeks) for weeks in row)):
                cells = [self.formatweek(weeks[week_index], w)
                         if week_index < len(weeks) else '' for weeks in row]
                lines.append(formatstring(cells, column, c))
        return _lines_text([line.rstrip() for line in lines], max(1, l))

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    cssclasses = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
    cssclasses_weekday_head = cssclasses
    cssclass_noday = 'noday'
    cssclass_month_head = 'month'
    cssclass_month = 'month'
    cssclass_year_head = 'year'
    cssclass_year = 'year'

    def formatday(self, day, weekday):
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return '<tr>%s</tr>' % ''.join(self.formatday(day, wd) for day, wd in theweek)

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return '<tr>%s</tr>' % ''.join(self.formatweekday(day)
                                       for day in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = '%s %s' % (title, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head,
                                                                title)

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
                % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(week)
                 for week in self.monthdays2calendar(theyear, themonth)]
        rows.append('</table>')
        return ''.join(row + '\n' for row in rows)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">\n'
                 % self.cssclass_year,
                 '<tr><th colspan="%d" class="%s">%s</th></tr>'
                 % (width, self.cssclass_year_head, theyear)]
        for first in range(January, January + 12, width):
            cells = ''.join('<td>%s</td>' % self.formatmonth(theyear, m, withyear=False)
                            for m in range(first, min(first + width, 13)))
            parts.append('<tr>%s</tr>' % cells)
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        if encoding is None:
            encoding = sys.getdefaultencoding()
        head = ['<?xml version="1.0" encoding="%s"?>' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                '<html>', '<head>',
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />'
                % encoding]
        if css is not None:
            head.append('<link rel="stylesheet" type="text/css" href="%s" />' % css)
        head += ['<title>Calendar for %d</title>' % theyear, '</head>', '<body>']
        page = ''.join(line + '\n' for line in head)
        page += self.formatyear(theyear, width) + '</body>\n</html>\n'
        return page.encode(encoding, 'xmlcharrefreplace')


class different_locale:
    """Context manager running its body with LC_TIME set to the given locale."""

    def __init__(self, locale):
        self.locale = locale

    def __enter__(self):
        self.oldlocale = _locale_module.setlocale(_locale_module.LC_TIME, None)
        _locale_module.setlocale(_locale_module.LC_TIME, self.locale)

    def __exit__(self, *exc_info):
        _locale_module.setlocale(_locale_module.LC_TIME, self.oldlocale)


def _environment_time_locale():
    # The current LC_TIME, or the environment's when the program never chose one.
    current = _locale_module.setlocale(_locale_module.LC_TIME, None)
    if current != 'C':
        return current
    with different_locale(''):
        return _locale_module.setlocale(_locale_module.LC_TIME, None)


class LocaleTextCalendar(TextCalendar):

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = _environment_time_locale() if locale is None else locale

    def formatweekday(self, day, width):
        with different_locale(self.locale):
            return TextCalendar.formatweekday(self, day, width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        with different_locale(self.locale):
            return TextCalendar.formatmonthname(self, theyear, themonth, width, withyear)


class LocaleHTMLCalendar(HTMLCalendar):

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = _environment_time_locale() if locale is None else locale

    def formatweekday(self, day):
        with different_locale(self.locale):
            return HTMLCalendar.formatweekday(self, day)

    def formatmonthname(self, theyear, themonth, withyear=True):
        with different_locale(self.locale):
            return HTMLCalendar.formatmonthname(self, theyear, themonth, withyear)


# The module-level functions use one shared TextCalendar.
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear


def formatstring(cols, colwidth=20, spacing=6):
    return (' ' * spacing).join(col.center(colwidth) for col in cols)


def format(cols, colwidth=20, spacing=6):
    print(formatstring(cols, colwidth, spacing))


_EPOCH_ORDINAL = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the epoch for a UTC time tuple (the inverse of time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORDINAL + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def main(args):
    import argparse
    parser = argparse.ArgumentParser()
    text_only = parser.add_argument_group('text only arguments')
    html_only = parser.add_argument_group('html only arguments')
    text_only.add_argument('-w', '--width', type=int, default=2,
                           help='width of date column (default 2)')
    text_only.add_argument('-l', '--lines', type=int, default=1,
                           help='number of lines for each week (default 1)')
    text_only.add_argument('-s', '--spacing', type=int, default=6,
                           help='spacing between months (default 6)')
    text_only.add_argument('-m', '--months', type=int, default=3,
                           help='months per row (default 3)')
    html_only.add_argument('-c', '--css', default='calendar.css',
                           help='CSS to use for page')
    parser.add_argument('-L', '--locale', default=None,
                        help='locale to use for month and weekday names')
    parser.add_argument('-e', '--encoding', default=None,
                        help='encoding to use for output')
    parser.add_argument('-t', '--type', default='text', choices=('text', 'html'),
                        help='output type (text or html)')
    parser.add_argument('year', nargs='?', type=int, help='year number (1-9999)')
    parser.add_argument('month', nargs='?', type=int,
                        help='month number (1-12, text only)')
    options = parser.parse_args(args[1:])
    if options.locale and not options.encoding:
        parser.error('if --locale is specified --encoding is required')
    year = datetime.date.today().year if options.year is None else options.year
    if options.type == 'html':
        out = sys.stdout.buffer
        if options.month is not None:
            parser.error('incorrect number of arguments')
        if options.locale:
            cal = LocaleHTMLCalendar(locale=(options.locale, options.encoding))
        else:
            cal = HTMLCalendar()
        encoding = options.encoding or sys.getdefaultencoding()
        out.write(cal.formatyearpage(year, encoding=encoding, css=options.css))
        return
    if options.locale:
        cal = LocaleTextCalendar(locale=(options.locale, options.encoding))
    else:
        cal = TextCalendar()
    if options.month is None:
        result = cal.formatyear(year, options.width, options.lines, options.spacing,
                                options.months)
    else:
        result = cal.formatmonth(year, options.month, options.width, options.lines)
    if options.encoding:
        sys.stdout.buffer.write(result.encode(options.encoding))
    else:
        sys.stdout.write(result)


if __name__ == '__main__':
    main(sys.argv)
