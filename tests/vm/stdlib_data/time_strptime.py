# time.strptime (through _strptime): struct_time fields, tm_zone/tm_gmtoff, errors.
import time

for text, fmt in [('2024-02-29 10:20', '%Y-%m-%d %H:%M'), ('Thu Feb 29 10:20:30 2024', None), ('+0530 UTC', '%z %Z'),
                  ('12/31/99', '%x'), ('23:59:60', '%H:%M:%S'), ('2023 52 0', '%Y %U %w'), ('5', '%j')]:
    s = time.strptime(text) if fmt is None else time.strptime(text, fmt)
    print(tuple(s), s.tm_zone, s.tm_gmtoff)
print(time.strftime('%Y-%m-%d', time.strptime('1 Jan 2000', '%d %b %Y')))
for args in [(5,), ('x', '%Y'), ('2000', '%Y', 'extra'), ('1', 1)]:
    try:
        time.strptime(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for f in [lambda: time.strptime(), lambda: time.strptime(data_string='1')]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
