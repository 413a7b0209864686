# fromisoformat follows CPython 3.11's parser, quirks included: any character separates
# date and time, basic-format times run into fractions, a fraction may follow the hour,
# date.fromisoformat reads only the bytes it needs, a lone surrogate separator is
# taken as 'T', an offset of 0 whole seconds is UTC.
from datetime import datetime, date, time

cases = ['04.5', '1230.5', '12345678', '1234567', '20200102xx', '2020W01', '2020-W53-1', '2020W0112',
         '2020-W01-112', '2020-W01-1T12', '2020W017T1', '2020W01T12', '0000-W01-1', '0001-W01-1',
         '9999-W52-7', '9999-W53-1', '0000-01-01', '12:30\x00', '2020-01-02\u00e912:30',
         '2020-01-02\u20ac12:30', '2020-01-02\U0001F60012:30', '2020-01-02\x0012:30', '2020-01-02\ud80012:30',
         '\ud800', '2020-01-02T12:30+00:00,5', '2020-01-02T12:30-00:00:00.000001', '05+00,0200532020',
         'T12:30', 'TT12', '1', '', 'W', '2020-W5', '2020-W', '2020-W01-', '0000W011', '2020-01',
         '2020-01-02T12:30+', '12:30:45.', '12:', '2020-01-02T', '2020', '202001', '2020-W54-1',
         '2020-02-30T00:00+99:99', '2020-01-02T12:30:45.1234567890+05', '2020-01-02T1230', '2020-01-02T12:3']
for s in cases:
    row = [ascii(s)]
    for f in (datetime.fromisoformat, date.fromisoformat, time.fromisoformat):
        try:
            row.append(repr(f(s)))
        except ValueError as e:
            row.append('ValueError: ' + ascii(str(e)))
    print(' | '.join(row))
