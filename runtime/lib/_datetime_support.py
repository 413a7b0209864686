"""The rare path of the C _datetime module written in Python: astimezone() to
or from local time, which needs the local zone's name and offset from
time.localtime.
"""

import time as _time
from _datetime import datetime, timedelta, timezone

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_ONE_SECOND = timedelta(seconds=1)


def _local_timezone(self):
    # The zone (offset and name) in effect at self: a naive self is local time.
    if self.tzinfo is None:
        ts = int(self.replace(microsecond=0).timestamp())
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
