# uuid (parsing, fields, name-based and random UUIDs) and secrets.
import pickle
import copy
import uuid
import secrets
from uuid import UUID

u = UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn, u.bytes, u.bytes_le, u.fields, u.version, u.variant)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
same = [UUID('12345678123456781234567812345678'), UUID('urn:uuid:12345678-1234-5678-1234-567812345678'),
        UUID(bytes=u.bytes), UUID(bytes_le=u.bytes_le), UUID(fields=u.fields), UUID(int=u.int)]
print([x == u for x in same], len({u, *same}), u.is_safe, int(u) == u.int)
v = UUID(int=0x12345678123456781234567812345678, version=4)
print(v, v.version, v.variant, UUID(int=0, version=1), UUID(int=(1 << 128) - 1))
for x in [UUID(int=0), UUID('00000000-0000-0000-8000-000000000000'), UUID('00000000-0000-0000-c000-000000000000'),
          UUID('00000000-0000-0000-e000-000000000000')]:
    print(x.variant, x.version)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x/'))
print(uuid.NAMESPACE_OID, uuid.NAMESPACE_X500, uuid.uuid3(uuid.NAMESPACE_URL, 'é'))
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4(), type(r.int).__name__)
t1, t2 = uuid.uuid1(), uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t1.version, t1.variant, t2.node == 0x123456789abc, t2.clock_seq == 0x1234, t1.time < uuid.uuid1().time, 0 < uuid.getnode() < 1 << 48)
print(sorted([UUID(int=3), UUID(int=1), UUID(int=2)]), UUID(int=1) < UUID(int=2), UUID(int=1) == 1, UUID(int=5) >= UUID(int=5))
print(pickle.loads(pickle.dumps(u)) == u, copy.copy(u) == u, u.__getstate__(), UUID(int=1, is_safe=uuid.SafeUUID.safe).__getstate__())
print(list(uuid.SafeUUID), uuid.RESERVED_NCS, uuid.RFC_4122)
for bad in [lambda: UUID(), lambda: UUID('1234'), lambda: UUID('zz345678123456781234567812345678'), lambda: UUID(bytes=b'x'),
            lambda: UUID(bytes_le=b'x' * 15), lambda: UUID(fields=(1, 2, 3)), lambda: UUID(fields=(1 << 32, 0, 0, 0, 0, 0)),
            lambda: UUID(fields=(0, 0, 0, 0, 256, 0)), lambda: UUID(fields=(0, 0, 0, 0, 0, 1 << 48)), lambda: UUID(int=-1),
            lambda: UUID(int=1 << 128), lambda: UUID(int=1, version=6), lambda: UUID(hex='1' * 32, int=1), lambda: uuid.uuid5(uuid.NAMESPACE_DNS, b'x')]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print('TypeError', e)

tb, th, tu = secrets.token_bytes(), secrets.token_hex(8), secrets.token_urlsafe(9)
print(type(tb).__name__, len(tb), len(th), all(c in '0123456789abcdef' for c in th), len(tu), len(secrets.token_hex()))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(50)), secrets.randbits(8) < 256, secrets.choice('abc') in 'abc')
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'a', b'b'), isinstance(secrets.SystemRandom(), secrets.SystemRandom))
try:
    secrets.randbelow(0)
except ValueError as e:
    print('ValueError', e)
