# zoneinfo against the system tz database: for a spread of zones, wall times in both
# folds across history and the TZ-string future, UTC conversions on a coarse grid,
# and every instant near each offset change in three years. Prints a digest per
# zone plus a sample, so any difference in offsets, DST, names or folds shows.
import zlib
import zoneinfo
from datetime import datetime, timedelta, timezone

UTC = timezone.utc
named = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham',
         'America/Sao_Paulo', 'UTC', 'Etc/GMT+5', 'Europe/Dublin', 'Africa/Casablanca', 'Asia/Taipei',
         'America/Santiago', 'Antarctica/Troll', 'Pacific/Kiritimati', 'America/Godthab']
keys = named + sorted(zoneinfo.available_timezones())[::40]


def walls(z):
    out = []
    for y in (1850, 1918, 1945, 1983, 2011, 2024, 2038, 2100):
        for m in (1, 3, 4, 10, 11):
            for d, h in ((1, 0), (8, 2), (27, 2), (31, 3)):
                try:
                    w = datetime(y, m, d, h, 30)
                except ValueError:
                    continue
                for f in (0, 1):
                    a = w.replace(fold=f, tzinfo=z)
                    out.append((a.utcoffset(), a.dst(), a.tzname()))
    return out


def instants(z):
    out = []
    u = datetime(1900, 1, 1, tzinfo=UTC)
    while u.year < 2060:
        local = u.astimezone(z)
        out.append((str(local), local.fold, local.tzname(), local.dst()))
        u += timedelta(hours=2977, minutes=13)
    return out


def changes(z):
    out = []
    for start in (datetime(1979, 1, 1, tzinfo=UTC), datetime(2024, 1, 1, tzinfo=UTC), datetime(2090, 1, 1, tzinfo=UTC)):
        u, prev = start, None
        while u < start + timedelta(days=366):
            off = u.astimezone(z).utcoffset()
            if prev is not None and off != prev:
                for minutes in range(-90, 91, 30):
                    local = (u + timedelta(minutes=minutes)).astimezone(z)
                    out.append((str(local), local.fold))
                    for f in (0, 1):
                        a = local.replace(fold=f)
                        out.append((a.utcoffset(), a.tzname(), str(a.astimezone(UTC))))
            prev = off
            u += timedelta(hours=3)
    return out


total = 0
for key in keys:
    z = zoneinfo.ZoneInfo(key)
    w, i, c = walls(z), instants(z), changes(z)
    total += len(w) + len(i) + len(c)
    print(key, zlib.crc32(repr(w).encode()), zlib.crc32(repr(i).encode()), zlib.crc32(repr(c).encode()), len(c), i[20], c[:2])
print('values compared', total)
