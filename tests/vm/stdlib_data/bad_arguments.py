# Bad arguments across datetime, fractions, statistics, calendar, pprint, shlex, difflib,
# codecs, locale, logging and getopt: CPython's exception types and messages.
import datetime as D, fractions, statistics, calendar, pprint, shlex, difflib, codecs, locale, logging, timeit, getopt
from fractions import Fraction as F
cases = [
 lambda: D.datetime.fromtimestamp('x'), lambda: D.datetime.fromtimestamp(None), lambda: D.date.fromtimestamp(1e20),
 lambda: D.timedelta(seconds=float('nan')), lambda: D.timedelta(seconds=float('inf')), lambda: D.timedelta(1) * float('nan'),
 lambda: D.datetime(2020, 1, 1).replace(hour=25), lambda: D.time(1).replace(fold=3),
 lambda: D.datetime(2020,1,1).isoformat(sep='xx'), lambda: D.datetime(2020,1,1).isoformat(sep=1), lambda: D.datetime.combine(D.date(2020,1,1), D.time(), tzinfo=5),
 lambda: D.date.fromordinal(3652060), lambda: D.date.fromordinal(1.5),
 lambda: F(1, 2) + 'x', lambda: F('1/2') ** F(1, 2), lambda: F(-1) ** F(1, 2), lambda: round(F(1, 3), 'x'), lambda: F(1,3) < 1j,
 lambda: statistics.mean('abc'), lambda: statistics.median(['a', 'c', 'b']), lambda: statistics.mode([[1], [1]]), lambda: statistics.variance(['a', 'b']),
 lambda: calendar.monthrange(2020, 0), lambda: calendar.month(2020, 13), lambda: calendar.weekday(2020, 13, 1), lambda: calendar.isleap('x'),
 lambda: pprint.pformat({1: 2}, width='x'), lambda: pprint.pformat([1], depth=-1), lambda: shlex.quote(5), lambda: shlex.split(5),
 lambda: difflib.SequenceMatcher(None, 1, 2).ratio(), lambda: list(difflib.ndiff('ab', 'ac')), lambda: codecs.encode('x', 5),
 lambda: locale.setlocale('x'), lambda: logging.getLevelName(None), lambda: logging.Formatter(5), lambda: getopt.getopt(['-a'], 5),
 lambda: D.datetime(2020, 1, 1).strftime('%'), lambda: D.date(2020,1,1).strftime('%Q %'), lambda: D.timezone(D.timedelta(hours=1), '%Z').tzname(None),
 lambda: D.datetime(2020,1,1,tzinfo=D.timezone(D.timedelta(hours=1), 'a%b')).strftime('%Z|%z'),
]
for i, f in enumerate(cases):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
