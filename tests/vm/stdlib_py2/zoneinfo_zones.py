# zoneinfo: offsets, names, DST, gaps and folds, UTC conversion, TZ-string rules, errors.
import io
import pickle
import struct
import zoneinfo
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc
zones = ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Australia/Lord_Howe', 'Europe/Dublin', 'Asia/Kolkata',
         'Asia/Kathmandu', 'America/Sao_Paulo', 'UTC', 'Etc/GMT+5', 'Pacific/Apia', 'Africa/Casablanca', 'America/St_Johns']
moments = [datetime(1800, 1, 1), datetime(1916, 6, 1), datetime(1970, 1, 1), datetime(2000, 1, 1), datetime(2011, 12, 30, 12),
           datetime(2024, 3, 10, 2, 30), datetime(2024, 3, 31, 2, 30), datetime(2024, 7, 1, 12), datetime(2024, 10, 6, 2, 30),
           datetime(2024, 10, 27, 2, 30), datetime(2024, 11, 3, 1, 30), datetime(2037, 6, 1), datetime(2100, 1, 15), datetime(2100, 7, 15)]
for key in zones:
    z = ZoneInfo(key)
    print(key, repr(z), str(z), z.utcoffset(None), z.dst(None), z.tzname(None))
    for m in moments:
        a, b = m.replace(tzinfo=z), m.replace(tzinfo=z, fold=1)
        print(' ', m, a.utcoffset(), a.dst(), a.tzname(), b.utcoffset(), b.dst(), b.tzname())
    for u in [datetime(1900, 1, 1, tzinfo=UTC), datetime(2024, 3, 31, 0, 59, tzinfo=UTC), datetime(2024, 3, 31, 1, 0, tzinfo=UTC),
              datetime(2024, 10, 27, 0, 30, tzinfo=UTC), datetime(2024, 10, 27, 1, 30, tzinfo=UTC), datetime(2024, 11, 3, 5, 30, tzinfo=UTC),
              datetime(2024, 11, 3, 6, 30, tzinfo=UTC), datetime(2024, 4, 6, 15, 30, tzinfo=UTC), datetime(2024, 4, 6, 16, 30, tzinfo=UTC),
              datetime(2090, 10, 29, 1, 30, tzinfo=UTC)]:
        local = u.astimezone(z)
        print('   ', u.strftime('%Y-%m-%d %H:%M'), '->', local, local.fold, local.tzname(), local.astimezone(UTC) == u)

ny = ZoneInfo('America/New_York')
start = datetime(2024, 11, 3, 4, 0, tzinfo=UTC)
print([str((start + timedelta(minutes=30 * i)).astimezone(ny)) for i in range(6)])
print(ZoneInfo('UTC') is ZoneInfo('UTC'), ZoneInfo.no_cache('UTC') is ZoneInfo('UTC'), ZoneInfo.no_cache('UTC') == ZoneInfo('UTC'))
p = pickle.loads(pickle.dumps(ny))
print(p is ny, repr(pickle.loads(pickle.dumps(ZoneInfo.no_cache('Europe/Paris')))))
ZoneInfo.clear_cache(only_keys=['UTC'])
ZoneInfo.clear_cache()
print(ZoneInfo('America/New_York') is ny)
with open('/usr/share/zoneinfo/Asia/Tokyo', 'rb') as f:
    t = ZoneInfo.from_file(f, key='tokyo')
print(repr(t), str(t), datetime(2024, 1, 1, tzinfo=t).utcoffset(), t.key)
for key in ['../etc', '/abs', 'Nope/Zone', '', 'Europe', 'Europe/../Europe/Paris', 'a//b', '.', 5]:
    try:
        ZoneInfo(key)
    except (ValueError, zoneinfo.ZoneInfoNotFoundError, TypeError) as e:
        print(repr(key), type(e).__name__, e)
for bad in [lambda: ny.fromutc(datetime(2020, 1, 1)), lambda: ny.fromutc(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(zoneinfo.ZoneInfoNotFoundError, KeyError), 'Europe/Paris' in zoneinfo.available_timezones(), 'posixrules' in zoneinfo.available_timezones())
print(zoneinfo.TZPATH[:1], sorted(zoneinfo.__all__))


def tzif(footer, types=((0, 0, 0),), abbrs=b'XXX\0'):
    """A version-2 TZif file without transitions: only a footer rule."""
    def block(time_size):
        header = b'TZif2' + b'\0' * 15 + struct.pack('>6l', 0, 0, 0, 0, len(types), len(abbrs))
        body = b''.join(struct.pack('>lbb', *t) for t in types) + abbrs
        return header + body
    return block(4) + block(8) + b'\n' + footer + b'\n'


for footer in [b'XXX3YYY,J60/2,J300/2', b'XXX-10YYY-11,M10.1.0,M4.1.0/3', b'XXX5YYY,59/1,299', b'<+05>-5', b'EST5EDT,M3.2.0,M11.1.0',
               b'IST-1GMT0,M10.5.0,M3.5.0/1', b'ABC0DEF,M3.5.0/-1,M10.5.0/25']:
    z = ZoneInfo.from_file(io.BytesIO(tzif(footer)), key=footer.decode())
    for m in [datetime(2023, 1, 15), datetime(2024, 2, 29, 12), datetime(2024, 3, 1, 12), datetime(2024, 6, 1), datetime(2024, 10, 27, 0, 30),
              datetime(2024, 10, 27, 0, 30, fold=1), datetime(2024, 12, 25)]:
        a = m.replace(tzinfo=z)
        print(footer.decode(), m, m.fold, a.utcoffset(), a.dst(), a.tzname(), datetime(2024, 10, 26, 22, 30, tzinfo=UTC).astimezone(z).fold)
for footer in [b'XXX3YYY', b'XXX3,M3.2.0,M11.1.0', b'123', b'XXX3YYY,M13.1.0,M11.1.0', b'XXX3YYY,M3.2.0/200,M11.1.0', b'XXX25']:
    try:
        ZoneInfo.from_file(io.BytesIO(tzif(footer)))
    except ValueError as e:
        print(footer.decode(), 'ValueError', e)
try:
    ZoneInfo.from_file(io.BytesIO(b'not a tzif file'))
except ValueError as e:
    print('ValueError', e)
