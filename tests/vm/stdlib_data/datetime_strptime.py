# datetime.strptime: the common directives, %z/%Z, ISO weeks, errors.
from datetime import datetime

cases = [
    ('2023-03-14 15:09:26', '%Y-%m-%d %H:%M:%S'),
    ('14/03/23 3:09 pm', '%d/%m/%y %I:%M %p'),
    ('12 AM', '%I %p'), ('12 PM', '%I %p'),
    ('Tuesday, March 14 2023', '%A, %B %d %Y'),
    ('tue mar 14 2023', '%a %b %d %Y'),
    ('2023-073', '%Y-%j'), ('366', '%j'),
    ('2023 10 3', '%Y %U %w'), ('2023 10 0', '%Y %W %w'), ('2023 0 1', '%Y %U %w'),
    ('2020 53 7', '%G %V %u'), ('2023 10 Wed', '%G %V %a'),
    ('10:20:30.5', '%H:%M:%S.%f'), ('10:20:30.123456', '%H:%M:%S.%f'),
    ('+0530', '%z'), ('-05:30:15.25', '%z'), ('Z', '%z'), ('UTC', '%Z'), ('1999 GMT +0000', '%Y %Z %z'),
    ('Wed Mar 17 22:44:55 1999', '%c'), ('03/17/99', '%x'), ('22:44:55', '%X'),
    ('69', '%y'), ('68', '%y'), ('  5', '%d'), ('100%', '%d%%'), ('a.b[c]', 'a.b[c]'),
    ('2023   3', '%Y %m'), ('Feb 29 2024', '%b %d %Y'), ('', ''),
    ('2023', '%Q'), ('2023', '%Y%'), ('2023x', '%Y'), ('20', '%Y'), ('Feb 29', '%b %d'),
    ('2020 10', '%G %V'), ('2020 10 3', '%Y %V %u'), ('2020 10 3', '%G %W %u'),
    ('2020 100 1', '%G %j %u'), ('+05:3015', '%z'), ('13 PM', '%I %p'),
]
for text, fmt in cases:
    try:
        print(repr(text), repr(fmt), repr(datetime.strptime(text, fmt)))
    except ValueError as e:
        print(repr(text), repr(fmt), 'ValueError', e)
for args in [(1, '%Y'), ('1', 2)]:
    try:
        datetime.strptime(*args)
    except TypeError as e:
        print('TypeError', e)
print(datetime.strptime('2023-03-14', '%Y-%m-%d').date().strftime('%d %b %Y'))
