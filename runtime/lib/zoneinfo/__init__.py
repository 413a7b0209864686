"""IANA time zone support (PEP 615).

Written for Spry from the documented behaviour of CPython 3.11's zoneinfo:
ZoneInfo reads TZif files (RFC 8536) from TZPATH, answers utcoffset(),
dst(), tzname() and fromutc() with the same folds, guesses DST offsets the
same way, and follows the POSIX TZ string of a file's footer after its last
transition.  There is no fallback to the tzdata package.
"""

__all__ = [
    "ZoneInfo",
    "reset_tzpath",
    "available_timezones",
    "TZPATH",
    "ZoneInfoNotFoundError",
    "InvalidTZPathWarning",
]

from . import _tzpath
from ._common import ZoneInfoNotFoundError
from ._zoneinfo import ZoneInfo

reset_tzpath = _tzpath.reset_tzpath
available_timezones = _tzpath.available_timezones
InvalidTZPathWarning = _tzpath.InvalidTZPathWarning


def __getattr__(name):
    # TZPATH follows reset_tzpath().
    if name == "TZPATH":
        return _tzpath.TZPATH
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + ["TZPATH"])
