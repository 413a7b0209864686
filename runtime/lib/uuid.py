"""RFC 4122 UUIDs: the immutable UUID value type, the time-based (uuid1), name-based
(uuid3 with MD5, uuid5 with SHA-1) and random (uuid4) generators, and getnode()."""

import operator
import os
import time
from enum import Enum

__all__ = ["UUID", "SafeUUID", "getnode", "uuid1", "uuid3", "uuid4", "uuid5",
           "NAMESPACE_DNS", "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500",
           "RESERVED_NCS", "RFC_4122", "RESERVED_MICROSOFT", "RESERVED_FUTURE"]

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

# The builtins that UUID's keyword arguments shadow inside its methods.
int_ = int
bytes_ = bytes

# (bit width, the article in its error message) of each of the six fields.
FIELD_WIDTHS = ((32, "a"), (16, "a"), (16, "a"), (8, "an"), (8, "an"), (48, "a"))

# (shift, mask) extracting each field from the integer.
FIELD_LAYOUT = ((96, 0xFFFFFFFF), (80, 0xFFFF), (64, 0xFFFF), (56, 0xFF), (48, 0xFF),
                (0, 0xFFFFFFFFFFFF))

# 100-nanosecond intervals from 1582-10-15 (the Gregorian reform) to 1970-01-01.
GREGORIAN_TO_UNIX = 0x01B21DD213814000


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


def parse_hex(text):
    digits = text.replace("urn:", "").replace("uuid:", "")
    digits = digits.strip("{}").replace("-", "")
    if len(digits) != 32:
        raise ValueError("badly formed hexadecimal UUID string")
    return int_(digits, 16)


def int_from_fields(fields):
    if len(fields) != 6:
        raise ValueError("fields is not a 6-tuple")
    value = 0
    for number, (field, (width, article)) in enumerate(zip(fields, FIELD_WIDTHS), 1):
        if not 0 <= field < 1 << width:
            raise ValueError("field %d out of range (need %s %d-bit value)"
                             % (number, article, width))
        value = (value << width) | field
    return value


def int_comparison(compare):
    """A rich comparison of two UUIDs by their integers; other types are left to
    the other operand."""
    def method(self, other):
        return compare(self.int, other.int) if isinstance(other, UUID) else NotImplemented
    return method


def swap_byte_order(raw):
    """bytes <-> bytes_le: the first three fields swap their byte order."""
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


def checked_length(raw, name):
    if len(raw) != 16:
        raise ValueError(name + " is not a 16-char string")
    return raw


class UUID:
    """One 128-bit UUID; every representation (hex, bytes, fields, ...) is computed
    from the single stored integer."""

    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        given = [arg for arg in (hex, bytes, bytes_le, fields, int) if arg is not None]
        if len(given) != 1:
            raise TypeError("one of the hex, bytes, bytes_le, fields, "
                            "or int arguments must be given")
        if hex is not None:
            int = parse_hex(hex)
        if bytes_le is not None:
            bytes = swap_byte_order(checked_length(bytes_le, "bytes_le"))
        if bytes is not None:
            assert isinstance(checked_length(bytes, "bytes"), bytes_), repr(bytes)
            int = int_.from_bytes(bytes, "big")
        if fields is not None:
            int = int_from_fields(fields)
        if not 0 <= int < 1 << 128:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            # RFC 4122 variant bits (10) in the clock sequence, version in bits 76-79.
            int = (int & ~(0xC000 << 48)) | (0x8000 << 48)
            int = (int & ~(0xF << 76)) | (version << 76)
        object.__setattr__(self, "int", int)
        object.__setattr__(self, "is_safe", is_safe)

    def __getstate__(self):
        state = {"int": self.int}
        if self.is_safe != SafeUUID.unknown:
            state["is_safe"] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, "int", state["int"])
        object.__setattr__(self, "is_safe", SafeUUID(state["is_safe"])
                           if "is_safe" in state else SafeUUID.unknown)

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    __eq__ = int_comparison(operator.eq)
    __lt__ = int_comparison(operator.lt)
    __le__ = int_comparison(operator.le)
    __gt__ = int_comparison(operator.gt)
    __ge__ = int_comparison(operator.ge)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    def __str__(self):
        digits = "%032x" % self.int
        return "-".join((digits[:8], digits[8:12], digits[12:16], digits[16:20], digits[20:]))

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        return swap_byte_order(self.bytes)

    @property
    def fields(self):
        # Widths 32, 16, 16, 8, 8, 48 from the most significant end.
        return tuple((self.int >> shift) & mask for shift, mask in FIELD_LAYOUT)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xFFFF

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xFFFF

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xFF

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xFF

    @property
    def time(self):
        return ((self.time_hi_version & 0x0FFF) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3F) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xFFFFFFFFFFFF

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        # The leading bits of clock_seq_hi_variant: 0xx, 10x, 110, 111.
        top = self.clock_seq_hi_variant >> 5
        if top < 0b100:
            return RESERVED_NCS
        if top < 0b110:
            return RFC_4122
        if top == 0b110:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xF
        return None


# getnode()'s answer and uuid1()'s last timestamp, kept for the process's lifetime.
generator_state = {"node": None, "last_stamp": 0}


def hardware_address():
    """A universally administered MAC address of a network interface, or None."""
    try:
        interfaces = sorted(os.listdir("/sys/class/net"))
    except OSError:
        return None
    for interface in interfaces:
        try:
            with open(os.path.join("/sys/class/net", interface, "address")) as f:
                text = f.read().strip()
        except OSError:
            continue
        octets = text.split(":")
        if len(octets) != 6:
            continue
        try:
            value = int_("".join(octets), 16)
        except ValueError:
            continue
        # Skip the all-zero loopback address and locally administered ones.
        if value and not value & (0x02 << 40):
            return value
    return None


def getnode():
    """The hardware address as a 48-bit integer; failing that, a random number with
    the multicast bit set, as RFC 4122 suggests. The same value on every call."""
    node = generator_state["node"]
    if node is None:
        node = hardware_address()
        if node is None:
            node = int_.from_bytes(os.urandom(6), "big") | (0x01 << 40)
        generator_state["node"] = node
    return node


def uuid1(node=None, clock_seq=None):
    """A UUID from the current time, a clock sequence and the host's node id."""
    stamp = time.time_ns() // 100 + GREGORIAN_TO_UNIX
    # Two UUIDs made within one clock tick still differ and still ascend.
    if stamp <= generator_state["last_stamp"]:
        stamp = generator_state["last_stamp"] + 1
    generator_state["last_stamp"] = stamp
    if clock_seq is None:
        clock_seq = int_.from_bytes(os.urandom(2), "big") & 0x3FFF
    if node is None:
        node = getnode()
    fields = (stamp & 0xFFFFFFFF, (stamp >> 32) & 0xFFFF, (stamp >> 48) & 0x0FFF,
              (clock_seq >> 8) & 0x3F, clock_seq & 0xFF, node)
    return UUID(fields=fields, version=1)


def name_based(digest_name, namespace, name, version):
    import hashlib
    digest = hashlib.new(digest_name, namespace.bytes + bytes_(name, "utf-8"),
                         usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """The MD5-based UUID of name (a str) within namespace (a UUID)."""
    return name_based("md5", namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """The SHA-1-based UUID of name (a str) within namespace (a UUID)."""
    return name_based("sha1", namespace, name, 5)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
