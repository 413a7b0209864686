"""Fast implementation of the datetime type."""

# The types are the C module _datetime's (runtime/modules/datetime_*.c), as in
# CPython; its rare paths written in Python are in _datetime_support.
import sys
from _datetime import *
from _datetime import date, datetime, time, timedelta, timezone, tzinfo

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")
