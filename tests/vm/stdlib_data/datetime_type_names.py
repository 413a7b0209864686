# Operator errors name the datetime types "datetime.X", as CPython's C types.
from datetime import date, datetime, time, timedelta

for f in [lambda: timedelta(1) + 1, lambda: timedelta(1) < 1, lambda: date(2000, 1, 1) - 'x',
          lambda: -date(2000, 1, 1), lambda: datetime(2000, 1, 1) + 1, lambda: time() + timedelta(1),
          lambda: timedelta(1) * 'a']:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
