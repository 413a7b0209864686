# uuid.UUID as a value: parsing forms, the field views, versions and variants,
# ordering, immutability, pickling with is_safe, and the name-based generators.
import copy
import pickle
import uuid
from uuid import UUID, SafeUUID

forms = ["{00010203-0405-0607-0809-0a0b0c0d0e0f}", "urn:uuid:00010203-0405-0607-0809-0a0b0c0d0e0f",
         "000102030405060708090A0B0C0D0E0F", "uuid:{{000102030405060708090a0b0c0d0e0f}}",
         "+00102030405060708090a0b0c0d0e0f"]
for text in forms:
    print(repr(UUID(text)))
for bad in [" 00010203-0405-0607-0809-0a0b0c0d0e0f", "0001020304050607080910a0b0c0d0e0f",
            "000102030405060708090a0b0c0d0e0_", 7]:
    try:
        UUID(bad)
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
u = UUID(bytes=bytes(range(16)))
print(u.bytes_le.hex(), UUID(bytes_le=u.bytes_le) == u, [hex(f) for f in u.fields])
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low)
print(u.node, u.time, u.clock_seq, u.hex, u.urn, int(u))
print(UUID(fields=[1, 2, 3, 4, 5, 6]), UUID(fields=(0xffffffff, 0xffff, 0xffff, 0xff, 0xff, (1 << 48) - 1)))
for version in range(1, 6):
    v = UUID(int=(1 << 128) - 1, version=version)
    print(version, v, v.version, v.variant)
for top in range(8):
    v = UUID(int=top << 61)
    print(top, v.variant, v.version)
for bad in [dict(bytes=bytearray(16)), dict(bytes_le="x" * 16), dict(int=3, version=0),
            dict(fields=(1, 1 << 16, 0, 0, 0, 0)), dict(fields=(0, 0, 0, 0, 0, -1)), dict(fields=()),
            dict(hex="0" * 32, bytes=bytes(16))]:
    try:
        UUID(**bad)
    except (TypeError, ValueError, AssertionError) as e:
        print(type(e).__name__, e)

a, b = UUID(int=10), UUID(int=20)
print(a < b, a <= b, a > b, a >= b, a == UUID(int=10), a != b, a == 10, a.__lt__(10))
print(sorted([b, a, UUID(int=15)]), hash(a) == hash(10), {a: 1}[UUID(int=10)])
try:
    a < 10
except TypeError as e:
    print(e)
for attempt in (lambda: setattr(a, "int", 5), lambda: setattr(a, "other", 1)):
    try:
        attempt()
    except TypeError as e:
        print(e)

class Sub(UUID):
    pass
print(repr(Sub(int=255)), isinstance(Sub(int=1), UUID), Sub(int=1) == UUID(int=1))
safe = UUID(int=99, is_safe=SafeUUID.safe)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(safe, proto))
    print(proto, back, back.is_safe, pickle.loads(pickle.dumps(a, proto)).is_safe)
print(safe.__getstate__(), UUID(int=1, is_safe=SafeUUID.unsafe).__getstate__(), a.__getstate__())
print(copy.deepcopy(safe).is_safe, copy.copy(a) == a)
print(list(SafeUUID), SafeUUID(None), SafeUUID(-1))
for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    print(ns, uuid.uuid3(ns, "spry"), uuid.uuid5(ns, "spry"), uuid.uuid5(ns, ""))
print(uuid.uuid3(uuid.NAMESPACE_URL, "\u00fcml\u00e4ut"), uuid.uuid5(uuid.NAMESPACE_DNS, "x" * 1000))
for name in (b"bytes", 5):
    try:
        uuid.uuid3(uuid.NAMESPACE_DNS, name)
    except TypeError as e:
        print(e)
stamp = uuid.uuid1(node=0xABCDEF012345, clock_seq=0x3FFF)
later = uuid.uuid1(node=0xABCDEF012345, clock_seq=0x3FFF)
print(stamp.version, stamp.variant, hex(stamp.node), hex(stamp.clock_seq), stamp.time < later.time)
print(abs(stamp.time / 1e7 - 12219292800 - __import__("time").time()) < 60)
r = uuid.uuid4()
print(r.version, r.variant, r.is_safe, uuid.getnode() == uuid.getnode(), 0 <= uuid.getnode() < 1 << 48)
