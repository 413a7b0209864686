"""The ZoneInfo tzinfo: local times from a TZif file and its POSIX TZ footer."""

import bisect
import weakref
from datetime import datetime, timedelta, tzinfo

from . import _common, _tzpath

_EPOCH_ORDINAL = datetime(1970, 1, 1).toordinal()
_DAY = 86400
_STRONG_CACHE_SIZE = 8
_NO_KEY = object()


def _wall_seconds(dt):
    """Seconds since 1970-01-01 00:00 of dt's naive fields (whole seconds)."""
    return ((dt.toordinal() - _EPOCH_ORDINAL) * _DAY
            + dt.hour * 3600 + dt.minute * 60 + dt.second)


class _Offsets:
    """What utcoffset(), dst() and tzname() answer for one stretch of time."""
    __slots__ = ('utcoff', 'dstoff', 'name', 'seconds')

    def __init__(self, seconds, dst_seconds, name):
        self.seconds = seconds
        self.utcoff = timedelta(seconds=seconds)
        self.dstoff = timedelta(seconds=dst_seconds)
        self.name = name


class ZoneInfo(tzinfo):
    __slots__ = ('_key', '_from_cache', '_transitions', '_walls_fold0',
                 '_walls_fold1', '_stretches', '_before_first', '_rule',
                 '_file_repr', '__weakref__')

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # Each subclass keeps its own instances apart from ZoneInfo's.
        cls._weak_cache = weakref.WeakValueDictionary()
        cls._recent = []

    def __new__(cls, key=_NO_KEY, *unexpected):
        if key is _NO_KEY or unexpected:
            # CPython's argument-parsing messages.
            if unexpected:
                raise TypeError(f'function takes at most 1 argument ({1 + len(unexpected)} given)')
            raise TypeError("function missing required argument 'key' (pos 1)")
        zone = cls._weak_cache.get(key)
        if zone is None:
            zone = cls._weak_cache.setdefault(key, cls._load(key, True))
        recent = cls._recent
        if zone in recent:
            recent.remove(zone)
        recent.insert(0, zone)
        del recent[_STRONG_CACHE_SIZE:]
        return zone

    @classmethod
    def no_cache(cls, key):
        return cls._load(key, False)

    @classmethod
    def _load(cls, key, from_cache):
        path = _tzpath.find_tzfile(key)
        if path is None:
            raise _common.ZoneInfoNotFoundError(f'No time zone found with key {key}')
        with open(path, 'rb') as f:
            zone = cls._from_stream(f)
        zone._key = key
        zone._from_cache = from_cache
        zone._file_repr = None
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        zone = cls._from_stream(fobj)
        zone._key = key
        zone._from_cache = None
        zone._file_repr = repr(fobj)
        return zone

    @classmethod
    def clear_cache(cls, *positional, only_keys=None):
        if positional:
            raise TypeError('function takes no positional arguments')
        if only_keys is None:
            cls._weak_cache.clear()
            cls._recent.clear()
            return
        for key in only_keys:
            cls._weak_cache.pop(key, None)
            cls._recent[:] = [z for z in cls._recent if z._key != key]

    @classmethod
    def _unpickle(cls, key, from_cache):
        return cls(key) if from_cache else cls.no_cache(key)

    def __reduce__(self):
        if self._from_cache is None:
            import pickle
            raise pickle.PicklingError('Cannot pickle a ZoneInfo file from a file stream.')
        return (self.__class__._unpickle, (self._key, int(self._from_cache)))

    @property
    def key(self):
        return self._key

    def __str__(self):
        return repr(self) if self._key is None else str(self._key)

    def __repr__(self):
        cls = type(self)
        name = 'zoneinfo.ZoneInfo' if cls is ZoneInfo else cls.__name__
        if self._key is not None:
            return f'{name}(key={self._key!r})'
        return f'{name}.from_file({self._file_repr})'

    # -- the tzinfo interface --------------------------------------------

    def utcoffset(self, dt):
        stretch = self._stretch_at_wall(dt)
        return None if stretch is None else stretch.utcoff

    def dst(self, dt):
        stretch = self._stretch_at_wall(dt)
        return None if stretch is None else stretch.dstoff

    def tzname(self, dt):
        stretch = self._stretch_at_wall(dt)
        return None if stretch is None else stretch.name

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        instant = _wall_seconds(dt)
        stretch, repeated = self._stretch_at_instant(instant)
        local = dt + stretch.utcoff
        return local.replace(fold=1) if repeated else local

    # -- lookups ---------------------------------------------------------

    def _stretch_at_wall(self, dt):
        if dt is None:
            # Only a zone that never changes can answer without a time.
            if not self._transitions and isinstance(self._rule, _FixedRule):
                return self._rule.std
            return None
        wall = _wall_seconds(dt)
        walls = self._walls_fold1 if dt.fold else self._walls_fold0
        i = bisect.bisect_right(walls, wall)
        if i == len(walls) and self._rule is not None:
            return self._rule.stretch_at_wall(dt.year, wall, dt.fold)
        if i == 0:
            return self._before_first
        return self._stretches[i - 1]

    def _stretch_at_instant(self, instant):
        """The stretch in force at a UTC instant, and whether the local time
        it gives is the second occurrence of a repeated wall time."""
        transitions = self._transitions
        i = bisect.bisect_right(transitions, instant)
        if i == 0:
            if self._rule is not None and not transitions:
                return self._rule.stretch_at_instant(instant)
            return self._before_first, False
        stretch = self._stretches[i - 1]
        previous = self._stretches[i - 2] if i >= 2 else self._before_first
        repeated = instant - transitions[i - 1] < previous.seconds - stretch.seconds
        if i == len(transitions) and self._rule is not None and not repeated:
            return self._rule.stretch_at_instant(instant)
        return stretch, repeated

    # -- building from a file --------------------------------------------

    @classmethod
    def _from_stream(cls, fobj):
        (type_of, transitions, offsets, isdst, names,
         footer) = _common.load_data(fobj)
        zone = tzinfo.__new__(cls)
        zone._rule = _parse_footer(footer) if footer else None
        per_type = _dst_amounts(type_of, offsets, isdst)
        stretches = []
        for typ in type_of:
            stretches.append(_Offsets(offsets[typ], per_type[typ], names[typ]))
        if offsets:
            zone._before_first = _Offsets(offsets[0], per_type[0], names[0])
        elif zone._rule is not None:
            zone._before_first = zone._rule.std
        else:
            raise ValueError('Invalid TZif file: no local time types')
        zone._transitions = list(transitions)
        zone._stretches = stretches
        zone._walls_fold0, zone._walls_fold1 = _wall_thresholds(
            transitions, stretches, zone._before_first)
        if not transitions and zone._rule is None:
            zone._rule = _FixedRule(zone._before_first)
        return zone


def _wall_thresholds(transitions, stretches, first):
    """Local wall times at which each transition takes effect: with fold=0 a
    wall time keeps the earlier offset through gaps and overlaps, with fold=1
    it takes the later one."""
    fold0, fold1 = [], []
    before = first.seconds
    for instant, stretch in zip(transitions, stretches):
        after = stretch.seconds
        fold0.append(instant + max(before, after))
        fold1.append(instant + min(before, after))
        before = after
    return fold0, fold1


def _dst_amounts(type_of, offsets, isdst):
    """TZif files give only a DST flag; dst() wants the amount, taken as the
    difference to the standard offset next to the type in the transitions."""
    amounts = [None] * len(offsets)
    for typ in range(len(offsets)):
        if not isdst[typ]:
            amounts[typ] = 0
    count = len(type_of)
    for i, typ in enumerate(type_of):
        if amounts[typ] is not None:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < count and not isdst[type_of[j]]:
                diff = offsets[typ] - offsets[type_of[j]]
                if diff:
                    amounts[typ] = diff
                    break
    return [3600 if a is None else a for a in amounts]


# -- POSIX TZ strings ------------------------------------------------------

class _FixedRule:
    """A zone whose one offset never changes."""

    def __init__(self, stretch):
        self.std = stretch

    def stretch_at_wall(self, year, wall, fold):
        return self.std

    def stretch_at_instant(self, instant):
        return self.std, False


class _DstRule:
    """Yearly switches between standard and daylight time."""

    def __init__(self, std, dst, start, end):
        self.std = std
        self.dst = dst
        self.start = start      # (date rule, seconds after midnight), in standard time
        self.end = end          # same, in daylight time
        self._years = {}

    def _switches(self, year):
        """UTC instants of the switch to and from daylight time in year."""
        found = self._years.get(year)
        if found is None:
            (start_day, start_time), (end_day, end_time) = self.start, self.end
            found = ((start_day(year) - _EPOCH_ORDINAL) * _DAY + start_time - self.std.seconds,
                     (end_day(year) - _EPOCH_ORDINAL) * _DAY + end_time - self.dst.seconds)
            self._years[year] = found
        return found

    def _in_dst(self, moment, begin, finish):
        if begin < finish:
            return begin <= moment < finish
        return not (finish <= moment < begin)

    def stretch_at_wall(self, year, wall, fold):
        begin, finish = self._switches(year)
        std, dst = self.std.seconds, self.dst.seconds
        pick = min if fold else max
        begin += pick(std, dst)
        finish += pick(dst, std)
        return self.dst if self._in_dst(wall, begin, finish) else self.std

    def stretch_at_instant(self, instant):
        year = _year_of(instant + self.std.seconds)
        begin, finish = self._switches(year)
        # A switch that sets the clock back repeats the wall times just after it.
        shrink = self.dst.seconds - self.std.seconds
        if self._in_dst(instant, begin, finish):
            return self.dst, 0 <= instant - begin < -shrink
        return self.std, 0 <= instant - finish < shrink


def _year_of(seconds):
    return datetime.fromordinal(_EPOCH_ORDINAL + seconds // _DAY).year


class _Scanner:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self):
        return self.text[self.pos:self.pos + 1]

    def at_digit(self):
        char = self.peek()
        return bool(char) and char in '0123456789'

    def sign(self):
        char = self.peek()
        if char and char in '+-':
            self.pos += 1
            return -1 if char == '-' else 1
        return 1

    def digits(self, most):
        start = self.pos
        while self.pos - start < most and self.at_digit():
            self.pos += 1
        return self.text[start:self.pos]


def _parse_footer(raw):
    scan = _Scanner(raw)

    def fail(message):
        raise ValueError(f'{message} {raw.encode()!r}')

    std_name = _zone_name(scan)
    if std_name is None:
        fail('Invalid STD format in')
    std_seconds = _utc_offset(scan)
    if std_seconds is None:
        fail('Invalid STD offset in')
    std = _Offsets(-std_seconds, 0, std_name)
    if scan.pos == len(raw):
        return _FixedRule(std)
    dst_name = _zone_name(scan)
    if dst_name is None:
        fail('Invalid DST format in')
    if scan.peek() == ',':
        dst_seconds = std_seconds - 3600
    else:
        dst_seconds = _utc_offset(scan)
        if dst_seconds is None:
            fail('Invalid DST offset in')
    tail = 'in TZ string:'
    rules = []
    for _ in range(2):
        if scan.peek() != ',':
            fail('Missing transition rules ' + tail)
        scan.pos += 1
        rule = _switch_rule(scan)
        if rule is None:
            fail('Malformed transition rule ' + tail)
        rules.append(rule)
    if scan.pos != len(raw):
        fail('Extraneous characters at end of ' + tail[3:])
    dst = _Offsets(-dst_seconds, std_seconds - dst_seconds, dst_name)
    return _DstRule(std, dst, rules[0], rules[1])


def _zone_name(scan):
    text = scan.text
    if scan.peek() == '<':
        close = text.find('>', scan.pos)
        if close < 0:
            return None
        name = text[scan.pos + 1:close]
        if not all(c.isascii() and (c.isalnum() or c in '+-') for c in name):
            return None
        scan.pos = close + 1
        return name
    start = scan.pos
    while scan.peek().isascii() and scan.peek().isalpha():
        scan.pos += 1
    return text[start:scan.pos] or None


def _utc_offset(scan):
    """[+-]hh[:mm[:ss]] west of UTC, in seconds; None if malformed."""
    sign = scan.sign()
    hours = scan.digits(2)
    if not hours or int(hours) > 24 or scan.at_digit():
        return None
    rest = _minutes_seconds(scan)
    return None if rest is None else sign * (int(hours) * 3600 + rest)


def _switch_rule(scan):
    """Jn, n or Mm.w.d with an optional /time: (day function, seconds)."""
    kind = scan.peek()
    if kind == 'J':
        scan.pos += 1
        number = scan.digits(3)
        if not number or not 1 <= int(number) <= 365:
            return None
        day = _julian_day(int(number))
    elif kind == 'M':
        scan.pos += 1
        month = scan.digits(2)
        if not month or not 1 <= int(month) <= 12 or scan.peek() != '.':
            return None
        scan.pos += 1
        week = scan.digits(1)
        if not week or not 1 <= int(week) <= 5 or scan.peek() != '.':
            return None
        scan.pos += 1
        weekday = scan.digits(1)
        if not weekday or int(weekday) > 6:
            return None
        day = _month_week_day(int(month), int(week), int(weekday))
    else:
        number = scan.digits(3)
        if not number or int(number) > 365:
            return None
        day = _counted_day(int(number))
    seconds = 7200
    if scan.peek() == '/':
        scan.pos += 1
        seconds = _switch_time(scan)
        if seconds is None:
            return None
    return day, seconds


def _minutes_seconds(scan):
    """The optional :mm[:ss] after an hour count, in seconds; None if malformed."""
    total = 0
    for scale in (60, 1):
        if scan.peek() != ':':
            break
        scan.pos += 1
        part = scan.digits(2)
        if len(part) != 2:
            return None
        total += int(part) * scale
    return total


def _switch_time(scan):
    sign = scan.sign()
    hours = scan.digits(3)
    if not hours or int(hours) > 167:
        return None
    rest = _minutes_seconds(scan)
    return None if rest is None else sign * (int(hours) * 3600 + rest)


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _julian_day(number):
    # CPython 3.11 counts Jn from Jan 1 and skips Feb 29 already from J59 on.
    def ordinal(year):
        extra = 1 if number >= 59 and _is_leap(year) else 0
        return datetime(year, 1, 1).toordinal() + number - 1 + extra
    return ordinal


def _counted_day(number):
    # CPython 3.11 places day n on the n-th day of the year counting from 1.
    def ordinal(year):
        return datetime(year, 1, 1).toordinal() + number - 1
    return ordinal


def _month_week_day(month, week, weekday):
    def ordinal(year):
        first = datetime(year, month, 1)
        first_weekday = (first.weekday() + 1) % 7     # 0 = Sunday
        day = 1 + (weekday - first_weekday) % 7 + (week - 1) * 7
        next_month = datetime(year + month // 12, month % 12 + 1, 1)
        if first.toordinal() + day - 1 >= next_month.toordinal():
            day -= 7
        return first.toordinal() + day - 1
    return ordinal


ZoneInfo._weak_cache = weakref.WeakValueDictionary()
ZoneInfo._recent = []
ZoneInfo.__module__ = 'zoneinfo'
