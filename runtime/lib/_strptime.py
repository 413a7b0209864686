"""strptime for the datetime module: parse a string by a strftime format.

Written for Spry from the documented behaviour of CPython 3.11's
datetime.strptime in the C/POSIX locale (English names).
"""

import re
import time

from datetime import date, timedelta, timezone

__all__ = []

_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
         'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December')

# The C locale's composite formats.
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _alternatives(names, directive):
    # Longest first, so that "May" cannot cut "Mayday" short.
    names = sorted(names, key=len, reverse=True)
    return '(?P<%s>%s)' % (directive, '|'.join(re.escape(n) for n in names))


def _timezone_names():
    std, dst = (name.lower() for name in time.tzname)
    return (frozenset({'utc', 'gmt', std}),
            frozenset({dst}) if time.daylight else frozenset())


def _directive_patterns():
    zones = _timezone_names()
    return {
        'd': r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
        'f': r"(?P<f>[0-9]{1,6})",
        'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
        'I': r"(?P<I>1[0-2]|0[1-9]|[1-9])",
        'G': r"(?P<G>\d\d\d\d)",
        'j': r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
        'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
        'M': r"(?P<M>[0-5]\d|\d)",
        'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
        'U': r"(?P<U>5[0-3]|[0-4]\d|\d)",
        'W': r"(?P<W>5[0-3]|[0-4]\d|\d)",
        'w': r"(?P<w>[0-6])",
        'u': r"(?P<u>[1-7])",
        'V': r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
        'y': r"(?P<y>\d\d)",
        'Y': r"(?P<Y>\d\d\d\d)",
        'z': r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
        'A': _alternatives([d.lower() for d in _DAYS], 'A'),
        'a': _alternatives([d[:3].lower() for d in _DAYS], 'a'),
        'B': _alternatives([m.lower() for m in _MONTHS], 'B'),
        'b': _alternatives([m[:3].lower() for m in _MONTHS], 'b'),
        'p': _alternatives(['am', 'pm'], 'p'),
        'Z': _alternatives([tz for names in zones for tz in names], 'Z'),
        '%': '%',
    }


def _pattern(fmt, patterns):
    fmt = re.sub(r"([\\.^$*+?\(\){}\[\]|])", r"\\\1", fmt)
    fmt = re.sub(r'\s+', r'\\s+', fmt)
    out = []
    while '%' in fmt:
        i = fmt.index('%') + 1
        out.append(fmt[:i - 1])
        directive = fmt[i]
        if directive in _COMPOSITE:
            out.append(_pattern(_COMPOSITE[directive], patterns))
        else:
            out.append(patterns[directive])
        fmt = fmt[i + 1:]
    out.append(fmt)
    return ''.join(out)


_regex_cache = {}


def _compiled(fmt):
    # Compiled patterns by format, rebuilt when the time zone names change.
    key = (fmt, time.tzname, time.daylight)
    regex = _regex_cache.get(key)
    if regex is None:
        if len(_regex_cache) > 100:
            _regex_cache.clear()
        regex = _regex_cache[key] = re.compile(_pattern(fmt, _directive_patterns()),
                                               re.IGNORECASE)
    return regex


def _julian_from_week(year, week_of_year, day_of_week, week_starts_mon):
    # Day of the year from a %U/%W week number and a weekday (Monday 0).
    first_weekday = date(year, 1, 1).weekday()
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


def _parse_offset(z):
    # "Z" or +-HH[:]MM[[:]SS[.ffffff]] -> (seconds, microseconds)
    if z == 'Z':
        return 0, 0
    raw = z
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError(f"Inconsistent use of : in {raw}")
            z = z[:5] + z[6:]
    seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    rest = z[8:]
    fraction = int(rest + '0' * (6 - len(rest)))
    if z.startswith('-'):
        return -seconds, -fraction
    return seconds, fraction


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a 2-tuple consisting of a time struct and an int containing
    the number of microseconds based on the input string and the
    format string."""
    # 0-based and the class itself: what time.strptime shows in CPython.
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}"
                            .format(index, type(arg)))
    try:
        regex = _compiled(format)
    except KeyError as err:
        bad = err.args[0]
        if bad == '\\':
            bad = '%'
        raise ValueError("'%s' is a bad directive in format '%s'"
                         % (bad, format)) from None
    except IndexError:
        raise ValueError("stray %% in format '%s'" % format) from None
    found = regex.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r"
                         % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s"
                         % data_string[found.end():])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = week_starts_mon = None
    weekday = julian = None
    fields = found.groupdict()
    for key, value in fields.items():
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = [m.lower() for m in _MONTHS].index(value.lower()) + 1
        elif key == 'b':
            month = [m[:3].lower() for m in _MONTHS].index(value.lower()) + 1
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = (fields.get('p') or '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key == 'A':
            weekday = [d.lower() for d in _DAYS].index(value.lower())
        elif key == 'a':
            weekday = [d[:3].lower() for d in _DAYS].index(value.lower())
        elif key == 'w':
            weekday = (int(value) - 1) % 7
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week_of_year = int(value)
            week_starts_mon = key == 'W'
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            gmtoff, gmtoff_fraction = _parse_offset(value)
        elif key == 'Z':
            zone = value.lower()
            for index, names in enumerate(_timezone_names()):
                if zone in names:
                    if (time.tzname[0] == time.tzname[1] and time.daylight
                            and zone not in ('utc', 'gmt')):
                        break
                    tz = index
                    break

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with "
                             "the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with "
                         "the year directive '%Y'. Use the ISO year '%G' "
                         "instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904     # a leap year, so that Feb 29 validates below
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday,
                                       week_starts_mon)
        elif iso_year is not None and iso_week is not None:
            d = date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = d.year, d.month, d.day
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if date(year, 12, 31).timetuple().tm_yday == 366 else 365

    if julian is None:
        julian = (date(year, month, day).toordinal()
                  - date(year, 1, 1).toordinal() + 1)
    else:
        d = date.fromordinal(julian - 1 + date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = date(year, month, day).weekday()
    tzname = fields.get('Z')
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz,
             tzname, gmtoff), fraction, gmtoff_fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time (with tm_zone and tm_gmtoff) from
    data_string parsed by format."""
    return time.struct_time(_strptime(data_string, format)[0])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a cls instance from data_string parsed by format."""
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (timezone(tzdelta, tzname) if tzname else timezone(tzdelta),)
    return cls(*args)
