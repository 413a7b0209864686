"""datetime: dates, times, time deltas and fixed-offset time zones.

Written for Spry from the documented behaviour of CPython 3.11's datetime
(proleptic Gregorian calendar, microsecond resolution, the C
implementation's messages).
"""

import time as _time
import math as _math
import sys as _sys

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = (-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYNAMES = (None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

_DI400Y = 146097    # days in 400 years
_DI100Y = 36524     # days in 100 years
_DI4Y = 1461        # days in 4 years
_US_PER_DAY = 86400 * 1000000


# ---------------------------------------------------------------- calendar math

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    # Peel off whole 400-, 100-, 4- and 1-year cycles of day 0 = 0001-01-01.
    n -= 1
    n400, n = divmod(n, _DI400Y)
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - preceding + 1


def _iso_week1_monday(year):
    # The Monday of ISO week 1: the week holding the year's first Thursday.
    first = _ymd2ord(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


def _isoweek_to_gregorian(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        # Week 53 exists only in years starting on a Thursday (or a
        # Wednesday in leap years).
        first_weekday = _ymd2ord(year, 1, 1) % 7
        if not (week == 53 and (first_weekday == 4 or
                                (first_weekday == 3 and _is_leap(year)))):
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(ordinal)


# ---------------------------------------------------------------- argument checks

def _index(value):
    if type(value) is int:
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        index = value.__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return index()


def _valid_int_date(year, month, day):
    # The common case, checked without conversions: plain ints in range.
    return (type(year) is int and type(month) is int and type(day) is int
            and MINYEAR <= year <= MAXYEAR and 1 <= month <= 12 and 1 <= day
            and (day <= _DAYS_IN_MONTH[month] or
                 (month == 2 and day == 29 and _is_leap(year))))


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    fold = _index(fold)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)


def _check_utc_offset(name, offset):
    # utcoffset() and dst() results: None or a timedelta under 24 hours.
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -_US_PER_DAY < offset._to_microseconds() < _US_PER_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % type(name).__name__)


def _type_name(obj):
    # The C types are named "datetime.X" in reprs; subclasses by their name.
    cls = type(obj)
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__qualname__
    return cls.__qualname__


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _divide_and_round(a, b):
    # a / b rounded to the nearest integer, ties to even.
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


# ---------------------------------------------------------------- formatting

def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _format_offset(off, sep=':'):
    # "+HH:MM", with ":SS" and ".ffffff" only when needed; '' for None.
    if off is None:
        return ''
    us = off._to_microseconds()
    sign = '+'
    if us < 0:
        sign = '-'
        us = -us
    seconds, us = divmod(us, 1000000)
    mm, ss = divmod(seconds, 60)
    hh, mm = divmod(mm, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or us:
        s += '%s%02d' % (sep, ss)
        if us:
            s += '.%06d' % us
    return s


def _wrap_strftime(obj, fmt, timetuple):
    # %f, %z and %Z are ours; everything else goes to time.strftime.
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(fmt).__name__)
    if '%f' not in fmt and '%z' not in fmt and '%Z' not in fmt:
        return _time.strftime(fmt, timetuple)
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%':
            out.append(ch)
            continue
        if i >= n:
            out.append('%')
            break
        ch = fmt[i]
        i += 1
        if ch == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif ch == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, '') if off is not None else '')
        elif ch == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            if name is not None:
                out.append(name.replace('%', '%%'))
        else:
            out.append('%' + ch)
    return _time.strftime(''.join(out), timetuple)


# ---------------------------------------------------------------- ISO 8601 parsing

def _parse_digits(s, pos, count):
    chunk = s[pos:pos + count]
    if len(chunk) != count or not (chunk.isdigit() and chunk.isascii()):
        raise ValueError
    return int(chunk)


def _parse_isoformat_date(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]; returns (y, m, d).
    year = _parse_digits(s, 0, 4)
    extended = len(s) > 4 and s[4] == '-'
    pos = 5 if extended else 4
    if s[pos:pos + 1] == 'W':
        week = _parse_digits(s, pos + 1, 2)
        pos += 3
        day = 1
        if pos < len(s):
            if extended:
                if s[pos] != '-':
                    raise ValueError
                pos += 1
            day = _parse_digits(s, pos, 1)
            pos += 1
        if pos != len(s):
            raise ValueError
        return _isoweek_to_gregorian(year, week, day)
    month = _parse_digits(s, pos, 2)
    pos += 2
    if extended:
        if s[pos:pos + 1] != '-':
            raise ValueError
        pos += 1
    day = _parse_digits(s, pos, 2)
    if pos + 2 != len(s):
        raise ValueError
    return year, month, day


def _common_iso_datetime():
    # Compiled on first use: importing datetime stays free of re.
    global _COMMON_ISO
    if _COMMON_ISO is None:
        import re
        _COMMON_ISO = re.compile(
            r'([0-9]{4})-([0-9]{2})-([0-9]{2}).([0-9]{2}):([0-9]{2})'
            r'(?::([0-9]{2})(?:[.,]([0-9]+))?)?'
            r'(?:(Z)|([+-])([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?)?')
    return _COMMON_ISO


_COMMON_ISO = None


def _date_part_length(s):
    if len(s) > 4 and s[4] == '-':
        if s[5:6] == 'W':
            return 10 if len(s) > 8 and s[8] == '-' else 8
        return 10
    if s[4:5] == 'W':
        return 8 if len(s) > 7 and s[7].isdigit() else 7
    return 8


def _parse_hms(s):
    # HH[:MM[:SS[.f+]]] or HH[MM[SS[.f+]]]; returns [h, m, s, us].
    fields = [0, 0, 0, 0]
    extended = len(s) > 2 and s[2] == ':'
    pos = 0
    for i in range(3):
        fields[i] = _parse_digits(s, pos, 2)
        pos += 2
        if pos == len(s):
            return fields
        if i < 2 and extended:
            if s[pos] != ':':
                break
            pos += 1
            if pos == len(s):
                raise ValueError
        elif i == 2:
            break
    if s[pos] not in '.,' or i != 2:
        raise ValueError
    digits = s[pos + 1:]
    if not digits or not (digits.isdigit() and digits.isascii()):
        raise ValueError
    fields[3] = int((digits + '00000')[:6])
    return fields


def _parse_isoformat_time(s):
    # A time with an optional Z or +-offset; returns (h, m, s, us, tz).
    for k, ch in enumerate(s):
        if ch in '+-Z':
            break
    else:
        k = len(s)
    fields = _parse_hms(s[:k])
    tz = None
    if k < len(s):
        if s[k] == 'Z':
            if k + 1 != len(s):
                raise ValueError
            tz = timezone.utc
        else:
            h, m, sec, us = _parse_hms(s[k + 1:])
            offset = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
            if s[k] == '-':
                offset = -offset
            tz = timezone.utc if not offset else timezone(offset)
    return fields + [tz]


# ---------------------------------------------------------------- timedelta

_TIMEDELTA_FACTORS = (('days', 86400 * 10**6), ('seconds', 10**6),
                      ('microseconds', 1), ('milliseconds', 1000),
                      ('minutes', 60 * 10**6), ('hours', 3600 * 10**6),
                      ('weeks', 7 * 86400 * 10**6))


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int
                and type(hours) is int and type(weeks) is int):
            return cls._from_microseconds(
                (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60000000
                + seconds * 1000000 + milliseconds * 1000 + microseconds)
        values = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        whole = 0
        num, den = 0, 1
        for (name, factor), value in zip(_TIMEDELTA_FACTORS, values):
            if type(value) is int or isinstance(value, int):
                whole += int(value) * factor
            elif isinstance(value, float):
                # Exact rational sum, rounded once at the end.
                if value != value:
                    raise ValueError("cannot convert float NaN to integer")
                if value in (float('inf'), float('-inf')):
                    raise OverflowError("cannot convert float infinity to integer")
                n, d = value.as_integer_ratio()
                num = num * d + n * factor * den
                den *= d
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(value).__name__))
        if num:
            whole += _divide_and_round(num, den)
        return cls._from_microseconds(whole)

    @classmethod
    def _from_microseconds(cls, us):
        self = object.__new__(cls)
        s, us = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if abs(d) >= 1 << 31:
            raise OverflowError("Python int too large to convert to C int")
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append('0')
        return "%s(%s)" % (_type_name(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = "%d day%s, " % (self._days, plural) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / 10**6

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() +
                                                other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() -
                                                other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return timedelta._from_microseconds(self._to_microseconds())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(
                _divide_and_round(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if not divisor:
                raise ZeroDivisionError("integer division or modulo by zero")
            return usec // divisor
        if not other:
            raise ZeroDivisionError("integer division or modulo by zero")
        return timedelta._from_microseconds(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if not divisor:
                raise ZeroDivisionError("division by zero")
            return usec / divisor
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(_divide_and_round(usec, other))
        a, b = other.as_integer_ratio()
        if not a:
            raise ZeroDivisionError("integer division or modulo by zero")
        return timedelta._from_microseconds(_divide_and_round(b * usec, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if not divisor:
                raise ZeroDivisionError("integer modulo by zero")
            return timedelta._from_microseconds(self._to_microseconds() % divisor)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if not divisor:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_microseconds(), divisor)
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _getstate(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() == other._getstate()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() < other._getstate()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() <= other._getstate()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() > other._getstate()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() >= other._getstate()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._getstate())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, self._getstate())


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- date

class IsoCalendarDate(tuple):
    """The (year, week, weekday) result of isocalendar()."""

    __slots__ = ()

    def __new__(cls, year, week, weekday, /):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return ('datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)'
                % tuple(self))


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' (pos 3)")
        if not _valid_int_date(year, month, day):
            year, month, day = _check_date_fields(year, month, day)
        return cls._make(year, month, day)

    @classmethod
    def _make(cls, year, month, day):
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp."""
        y, m, d = _broken_down(_time.localtime, _round_timestamp(t)[0])[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            ymd = _parse_isoformat_date(date_string)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday."""
        return cls(*_isoweek_to_gregorian(_index(year), _index(week), _index(day)))

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month,
                                   self._day)

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument 2 must be str, not %s"
                            % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        """year (1-9999)"""
        return self._year

    @property
    def month(self):
        """month (1-12)"""
        return self._month

    @property
    def day(self):
        """day (1-31)"""
        return self._day

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        yday = _days_before_month(self._year, self._month) + self._day
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), yday, -1))

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        # _ymd2ord inlined: this is on every arithmetic path.
        year = self._year
        y = year - 1
        return (y * 365 + y // 4 - y // 100 + y // 400
                + _DAYS_BEFORE_MONTH[self._month]
                + (self._month > 2 and _is_leap(year)) + self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmp(self, other):
        return _cmp((self._year, self._month, self._day),
                    (other._year, other._month, other._day))

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other._days
            if 0 < o <= _MAXORDINAL:
                cls = type(self)
                if cls is date:
                    return date._make(*_ord2ymd(o))
                return cls.fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        week1monday = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _iso_week1_monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        "datetime -> string name of time zone."
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        "datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        "datetime -> DST offset as timedelta positive east of UTC."
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        "datetime in UTC -> datetime in local time."
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent "
                                 "results; cannot convert")
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (self.__class__, args, getattr(self, '__dict__', None) or None)


# ---------------------------------------------------------------- time

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second,
                         other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if not tzoff:
                self._hashcode = hash((t._hour, t._minute, t._second,
                                       t._microsecond))
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute)
                              - tzoff, timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self._second,
                                               self._microsecond))
                else:
                    self._hashcode = hash((h, m, self._second,
                                           self._microsecond))
        return self._hashcode

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d%s)" % (_type_name(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        return s + self._tzstr()

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string.startswith('T') else time_string
        try:
            fields = _parse_isoformat_time(s)
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {time_string!r}') from None
        return cls(*fields)

    def strftime(self, format):
        """format -> strftime() style string."""
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, format, timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument 2 must be str, not %s"
                            % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        """Return the timezone offset as timedelta, positive east of UTC (negative west of UTC)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        _check_tzname(name)
        return name

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta
        positive eastward) if DST is in effect."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset("dst", offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return a new time with new values for the specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __reduce__(self):
        return (self.__class__, (self._hour, self._minute, self._second,
                                 self._microsecond, self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime

def _round_timestamp(t):
    # Whole seconds and microseconds of a timestamp, rounded half to even.
    if not isinstance(t, float):
        return _index(t), 0
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")
    if t in (float('inf'), float('-inf')):
        raise OverflowError("timestamp out of range for platform time_t")
    frac, whole = _math.modf(t)
    us = round(frac * 1e6)
    if us >= 1000000:
        whole += 1
        us -= 1000000
    elif us < 0:
        whole -= 1
        us += 1000000
    return int(whole), us


def _broken_down(converter, t):
    # time.localtime/gmtime, with CPython's message for a time_t overflow.
    try:
        return converter(t)
    except (OverflowError, OSError):
        raise OverflowError("timestamp out of range for platform time_t") from None


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if month is None:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' (pos 3)")
        if not _valid_int_date(year, month, day):
            year, month, day = _check_date_fields(year, month, day)
        if not (type(hour) is int and type(minute) is int and type(second) is int
                and type(microsecond) is int and 0 <= hour <= 23
                and 0 <= minute <= 59 and 0 <= second <= 59
                and 0 <= microsecond <= 999999 and type(fold) is int
                and (fold == 0 or fold == 1)):
            hour, minute, second, microsecond, fold = _check_time_fields(
                hour, minute, second, microsecond, fold)
        if tzinfo is not None:
            _check_tzinfo_arg(tzinfo)
        return cls._make(year, month, day, hour, minute, second, microsecond,
                         tzinfo, fold)

    @classmethod
    def _make(cls, year, month, day, hour=0, minute=0, second=0,
              microsecond=0, tzinfo=None, fold=0):
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        t, us = _round_timestamp(t)
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss = _broken_down(converter, t)[:6]
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is None and not utc:
            # A local time that repeats (the end of DST) gets fold=1 when
            # it is the second occurrence.
            max_fold_seconds = 24 * 3600
            if t < max_fold_seconds and _sys.platform.startswith("win"):
                return result
            y, m, d, hh, mm, ss = converter(t - max_fold_seconds)[:6]
            probe1 = cls(y, m, d, hh, mm, ss, us, tz)
            trans = result - probe1 - timedelta(0, max_fold_seconds)
            if trans.days < 0:
                y, m, d, hh, mm, ss = converter(t + trans // timedelta(0, 1))[:6]
                probe2 = cls(y, m, d, hh, mm, ss, us, tz)
                if probe2 == result:
                    result._fold = 1
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        "Construct a datetime from time.time() and optional time zone info."
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        "Construct a UTC datetime from time.time()."
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        "Construct a datetime from a given date and a given time."
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day,
                   time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        m = _common_iso_datetime().fullmatch(date_string)
        if m is not None:
            return cls._from_common_iso(m)
        try:
            split = _date_part_length(date_string)
            ymd = _parse_isoformat_date(date_string[:split])
            if len(date_string) > split:
                time_part = date_string[split + 1:]
                if not time_part:
                    raise ValueError
                fields = _parse_isoformat_time(time_part)
            else:
                fields = [0, 0, 0, 0, None]
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*(ymd + tuple(fields)))

    @classmethod
    def _from_common_iso(cls, m):
        # YYYY-MM-DD?HH:MM[:SS[.f+]][Z|+-HH:MM[:SS]], the form isoformat() writes.
        (y, mo, d, hh, mi, ss, frac, zulu, sign, oh, om, osec) = m.groups()
        us = int((frac + '00000')[:6]) if frac else 0
        tz = None
        if zulu:
            tz = timezone.utc
        elif sign:
            offset = (int(oh) * 60 + int(om)) * 60 + int(osec or 0)
            if sign == '-':
                offset = -offset
            tz = timezone(timedelta(seconds=offset)) if offset else timezone.utc
        return cls(int(y), int(mo), int(d), int(hh), int(mi), int(ss or 0), us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        'string, format -> new datetime parsed from a string (like time.strptime()).'
        for index, arg in enumerate((date_string, format)):
            if not isinstance(arg, str):
                raise TypeError("strptime() argument %d must be str, not %s"
                                % (index + 1, type(arg).__name__))
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def timetuple(self):
        "Return local time tuple compatible with time.localtime()."
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        yday = _days_before_month(self._year, self._month) + self._day
        return _time.struct_time((self._year, self._month, self._day,
                                  self._hour, self._minute, self._second,
                                  self.weekday(), yday, dst))

    def _mktime(self):
        """Return integer POSIX timestamp of this naive local time."""
        epoch = datetime(1970, 1, 1)
        max_fold_seconds = 24 * 3600
        t = (self - epoch) // timedelta(0, 1)

        def local(u):
            y, m, d, hh, mm, ss = _time.localtime(u)[:6]
            return (datetime(y, m, d, hh, mm, ss) - epoch) // timedelta(0, 1)

        a = local(t) - t
        u1 = t - a
        t1 = local(u1)
        if t1 == t:
            u2 = u1 + (-max_fold_seconds, max_fold_seconds)[self.fold]
            b = local(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        t2 = local(u2)
        if t2 == t:
            return u2
        if t1 == t:
            return u1
        return (max, min)[self.fold](u1, u2)

    def timestamp(self):
        "Return POSIX timestamp as float"
        if self._tzinfo is None:
            s = self._mktime()
            return s + self.microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        "Return UTC time tuple compatible with time.gmtime()."
        offset = self.utcoffset()
        if offset:
            self -= offset
        y, m, d = self.year, self.month, self.day
        hh, mm, ss = self.hour, self.minute, self.second
        return _time.struct_time((y, m, d, hh, mm, ss, self.weekday(),
                                  _days_before_month(y, m) + d, 0))

    def date(self):
        "Return the date part."
        return date(self._year, self._month, self._day)

    def time(self):
        "Return the time part, with tzinfo None."
        return time(self.hour, self.minute, self.second, self.microsecond,
                    fold=self.fold)

    def timetz(self):
        "Return the time part, with same tzinfo."
        return time(self.hour, self.minute, self.second, self.microsecond,
                    self._tzinfo, fold=self.fold)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """Return datetime with new specified fields."""
        if year is None:
            year = self.year
        if month is None:
            month = self.month
        if day is None:
            day = self.day
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self.fold
        return type(self)(year, month, day, hour, minute, second,
                          microsecond, tzinfo, fold=fold)

    def _local_timezone(self):
        if self.tzinfo is None:
            ts = self._mktime()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        localtm = _time.localtime(ts)
        local = datetime(*localtm[:6])
        gmtoff = localtm.tm_gmtoff
        zone = localtm.tm_zone
        return timezone(timedelta(seconds=gmtoff), zone)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is None:
            tz = self._local_timezone()
        else:
            _check_tzinfo_arg(tz)
        mytz = self.tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        if type(self) is datetime:
            utc = self._shifted(-myoffset._to_microseconds(), tz)
        else:
            utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        "Return ctime() style string."
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode "
                            "character, not %s" % type(sep).__name__)
        s = ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second,
                          self._microsecond, timespec))
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        L = [self._year, self._month, self._day,
             self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = "%s(%s)" % (_type_name(self), ", ".join(map(str, L)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        "Convert to string, for str()."
        return self.isoformat(sep=' ')

    def utcoffset(self):
        """Return the timezone offset as timedelta positive east of UTC (negative west of
        UTC)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        _check_tzname(name)
        return name

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta
        positive eastward) if DST is in effect."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset("dst", offset)
        return offset

    def _mixed_compare(self, other, op):
        # datetime against a plain date: only == and != have an answer.
        if op == '==':
            return False
        if op == '!=':
            return True
        raise TypeError("can't compare %s to %s" % (_type_name(self),
                                                    _type_name(other)))

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) <= 0
        if isinstance(other, date):
            return self._mixed_compare(other, '<=')
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) < 0
        if isinstance(other, date):
            return self._mixed_compare(other, '<')
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) >= 0
        if isinstance(other, date):
            return self._mixed_compare(other, '>=')
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) > 0
        if isinstance(other, date):
            return self._mixed_compare(other, '>')
        return NotImplemented

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if allow_mixed:
                # An instant in a fold or gap compares unequal to anything
                # in another zone.
                if myoff != self.replace(fold=not self.fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other.fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._fields(), other._fields())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return diff and 1 or 0

    def _to_microseconds(self):
        # Microseconds since 0001-01-01T00:00 minus one day (ordinal 0).
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                 + self._second) * 1000000 + self._microsecond)

    def __add__(self, other):
        "Add a datetime and a timedelta."
        if not isinstance(other, timedelta):
            return NotImplemented
        return self._shifted(other._to_microseconds(), self._tzinfo)

    def _shifted(self, delta_us, tzinfo):
        # self moved by delta_us microseconds, with the given tzinfo.
        days, us = divmod(self._to_microseconds() + delta_us, _US_PER_DAY)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        seconds, us = divmod(us, 1000000)
        hour, seconds = divmod(seconds, 3600)
        minute, second = divmod(seconds, 60)
        y, m, d = _ord2ymd(days)
        cls = type(self)
        if cls is datetime:
            return datetime._make(y, m, d, hour, minute, second, us, tzinfo)
        return cls.combine(date(y, m, d),
                           time(hour, minute, second, us, tzinfo=tzinfo))

    __radd__ = __add__

    def __sub__(self, other):
        "Subtract two datetimes, or a datetime and a timedelta."
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        us = self._to_microseconds() - other._to_microseconds()
        if self._tzinfo is not other._tzinfo:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if myoff != otoff:
                if myoff is None or otoff is None:
                    raise TypeError("can't subtract offset-naive and "
                                    "offset-aware datetimes")
                us += otoff._to_microseconds() - myoff._to_microseconds()
        return timedelta._from_microseconds(us)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self.fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(t._fields())
            else:
                days = _ymd2ord(self.year, self.month, self.day)
                seconds = self.hour * 3600 + self.minute * 60 + self.second
                self._hashcode = hash(timedelta(days, seconds, self.microsecond)
                                      - tzoff)
        return self._hashcode

    def __reduce__(self):
        return (self.__class__, self._fields() + (self._tzinfo,))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_date_class = date
_time_class = time


# ---------------------------------------------------------------- timezone

class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = '_offset', '_name'

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, "
                            "not %s" % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             "not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance "
                            "or None, not %s" % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, 'tzname')
        if self._name is None:
            return self._name_from_offset(self._offset)
        return self._name

    def dst(self, dt):
        self._check_dt(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
