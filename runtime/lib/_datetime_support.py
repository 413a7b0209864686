"""The rare paths of the C _datetime module, written in Python.

_datetime calls these for what is simpler here: local time through
time.localtime (fromtimestamp, now, timestamp of a naive datetime, astimezone
to or from local time).
"""

import math as _math
import time as _time
from _datetime import datetime, timedelta, timezone, tzinfo

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_NAIVE_EPOCH = datetime(1970, 1, 1)
_MAX_FOLD_SECONDS = 24 * 3600
_ONE_SECOND = timedelta(seconds=1)


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


# ---------------------------------------------------------------- timestamps

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


def date_fromtimestamp(cls, t):
    # Whole seconds rounded down (datetime's rounding is half to even).
    if isinstance(t, float):
        _round_timestamp(t)
        t = _math.floor(t)
    y, m, d = _broken_down(_time.localtime, _index(t))[:3]
    return cls(y, m, d)


def date_today(cls):
    return cls.fromtimestamp(_time.time())


def _fromtimestamp(cls, t, utc, tz):
    t, us = _round_timestamp(t)
    converter = _time.gmtime if utc else _time.localtime
    y, m, d, hh, mm, ss = _broken_down(converter, t)[:6]
    ss = min(ss, 59)
    fold = 0
    if tz is None and not utc:
        # A local time that repeats (the end of DST) gets fold=1 when it is
        # the second occurrence.
        result = datetime(y, m, d, hh, mm, ss, us)
        probe1 = datetime(*converter(t - _MAX_FOLD_SECONDS)[:6], us)
        trans = result - probe1 - timedelta(0, _MAX_FOLD_SECONDS)
        if trans.days < 0:
            probe2 = datetime(*converter(t + trans // _ONE_SECOND)[:6], us)
            fold = int(probe2 == result)
    if fold:
        result = cls(y, m, d, hh, mm, ss, us, tz, fold=1)
    else:
        result = cls(y, m, d, hh, mm, ss, us, tz)
    if tz is not None:
        result = tz.fromutc(result)
    return result


def datetime_fromtimestamp(cls, t, tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)
    return _fromtimestamp(cls, t, tz is not None, tz)


def datetime_utcfromtimestamp(cls, t):
    return _fromtimestamp(cls, t, True, None)


def datetime_now(cls, tz):
    return datetime_fromtimestamp(cls, _time.time(), tz)


def datetime_utcnow(cls):
    return _fromtimestamp(cls, _time.time(), True, None)


def _local_seconds(u):
    y, m, d, hh, mm, ss = _time.localtime(u)[:6]
    return (datetime(y, m, d, hh, mm, ss) - _NAIVE_EPOCH) // _ONE_SECOND


def _mktime(self):
    # The POSIX timestamp of a naive local time, with PEP 495's fold rules.
    t = (self.replace(tzinfo=None) - _NAIVE_EPOCH) // _ONE_SECOND
    a = _local_seconds(t) - t
    u1 = t - a
    t1 = _local_seconds(u1)
    if t1 == t:
        u2 = u1 + (-_MAX_FOLD_SECONDS, _MAX_FOLD_SECONDS)[self.fold]
        b = _local_seconds(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    t2 = _local_seconds(u2)
    if t2 == t:
        return u2
    if t1 == t:
        return u1
    return (max, min)[self.fold](u1, u2)


def datetime_timestamp(self):
    if self.tzinfo is None or self.utcoffset() is None:
        return _mktime(self) + self.microsecond / 1e6
    return (self - _EPOCH).total_seconds()


def _local_timezone(self):
    if self.tzinfo is None:
        ts = _mktime(self)
    else:
        ts = (self - _EPOCH) // _ONE_SECOND
    localtm = _time.localtime(ts)
    return timezone(timedelta(seconds=localtm.tm_gmtoff), localtm.tm_zone)


def datetime_astimezone(self, tz):
    mytz = self.tzinfo
    if mytz is None:
        mytz = _local_timezone(self)
        myoffset = mytz.utcoffset(self)
    else:
        myoffset = mytz.utcoffset(self)
        if myoffset is None:
            mytz = _local_timezone(self.replace(tzinfo=None))
            myoffset = mytz.utcoffset(self)
    if tz is mytz:
        return self
    utc = (self - myoffset).replace(tzinfo=timezone.utc)
    if tz is None:
        tz = _local_timezone(utc)
    return tz.fromutc(utc.replace(tzinfo=tz))
