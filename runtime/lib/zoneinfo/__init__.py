"""IANA time zones for datetime: ZoneInfo reads the system's tz database."""

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH',
           'ZoneInfoNotFoundError', 'InvalidTZPathWarning']

from . import _tzpath
from ._common import ZoneInfoNotFoundError
from ._tzpath import InvalidTZPathWarning, available_timezones, reset_tzpath
from ._zoneinfo import ZoneInfo


def __getattr__(name):
    # TZPATH follows reset_tzpath(), so it is looked up on each access, not bound once.
    if name == 'TZPATH':
        return _tzpath.TZPATH
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + ['TZPATH'])
