# zoneinfo.ZoneInfo as an object: the cache, no_cache, clear_cache(only_keys=),
# from_file with and without a key, pickling, subclasses with their own cache,
# version 1 TZif files and the errors for bad input.
import copy
import io
import pickle
import struct
import zoneinfo
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


paris = ZoneInfo('Europe/Paris')
show('same', lambda: ZoneInfo('Europe/Paris') is paris)
show('no_cache', lambda: ZoneInfo.no_cache('Europe/Paris') is paris)
show('no_cache repr', lambda: repr(ZoneInfo.no_cache(key='Europe/Paris')))
show('keyword', lambda: ZoneInfo(key='Europe/Paris') is paris)
ZoneInfo.clear_cache(only_keys=['America/New_York'])
show('kept', lambda: ZoneInfo('Europe/Paris') is paris)
ZoneInfo.clear_cache(only_keys=['Europe/Paris'])
show('dropped', lambda: ZoneInfo('Europe/Paris') is paris)
paris = ZoneInfo('Europe/Paris')
ZoneInfo.clear_cache()
show('cleared', lambda: ZoneInfo('Europe/Paris') is paris)
show('clear positional', lambda: ZoneInfo.clear_cache(['UTC']))
show('no key', lambda: ZoneInfo())
show('none key', lambda: ZoneInfo(None))
show('two keys', lambda: ZoneInfo('UTC', 'UTC'))
show('key attr', lambda: ZoneInfo('Asia/Kolkata').key)
show('str', lambda: str(ZoneInfo('Asia/Kolkata')))
show('eq', lambda: ZoneInfo('UTC') == ZoneInfo.no_cache('UTC'))
show('copy', lambda: copy.copy(ZoneInfo('UTC')) is ZoneInfo('UTC'))
show('deepcopy', lambda: copy.deepcopy(ZoneInfo('UTC')) is ZoneInfo('UTC'))

# Pickles refer to the key; a cached zone comes back as the cached object.
ny = ZoneInfo('America/New_York')
show('pickle cached', lambda: pickle.loads(pickle.dumps(ny)) is ny)
fresh = ZoneInfo.no_cache('America/New_York')
show('pickle no_cache', lambda: pickle.loads(pickle.dumps(fresh)) is ny)
show('pickle no_cache key', lambda: pickle.loads(pickle.dumps(fresh)).key)
with open('/usr/share/zoneinfo/Europe/London', 'rb') as f:
    london = ZoneInfo.from_file(f)
    show('from_file repr', lambda: repr(london).startswith('zoneinfo.ZoneInfo.from_file(<_io.BufferedReader'))
show('from_file key', lambda: london.key)
show('from_file str', lambda: str(london) == repr(london))
show('from_file pickle', lambda: pickle.dumps(london))
with open('/usr/share/zoneinfo/Europe/London', 'rb') as f:
    keyed = ZoneInfo.from_file(f, key='my/london')
show('keyed repr', lambda: repr(keyed))
show('keyed str', lambda: str(keyed))
show('keyed pickle', lambda: pickle.dumps(keyed))
show('keyed offset', lambda: datetime(2024, 7, 1, tzinfo=keyed).utcoffset())
show('bad stream', lambda: ZoneInfo.from_file(io.BytesIO(b'')))
show('short stream', lambda: ZoneInfo.from_file(io.BytesIO(b'TZif')))
show('not a zone file', lambda: ZoneInfo('zone.tab'))
show('directory', lambda: ZoneInfo('America'))
show('trailing slash', lambda: ZoneInfo('Europe/Paris/'))
show('fromutc naive', lambda: ny.fromutc(datetime(2024, 1, 1)))
show('fromutc other zone', lambda: ny.fromutc(datetime(2024, 1, 1, tzinfo=paris)))
show('fromutc int', lambda: ny.fromutc(20))
show('fromutc ok', lambda: str(ny.fromutc(datetime(2024, 11, 3, 6, 30, tzinfo=ny))))
show('none', lambda: (ny.utcoffset(None), ny.dst(None), ny.tzname(None)))
show('fixed none', lambda: (ZoneInfo('Etc/GMT-14').utcoffset(None), ZoneInfo('Etc/GMT-14').tzname(None)))


class Zone(ZoneInfo):
    pass


class OtherZone(ZoneInfo):
    pass


z = Zone('Asia/Tokyo')
show('subclass repr', lambda: repr(z))
show('subclass same', lambda: Zone('Asia/Tokyo') is z)
show('subclass apart', lambda: ZoneInfo('Asia/Tokyo') is z)
show('sibling apart', lambda: OtherZone('Asia/Tokyo') is z)
show('subclass type', lambda: type(Zone('Asia/Tokyo')).__name__)
show('subclass pickle', lambda: pickle.loads(pickle.dumps(z)) is z)
Zone.clear_cache()
show('subclass cleared', lambda: Zone('Asia/Tokyo') is z)
show('base untouched', lambda: ZoneInfo('Asia/Tokyo') is ZoneInfo('Asia/Tokyo'))
show('subclass offset', lambda: datetime(2024, 1, 1, tzinfo=z).utcoffset())


def version1(transitions, types, abbrs):
    """A version 1 TZif file: 32-bit data and no footer."""
    header = b'TZif\0' + b'\0' * 15 + struct.pack('>6l', 0, 0, 0, len(transitions), len(types), len(abbrs))
    body = b''.join(struct.pack('>l', t) for t, _ in transitions)
    body += bytes(i for _, i in transitions)
    body += b''.join(struct.pack('>lbb', *t) for t in types) + abbrs
    return header + body


v1 = ZoneInfo.from_file(io.BytesIO(version1([(0, 1), (1000000, 2), (2000000, 1)],
                                            [(3600, 0, 0), (7200, 0, 4), (10800, 1, 8)], b'AAA\0BBB\0CCC\0')), key='v1')
for secs in (-10, 0, 999999, 1000000, 1003599, 1003600, 2000000, 2003599, 2003600, 10 ** 9):
    u = datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=secs)
    local = u.astimezone(v1)
    print('v1', secs, local, local.fold, local.tzname(), local.dst())
for wall in (datetime(1969, 12, 31, 23), datetime(1970, 1, 12, 16, 30), datetime(1970, 1, 12, 17, 30), datetime(1970, 1, 24, 5, 30)):
    for fold in (0, 1):
        a = wall.replace(tzinfo=v1, fold=fold)
        print('v1 wall', wall, fold, a.utcoffset(), a.dst(), a.tzname())
