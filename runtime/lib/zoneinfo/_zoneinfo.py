"""The ZoneInfo time zone class."""

import bisect
import calendar
import collections
import weakref
from datetime import datetime, timedelta, tzinfo

from . import _common, _tzpath

EPOCH = datetime(1970, 1, 1)
EPOCHORDINAL = datetime(1970, 1, 1).toordinal()


class _ttinfo:
    """A local time type: UTC offset, DST offset, abbreviation."""
    __slots__ = ["utcoff", "dstoff", "tzname"]

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname

    def __eq__(self, other):
        return (self.utcoff == other.utcoff and self.dstoff == other.dstoff and
                self.tzname == other.tzname)

    def __repr__(self):
        return (f"{self.__class__.__name__}"
                + f"({self.utcoff}, {self.dstoff}, {self.tzname})")


_NO_TTINFO = _ttinfo(None, None, None)


def _local_timestamp(dt):
    # Seconds since 1970-01-01 00:00 of dt's wall-clock time.
    return ((dt.toordinal() - EPOCHORDINAL) * 86400
            + dt.hour * 3600 + dt.minute * 60 + dt.second)


class ZoneInfo(tzinfo):
    _strong_cache_size = 8
    _strong_cache = collections.OrderedDict()
    _weak_cache = weakref.WeakValueDictionary()
    __module__ = "zoneinfo"

    def __init_subclass__(cls):
        cls._strong_cache = collections.OrderedDict()
        cls._weak_cache = weakref.WeakValueDictionary()

    def __new__(cls, key):
        instance = cls._weak_cache.get(key, None)
        if instance is None:
            instance = cls._weak_cache.setdefault(key, cls._new_instance(key))
            instance._from_cache = True
        # A small LRU of strong references keeps recent zones alive.
        cls._strong_cache[key] = cls._strong_cache.pop(key, instance)
        if len(cls._strong_cache) > cls._strong_cache_size:
            cls._strong_cache.popitem(last=False)
        return instance

    @classmethod
    def no_cache(cls, key):
        obj = cls._new_instance(key)
        obj._from_cache = False
        return obj

    @classmethod
    def _new_instance(cls, key):
        obj = super().__new__(cls)
        obj._key = key
        obj._file_path = cls._find_tzfile(key)
        if obj._file_path is None:
            raise _common.ZoneInfoNotFoundError(f"No time zone found with key {key}")
        with open(obj._file_path, "rb") as f:
            obj._load_file(f)
        return obj

    @staticmethod
    def _find_tzfile(key):
        return _tzpath.find_tzfile(key)

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """A ZoneInfo read from the binary file object fobj (not cached)."""
        obj = super().__new__(cls)
        obj._key = key
        obj._file_path = None
        obj._load_file(fobj)
        obj._file_repr = repr(fobj)
        # Disable pickling for objects created from files
        obj.__reduce__ = obj._file_reduce
        return obj

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is not None:
            for key in only_keys:
                cls._weak_cache.pop(key, None)
                cls._strong_cache.pop(key, None)
        else:
            cls._weak_cache.clear()
            cls._strong_cache.clear()

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        return self._find_trans(dt).utcoff

    def dst(self, dt):
        return self._find_trans(dt).dstoff

    def tzname(self, dt):
        return self._find_trans(dt).tzname

    def fromutc(self, dt):
        """dt (a UTC time with tzinfo self) as local time, fold set in repeated hours."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        timestamp = _local_timestamp(dt)
        utc = self._trans_list_utc
        num_trans = len(utc)
        if num_trans >= 1 and timestamp < utc[0]:
            tti = self._tti_before
            fold = 0
        elif (num_trans == 0 or timestamp > utc[-1]) and not isinstance(self._tz_after, _ttinfo):
            tti, fold = self._tz_after.get_trans_info_fromutc(timestamp, dt.year)
        elif num_trans == 0:
            tti = self._tz_after
            fold = 0
        else:
            idx = bisect.bisect_right(utc, timestamp)
            if num_trans > 1 and timestamp >= utc[1]:
                tti_prev, tti = self._ttinfos[idx - 2:idx]
            elif timestamp > utc[-1]:
                tti_prev = self._ttinfos[-1]
                tti = self._tz_after
            else:
                tti_prev = self._tti_before
                tti = self._ttinfos[0]
            # Within one offset change after a backward transition, the
            # local time is the second of two equal ones.
            shift = tti_prev.utcoff - tti.utcoff
            fold = shift.total_seconds() > timestamp - utc[idx - 1]
        dt += tti.utcoff
        if fold:
            return dt.replace(fold=1)
        return dt

    def _find_trans(self, dt):
        if dt is None:
            if self._fixed_offset:
                return self._tz_after
            return _NO_TTINFO
        ts = _local_timestamp(dt)
        lt = self._trans_list[dt.fold]
        num_trans = len(lt)
        if num_trans and ts < lt[0]:
            return self._tti_before
        if not num_trans or ts > lt[-1]:
            if isinstance(self._tz_after, _TZStr):
                return self._tz_after.get_trans_info(ts, dt.year, dt.fold)
            return self._tz_after
        idx = bisect.bisect_right(lt, ts)
        return self._ttinfos[idx - 1]

    def __str__(self):
        if self._key is not None:
            return f"{self._key}"
        return repr(self)

    def __repr__(self):
        name = f"{type(self).__module__}.{type(self).__qualname__}"
        if self._key is not None:
            return f"{name}(key={self._key!r})"
        return f"{name}.from_file({self._file_repr})"

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, self._from_cache))

    def _file_reduce(self):
        import pickle
        raise pickle.PicklingError("Cannot pickle a ZoneInfo file created from a file stream.")

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)

    def _load_file(self, fobj):
        trans_idx, trans_utc, utcoff, isdst, abbr, tz_str = _common.load_data(fobj)
        dstoff = _utcoff_to_dstoff(trans_idx, utcoff, isdst)
        self._trans_list_utc = trans_utc
        self._trans_list = _ts_to_local(trans_idx, trans_utc, utcoff)
        # One _ttinfo per local time type, shared by its transitions.
        types = [_ttinfo(timedelta(seconds=off), timedelta(seconds=doff), name)
                 for off, doff, name in zip(utcoff, dstoff, abbr)]
        self._ttinfos = [types[i] for i in trans_idx]
        # Before the first transition: the first standard-time type.
        for i, dst in enumerate(isdst):
            if not dst:
                self._tti_before = types[i]
                break
        else:
            self._tti_before = types[0] if types else None
        # After the last: the footer's rule, else the last type in use.
        if tz_str is not None and tz_str != "":
            self._tz_after = _parse_tz_str(tz_str)
        else:
            if not self._ttinfos and not types:
                raise ValueError("No time zone information found.")
            self._tz_after = self._ttinfos[-1] if self._ttinfos else types[0]
        # A zone without transitions whose rule is a fixed offset answers
        # utcoffset(None) too.
        self._fixed_offset = (not self._trans_list_utc and isinstance(self._tz_after, _ttinfo))


def _utcoff_to_dstoff(trans_idx, utcoffsets, isdsts):
    """The DST offset of each local time type: TZif files only say whether a
    type is DST, so it is the type's offset minus that of a standard-time
    type next to it in the transitions (one hour when none is found)."""
    typecnt = len(isdsts)
    dstoffs = [0] * typecnt
    dst_cnt = sum(isdsts)
    dst_found = 0
    for i in range(1, len(trans_idx)):
        if dst_cnt == dst_found:
            break
        idx = trans_idx[i]
        if not isdsts[idx] or dstoffs[idx] != 0:
            continue
        dstoff = 0
        utcoff = utcoffsets[idx]
        comp_idx = trans_idx[i - 1]
        if not isdsts[comp_idx]:
            dstoff = utcoff - utcoffsets[comp_idx]
        if not dstoff and idx < (typecnt - 1):
            comp_idx = trans_idx[i + 1]
            # The next type is DST too: decide on a later transition.
            if isdsts[comp_idx]:
                continue
            dstoff = utcoff - utcoffsets[comp_idx]
        if dstoff:
            dst_found += 1
            dstoffs[idx] = dstoff
    else:
        for idx in range(typecnt):
            if not dstoffs[idx] and isdsts[idx]:
                dstoffs[idx] = 3600
    return dstoffs


def _ts_to_local(trans_idx, trans_list_utc, utcoffsets):
    """The transitions in local wall-clock seconds, twice: with fold=0 each
    one is placed by the larger of the offsets around it, with fold=1 by
    the smaller (so gaps and folds resolve as PEP 495 says)."""
    if not trans_list_utc:
        return [[], []]
    wall = [list(trans_list_utc), list(trans_list_utc)]
    if len(utcoffsets) > 1:
        before, after = utcoffsets[0], utcoffsets[trans_idx[0]]
    else:
        before = after = utcoffsets[0]
    wall[0][0] += max(before, after)
    wall[1][0] += min(before, after)
    for i in range(1, len(trans_idx)):
        before = utcoffsets[trans_idx[i - 1]]
        after = utcoffsets[trans_idx[i]]
        wall[0][i] += max(before, after)
        wall[1][i] += min(before, after)
    return wall


# ---------------------------------------------------------------- TZ strings

class _TZStr:
    """A POSIX TZ rule with daylight saving time (std offset dst offset,
    start/time, end/time), used after a zone's last transition."""

    __slots__ = ("std", "dst", "start", "end", "dst_diff")

    def __init__(self, std_abbr, std_offset, dst_abbr, dst_offset, start=None, end=None):
        self.dst_diff = dst_offset - std_offset
        std_offset = timedelta(seconds=std_offset)
        self.std = _ttinfo(utcoff=std_offset, dstoff=timedelta(0), tzname=std_abbr)
        self.start = start
        self.end = end
        dst_offset = timedelta(seconds=dst_offset)
        delta = timedelta(seconds=self.dst_diff)
        self.dst = _ttinfo(utcoff=dst_offset, dstoff=delta, tzname=dst_abbr)

    def transitions(self, year):
        start = self.start.year_to_epoch(year)
        end = self.end.year_to_epoch(year)
        return start, end

    def get_trans_info(self, ts, year, fold):
        """The std or dst type in effect at local time ts of year."""
        start, end = self.transitions(year)
        # The boundaries in local time move by the DST difference depending
        # on the fold and on the sign of that difference.
        if fold == (self.dst_diff >= 0):
            end -= self.dst_diff
        else:
            start += self.dst_diff
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = not (end <= ts < start)
        return self.dst if isdst else self.std

    def get_trans_info_fromutc(self, ts, year):
        start, end = self.transitions(year)
        start -= self.std.utcoff.total_seconds()
        end -= self.dst.utcoff.total_seconds()
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = not (end <= ts < start)
        # The repeated hour follows the end of DST (or, for negative DST,
        # its start).
        if self.dst_diff > 0:
            ambig_start = end
            ambig_end = end + self.dst_diff
        else:
            ambig_start = start
            ambig_end = start - self.dst_diff
        fold = ambig_start <= ts < ambig_end
        return (self.dst if isdst else self.std, fold)


def _days_before_year(year):
    """The number of days from 1970-01-01 to YEAR-01-01."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + 1 - EPOCHORDINAL


class _DayOffset:
    """Jn (1..365, February 29 never counted) or n (0..365).  As CPython
    3.11 does, both count from day 1 (n is one day early) and Jn counts
    February 29 from J59 on."""
    __slots__ = ["d", "julian", "time"]

    def __init__(self, d, julian, time=7200):
        self.d = d
        self.julian = julian
        self.time = time  # seconds after midnight, local time (may be < 0)

    def year_to_epoch(self, year):
        day = self.d - 1
        if self.julian and self.d >= 59 and calendar.isleap(year):
            day += 1
        return (_days_before_year(year) + day) * 86400 + self.time


class _CalendarOffset:
    """Mm.w.d: day d (0 is Sunday) of week w (5 is the last) of month m."""
    __slots__ = ["m", "w", "d", "time"]

    def __init__(self, m, w, d, time=7200):
        self.m = m
        self.w = w
        self.d = d
        self.time = time  # seconds after midnight, local time (may be < 0)

    def year_to_epoch(self, year):
        first_day, days_in_month = calendar.monthrange(year, self.m)
        # calendar counts Monday as 0, POSIX Sunday: the first day d of the
        # month, then w-1 weeks later; week 5 means the last.
        month_day = (self.d - (first_day + 1)) % 7 + 1
        month_day += (self.w - 1) * 7
        if month_day > days_in_month:
            month_day -= 7
        days = (_days_before_year(year) + sum(calendar.mdays[1:self.m]) +
                (self.m > 2 and calendar.isleap(year)) + month_day - 1)
        return days * 86400 + self.time


class _TZStrParser:
    """Reads a POSIX TZ string, std offset [dst [offset] ,start[/time],end[/time]],
    with the error messages of CPython's C zoneinfo."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def fail(self, message):
        raise ValueError(message % (self.text.encode(),))

    def peek(self):
        return self.text[self.pos:self.pos + 1]

    def digits(self, lo, hi):
        """An int of lo..hi ASCII digits at the position, or None."""
        start = self.pos
        while self.pos - start < hi and self.peek().isdigit() and self.peek().isascii():
            self.pos += 1
        if self.pos - start < lo:
            self.pos = start
            return None
        return int(self.text[start:self.pos])

    def abbr(self):
        if self.peek() == '<':
            end = self.text.find('>', self.pos)
            if end < 0:
                return None
            name = self.text[self.pos + 1:end]
            if not all(c.isascii() and (c.isalnum() or c in '+-') for c in name):
                return None
            self.pos = end + 1
            return name
        start = self.pos
        while self.peek().isascii() and self.peek().isalpha():
            self.pos += 1
        return self.text[start:self.pos] if self.pos > start else None

    def signed_hms(self, max_hour, hour_digits):
        """[+-]h[:mm[:ss]] as (sign, seconds), or None."""
        sign = 1
        if self.peek() in ('+', '-'):
            sign = -1 if self.peek() == '-' else 1
            self.pos += 1
        hours = self.digits(1, hour_digits)
        if hours is None or hours > max_hour or self.peek().isdigit():
            return None
        total = hours * 3600
        for scale in (60, 1):
            if self.peek() != ':':
                break
            self.pos += 1
            part = self.digits(2, 2)
            if part is None:
                return None
            total += part * scale
        return sign, total

    def offset(self):
        # POSIX offsets count west of Greenwich: the UTC offset is negated.
        parsed = self.signed_hms(24, 2)
        if parsed is None:
            return None
        sign, total = parsed
        return -sign * total

    def rule(self):
        kind = self.peek()
        if kind == 'M':
            self.pos += 1
            m = self.digits(1, 2)
            w = d = None
            if m is not None and self.peek() == '.':
                self.pos += 1
                w = self.digits(1, 1)
                if w is not None and self.peek() == '.':
                    self.pos += 1
                    d = self.digits(1, 1)
            if d is None or not (1 <= m <= 12 and 1 <= w <= 5 and d <= 6):
                self.fail("Malformed transition rule in TZ string: %r")
            rule = _CalendarOffset(m, w, d)
        else:
            julian = kind == 'J'
            if julian:
                self.pos += 1
            n = self.digits(1, 3)
            if n is None or not (julian <= n <= 365):
                self.fail("Malformed transition rule in TZ string: %r")
            rule = _DayOffset(n, julian)
        if self.peek() == '/':
            self.pos += 1
            parsed = self.signed_hms(167, 3)
            if parsed is None:
                self.fail("Malformed transition rule in TZ string: %r")
            sign, total = parsed
            rule.time = sign * total
        return rule

    def parse(self):
        std_abbr = self.abbr()
        if std_abbr is None:
            self.fail("Invalid STD format in %r")
        std_offset = self.offset()
        if std_offset is None:
            self.fail("Invalid STD offset in %r")
        if self.pos == len(self.text):
            return _ttinfo(_checked_offset(std_offset), timedelta(0), std_abbr)
        dst_abbr = self.abbr()
        if dst_abbr is None:
            self.fail("Invalid DST format in %r")
        if self.peek() != ',':
            dst_offset = self.offset()
            if dst_offset is None:
                self.fail("Invalid DST offset in %r")
        else:
            dst_offset = std_offset + 3600
        if self.peek() != ',':
            self.fail("Missing transition rules in TZ string: %r")
        self.pos += 1
        start = self.rule()
        if self.peek() != ',':
            self.fail("Missing transition rules in TZ string: %r")
        self.pos += 1
        end = self.rule()
        if self.pos != len(self.text):
            self.fail("Extraneous characters at end of TZ string: %r")
        _checked_offset(std_offset)
        _checked_offset(dst_offset)
        return _TZStr(std_abbr, std_offset, dst_abbr, dst_offset, start, end)


def _checked_offset(seconds):
    if not -86400 < seconds < 86400:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return timedelta(seconds=seconds)


def _parse_tz_str(tz_str):
    """A footer TZ string as a _TZStr, or a fixed _ttinfo without DST."""
    return _TZStrParser(tz_str).parse()
