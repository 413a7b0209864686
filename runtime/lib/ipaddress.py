"""IPv4 and IPv6 addresses, networks and interfaces.

Written for Spry from the ipaddress documentation. An address is an int with a version; a
network is a network address plus a prefix length; an interface is an address that also
knows the network it sits on (and is an address subclass, as documented).
"""

import functools

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """An address could not be parsed."""


class NetmaskValueError(ValueError):
    """A netmask or prefix length could not be parsed."""


def ip_address(address):
    for kind in (IPv4Address, IPv6Address):
        try:
            return kind(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 address')


def ip_network(address, strict=True):
    for kind in (IPv4Network, IPv6Network):
        try:
            return kind(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')


def ip_interface(address):
    for kind in (IPv4Interface, IPv6Interface):
        try:
            return kind(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 interface')


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv4') from None


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv6') from None


# ---- parsing and printing, per version -----------------------------------------------------

# Every valid octet spelling maps to its value: parsing a well-formed address is four lookups.
_OCTET_VALUES = {str(value): value for value in range(256)}
_DECIMAL = frozenset('0123456789')
_HEX = frozenset('0123456789abcdefABCDEF')


def _octet_problem(text):
    """Why text is not an octet (called once the fast lookup failed)."""
    if not text:
        return 'Empty octet not permitted'
    if not _DECIMAL.issuperset(text):
        return f'Only decimal digits permitted in {text!r}'
    if len(text) > 3:
        return f'At most 3 characters permitted in {text!r}'
    if text[0] == '0':
        return f'Leading zeros are not permitted in {text!r}'
    return f'Octet {int(text)} (> 255) not permitted'


def _v4_from_text(text):
    if not text:
        raise AddressValueError('Address cannot be empty')
    pieces = text.split('.')
    if len(pieces) != 4:
        raise AddressValueError(f'Expected 4 octets in {text!r}')
    value = 0
    for piece in pieces:
        octet = _OCTET_VALUES.get(piece)
        if octet is None:
            raise AddressValueError(f'{_octet_problem(piece)} in {text!r}')
        value = (value << 8) | octet
    return value


def _v4_to_text(value):
    return f'{value >> 24}.{(value >> 16) & 255}.{(value >> 8) & 255}.{value & 255}'


def _hextet(text):
    if not _HEX.issuperset(text):
        raise ValueError(f'Only hex digits permitted in {text!r}')
    if len(text) > 4:
        raise ValueError(f'At most 4 characters permitted in {text!r}')
    return int(text, 16)


def _v6_from_text(text):
    """The address's value and its scope id (None without one)."""
    if not text:
        raise AddressValueError('Address cannot be empty')
    body, percent, scope = text.partition('%')
    if percent:
        if not scope or '%' in scope:
            raise AddressValueError(f'Invalid IPv6 address: "{text!r}"')
    else:
        scope = None
    if not body:
        raise AddressValueError('Address cannot be empty')
    groups = body.split(':')
    if len(groups) < 3:
        raise AddressValueError(f'At least 3 parts expected in {body!r}')
    if '.' in groups[-1]:
        # an embedded IPv4 address stands for the last two groups
        try:
            low32 = _v4_from_text(groups.pop())
        except AddressValueError as exc:
            raise AddressValueError(f'{exc} in {body!r}') from None
        groups += [f'{low32 >> 16:x}', f'{low32 & 0xFFFF:x}']
    if len(groups) > 9:
        raise AddressValueError(f'At most 8 colons permitted in {body!r}')
    gaps = [index for index in range(1, len(groups) - 1) if not groups[index]]
    if len(gaps) > 1:
        raise AddressValueError(f"At most one '::' permitted in {body!r}")
    if gaps:
        head = groups[:gaps[0]]
        tail = groups[gaps[0] + 1:]
        # '::' at either end leaves an empty group there that belongs to it
        if head and not head[0]:
            if len(head) > 1:
                raise AddressValueError(f"Leading ':' only permitted as part of '::' in {body!r}")
            head = []
        if tail and not tail[-1]:
            if len(tail) > 1:
                raise AddressValueError(
                    f"Trailing ':' only permitted as part of '::' in {body!r}")
            tail = []
        if len(head) + len(tail) > 7:
            raise AddressValueError(f"Expected at most 7 other parts with '::' in {body!r}")
        filled = head + ['0'] * (8 - len(head) - len(tail)) + tail
    else:
        if len(groups) != 8:
            raise AddressValueError(f"Exactly 8 parts expected without '::' in {body!r}")
        if not groups[0]:
            raise AddressValueError(f"Leading ':' only permitted as part of '::' in {body!r}")
        if not groups[-1]:
            raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {body!r}")
        filled = groups
    value = 0
    try:
        for group in filled:
            value = (value << 16) | _hextet(group)
    except ValueError as exc:
        raise AddressValueError(f'{exc} in {body!r}') from None
    return value, scope


def _v6_to_text(value):
    """The shortest form: the longest run of two or more zero groups (the first of equally
    long runs) becomes '::'."""
    groups = [(value >> shift) & 0xFFFF for shift in range(112, -16, -16)]
    best_start, best_length = -1, 1
    start = None
    for index, group in enumerate(groups + [1]):
        if group == 0:
            if start is None:
                start = index
        elif start is not None:
            if index - start > best_length:
                best_start, best_length = start, index - start
            start = None
    words = [f'{group:x}' for group in groups]
    if best_start < 0:
        return ':'.join(words)
    left = ':'.join(words[:best_start])
    right = ':'.join(words[best_start + best_length:])
    return f'{left}::{right}'


def _v6_exploded(value):
    return ':'.join(f'{(value >> shift) & 0xFFFF:04x}' for shift in range(112, -16, -16))


def _prefix_from_mask_int(mask, bits):
    """The prefix length of a netmask value, or None when its ones are not contiguous."""
    ones = bits - ((mask & -mask).bit_length() - 1 if mask else bits)
    if mask != ((1 << bits) - 1) ^ ((1 << (bits - ones)) - 1):
        return None
    return ones


class _Version4:
    """What IPv4 objects share: sizes, parsing, printing."""
    __slots__ = ()
    version = 4
    max_prefixlen = IPV4LENGTH
    _all_ones = (1 << IPV4LENGTH) - 1

    @classmethod
    def _prefix_from_mask(cls, text):
        """The prefix length of a netmask or hostmask in dotted form."""
        try:
            mask = _v4_from_text(text)
        except AddressValueError:
            raise NetmaskValueError(f'{text!r} is not a valid netmask') from None
        prefix = _prefix_from_mask_int(mask, IPV4LENGTH)
        if prefix is None:
            prefix = _prefix_from_mask_int(mask ^ cls._all_ones, IPV4LENGTH)
        if prefix is None:
            raise NetmaskValueError(f'{text!r} is not a valid netmask')
        return prefix

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    def _bare_text(self):
        return _v4_to_text(self._int)


class _Version6:
    """What IPv6 objects share: sizes, parsing, printing."""
    __slots__ = ()
    version = 6
    max_prefixlen = IPV6LENGTH
    _all_ones = (1 << IPV6LENGTH) - 1

    @staticmethod
    def _prefix_from_mask(text):
        # IPv6 prefixes are only ever given as a length
        raise NetmaskValueError(f'{text!r} is not a valid netmask')

    def _reverse_pointer(self):
        digits = self.exploded.replace(':', '')
        return '.'.join(reversed(digits)) + '.ip6.arpa'

    def _bare_text(self):
        """The address without its scope id."""
        return _v6_to_text(self._int)


def _split_prefix(spec, bits):
    """(address part, prefix part) of a network or interface specification."""
    if isinstance(spec, (bytes, int)):
        return spec, bits
    if isinstance(spec, tuple):
        if len(spec) == 1:
            return spec[0], bits
        address, prefix = spec
        return address, prefix
    pieces = str(spec).split('/')
    if len(pieces) > 2:
        raise AddressValueError(f"Only one '/' permitted in {spec!r}")
    return pieces[0], pieces[1] if len(pieces) == 2 else bits


# ---- special-purpose ranges (as CPython 3.11.7 classifies them) -------------------------------

def _block(text):
    address, _, prefix = text.partition('/')
    value = _v6_from_text(address)[0] if ':' in address else _v4_from_text(address)
    bits = IPV6LENGTH if ':' in address else IPV4LENGTH
    size = 1 << (bits - int(prefix))
    return value, value + size - 1


def _in_range(value, block):
    return block[0] <= value <= block[1]


def _in_any(value, blocks):
    for low, high in blocks:
        if low <= value <= high:
            return True
    return False


def _inside(block):
    """An address property: whether the address lies in block."""
    return property(lambda self: _in_range(self._int, block))


def _both_ends(name):
    """A network property: whether its first and its last address both have property name."""
    return property(lambda self: getattr(self.network_address, name)
                    and getattr(self.broadcast_address, name))


_V4_SHARED = _block('100.64.0.0/10')
_V4_MULTICAST = _block('224.0.0.0/4')
_V4_RESERVED = _block('240.0.0.0/4')
_V4_LOOPBACK = _block('127.0.0.0/8')
_V4_LINK_LOCAL = _block('169.254.0.0/16')
_V4_PRIVATE = [_block(text) for text in (
    '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
    '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15',
    '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
_V6_MULTICAST = _block('ff00::/8')
_V6_LINK_LOCAL = _block('fe80::/10')
_V6_SITE_LOCAL = _block('fec0::/10')
_V6_PRIVATE = [_block(text) for text in (
    '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
    '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')]
_V6_RESERVED = [_block(text) for text in (
    '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3', '6000::/3',
    '8000::/3', 'a000::/3', 'c000::/3', 'e000::/4', 'f000::/5', 'f800::/6', 'fe00::/9')]


# ---- addresses ---------------------------------------------------------------------------------

_FORMAT_SPECS = {'b', 'x', 'X', 'n'}


@functools.total_ordering
class _Address:
    __slots__ = ()

    def __int__(self):
        return self._int

    def __eq__(self, other):
        if not isinstance(other, _Address):
            return NotImplemented
        return self._int == other._int and self.version == other.version

    def __lt__(self, other):
        if not isinstance(other, _Address):
            return NotImplemented
        if self.version != other.version:
            raise TypeError(f'{self} and {other} are not of the same version')
        return self._int < other._int

    def __hash__(self):
        return hash(hex(self._int))

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._int + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._int - other)

    def __repr__(self):
        return f"{type(self).__name__}('{self}')"

    def __reduce__(self):
        return type(self), (self._int,)

    def __format__(self, spec):
        if not spec or spec[-1] == 's':
            return format(str(self), spec)
        # [#][_](b|x|X|n): the value zero-padded to the address's full width
        prefix = '#' if spec.startswith('#') else ''
        rest = spec[len(prefix):]
        grouping = '_' if rest.startswith('_') else ''
        kind = rest[len(grouping):]
        if kind not in _FORMAT_SPECS:
            raise TypeError(f'unsupported format string passed to {type(self).__name__}.__format__')
        if kind == 'n':
            kind = 'b' if self.version == 4 else 'x'
        digits = self.max_prefixlen if kind == 'b' else self.max_prefixlen // 4
        if grouping:
            digits += digits // 4 - 1
        if prefix:
            digits += 2
        return format(self._int, f'{prefix}0{digits}{grouping}{kind}')

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()


def _address_from_int(cls, value):
    if value < 0:
        raise AddressValueError(f'{value} (< 0) is not permitted as an IPv{cls.version} address')
    if value > cls._all_ones:
        raise AddressValueError(f'{value} (>= 2**{cls.max_prefixlen}) is not permitted as an '
                                f'IPv{cls.version} address')
    return value


def _address_from_packed(cls, data):
    size = cls.max_prefixlen // 8
    if len(data) != size:
        raise AddressValueError(f'{data!r} (len {len(data)} != {size}) is not permitted as an '
                                f'IPv{cls.version} address')
    return int.from_bytes(data, 'big')


class IPv4Address(_Version4, _Address):
    __slots__ = ('_int', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._int = _address_from_int(IPv4Address, address)
        elif isinstance(address, bytes):
            self._int = _address_from_packed(IPv4Address, address)
        else:
            text = str(address)
            if '/' in text:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            self._int = _v4_from_text(text)

    def __str__(self):
        return self._bare_text()

    @property
    def exploded(self):
        return str(self)

    @property
    def packed(self):
        return self._int.to_bytes(4, 'big')

    @property
    def is_private(self):
        return _in_any(self._int, _V4_PRIVATE)

    @property
    def is_global(self):
        return not _in_range(self._int, _V4_SHARED) and not self.is_private

    is_multicast = _inside(_V4_MULTICAST)
    is_reserved = _inside(_V4_RESERVED)
    is_loopback = _inside(_V4_LOOPBACK)
    is_link_local = _inside(_V4_LINK_LOCAL)

    @property
    def is_unspecified(self):
        return self._int == 0


class IPv6Address(_Version6, _Address):
    __slots__ = ('_int', '_scope', '__weakref__')

    def __init__(self, address):
        self._scope = None
        if isinstance(address, int):
            self._int = _address_from_int(IPv6Address, address)
        elif isinstance(address, bytes):
            self._int = _address_from_packed(IPv6Address, address)
        else:
            text = str(address)
            if '/' in text:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            self._int, self._scope = _v6_from_text(text)

    def __str__(self):
        text = self._bare_text()
        return text if self._scope is None else f'{text}%{self._scope}'

    def __eq__(self, other):
        same = _Address.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        return self._scope == getattr(other, 'scope_id', None)

    def __hash__(self):
        return hash((self._int, self._scope))

    def __reduce__(self):
        return type(self), (str(self),)

    @property
    def scope_id(self):
        return self._scope

    @property
    def exploded(self):
        text = _v6_exploded(self._int)
        return text if self._scope is None else f'{text}%{self._scope}'

    @property
    def packed(self):
        return self._int.to_bytes(16, 'big')

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return _in_any(self._int, _V6_PRIVATE)

    @property
    def is_global(self):
        return not self.is_private

    is_multicast = _inside(_V6_MULTICAST)
    is_link_local = _inside(_V6_LINK_LOCAL)
    is_site_local = _inside(_V6_SITE_LOCAL)

    @property
    def is_reserved(self):
        return _in_any(self._int, _V6_RESERVED)

    @property
    def is_loopback(self):
        return self._int == 1

    @property
    def is_unspecified(self):
        return self._int == 0

    @property
    def ipv4_mapped(self):
        if self._int >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._int & 0xFFFFFFFF)

    @property
    def teredo(self):
        if self._int >> 96 != 0x20010000:
            return None
        return (IPv4Address((self._int >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._int & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        if self._int >> 112 != 0x2002:
            return None
        return IPv4Address((self._int >> 80) & 0xFFFFFFFF)


# ---- networks ----------------------------------------------------------------------------------

def _mask_int(prefix, bits):
    return ((1 << bits) - 1) ^ ((1 << (bits - prefix)) - 1)


def _prefix_of(cls, prefix):
    """A prefix length given as an int or as text (digits, or for IPv4 a netmask/hostmask)."""
    if isinstance(prefix, int):
        length = prefix
    elif prefix.isascii() and prefix.isdigit():
        length = int(prefix)
    else:
        return cls._prefix_from_mask(prefix)
    if not 0 <= length <= cls.max_prefixlen:
        raise NetmaskValueError(f'{prefix!r} is not a valid netmask')
    return length


def _same_version(first, second, word='version'):
    if first.version != second.version:
        raise TypeError(f'{first} and {second} are not of the same {word}')


@functools.total_ordering
class _Network:
    """A network address and prefix length; the version classes supply _address_class and the
    private blocks."""

    def __init__(self, spec, strict):
        address, prefix = _split_prefix(spec, self.max_prefixlen)
        address = self._address_class(address)
        prefix = _prefix_of(self, prefix)
        mask = _mask_int(prefix, self.max_prefixlen)
        if address._int & ~mask:
            if strict:
                raise ValueError(f'{address}/{prefix} has host bits set')
            address = self._address_class(address._int & mask)
        self.network_address = address
        self.netmask = self._address_class(mask)
        self._prefix = prefix

    @property
    def prefixlen(self):
        return self._prefix

    @functools.cached_property
    def broadcast_address(self):
        return self._address_class(self.network_address._int | int(self.hostmask))

    @functools.cached_property
    def hostmask(self):
        return self._address_class(self.netmask._int ^ self._all_ones)

    @property
    def num_addresses(self):
        return 1 << (self.max_prefixlen - self._prefix)

    def __str__(self):
        return f'{self.network_address}/{self._prefix}'

    def __repr__(self):
        return f"{type(self).__name__}('{self}')"

    def __reduce__(self):
        return type(self), (str(self),)

    def __hash__(self):
        return hash(self.network_address._int ^ self.netmask._int)

    def __eq__(self, other):
        if not isinstance(other, _Network):
            return NotImplemented
        return (self.version == other.version and self.network_address == other.network_address
                and self.netmask._int == other.netmask._int)

    def __lt__(self, other):
        if not isinstance(other, _Network):
            return NotImplemented
        _same_version(self, other)
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        return self.netmask < other.netmask

    def __contains__(self, other):
        if isinstance(other, _Network) or getattr(other, 'version', None) != self.version:
            return False
        return other._int & self.netmask._int == self.network_address._int

    def __iter__(self):
        make = self._address_class
        first = self.network_address._int
        for value in range(first, first + self.num_addresses):
            yield make(value)

    def __getitem__(self, index):
        first = self.network_address._int
        last = first + self.num_addresses - 1
        if index >= 0:
            if first + index > last:
                raise IndexError('address out of range')
            return self._address_class(first + index)
        if last + index + 1 < first:
            raise IndexError('address out of range')
        return self._address_class(last + index + 1)

    def hosts(self):
        if self._prefix == self.max_prefixlen:
            return [self.network_address]
        if self._prefix == self.max_prefixlen - 1:
            return iter(self)
        return self._usable_hosts()

    def _usable_hosts(self):
        make = self._address_class
        first = self.network_address._int
        for value in range(first + 1, first + self.num_addresses - self._last_host_offset):
            yield make(value)

    @property
    def exploded(self):
        return f'{self.network_address.exploded}/{self._prefix}'

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()

    @property
    def with_prefixlen(self):
        return f'{self.network_address}/{self._prefix}'

    @property
    def with_netmask(self):
        return f'{self.network_address}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.network_address}/{self.hostmask}'

    def _with_prefix(self, address_int, prefix):
        return type(self)((address_int, prefix))

    def overlaps(self, other):
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    def compare_networks(self, other):
        _same_version(self, other, 'type')
        for mine, theirs in ((self.network_address, other.network_address),
                             (self.netmask, other.netmask)):
            if mine < theirs:
                return -1
            if mine > theirs:
                return 1
        return 0

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        if self._prefix == self.max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefix:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefix
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        target = self._prefix + prefixlen_diff
        if target > self.max_prefixlen:
            raise ValueError(f'prefix length diff {target} is invalid for netblock {self}')
        step = 1 << (self.max_prefixlen - target)
        first = self.network_address._int
        for start in range(first, first + self.num_addresses, step):
            yield self._with_prefix(start, target)

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._prefix == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefix:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefix - new_prefix
        if prefixlen_diff < 0:
            raise ValueError('negative shift count')   # what CPython reports here
        target = self._prefix - prefixlen_diff
        if target < 0:
            raise ValueError(f'current prefixlen is {self._prefix}, cannot have a '
                             f'prefixlen_diff of {prefixlen_diff}')
        mask = _mask_int(target, self.max_prefixlen)
        return self._with_prefix(self.network_address._int & mask, target)

    def address_exclude(self, other):
        if self.version != other.version:
            raise TypeError(f'{self} and {other} are not of the same version')
        if not isinstance(other, _Network):
            raise TypeError(f'{other} is not a network object')
        if not other.subnet_of(self):
            raise ValueError(f'{other} not contained in {self}')
        if other == self:
            return
        other = self._with_prefix(other.network_address._int, other._prefix)
        # halve the block again and again, keeping the half that holds `other`
        current = self
        while current != other:
            low, high = current.subnets()
            if other.subnet_of(low):
                yield high
                current = low
            else:
                yield low
                current = high

    def subnet_of(self, other):
        return _contains_block(other, self)

    def supernet_of(self, other):
        return _contains_block(self, other)

    is_multicast = _both_ends('is_multicast')
    is_reserved = _both_ends('is_reserved')
    is_link_local = _both_ends('is_link_local')
    is_unspecified = _both_ends('is_unspecified')
    is_loopback = _both_ends('is_loopback')

    @property
    def is_private(self):
        # the whole network inside one of the private blocks
        low, high = self.network_address._int, self.broadcast_address._int
        return any(start <= low and high <= end for start, end in self._private_blocks)

    @property
    def is_global(self):
        return not self.is_private


def _contains_block(outer, inner):
    """True if network inner lies inside network outer."""
    try:
        if outer.version != inner.version:
            raise TypeError(f'{inner} and {outer} are not of the same version')
        return (outer.network_address <= inner.network_address
                and outer.broadcast_address >= inner.broadcast_address)
    except AttributeError:
        raise TypeError(f'Unable to test subnet containment between {inner} and {outer}') \
            from None


class IPv4Network(_Version4, _Network):
    _address_class = IPv4Address
    _private_blocks = _V4_PRIVATE
    _last_host_offset = 1   # the broadcast address is no host

    def __init__(self, address, strict=True):
        _Network.__init__(self, address, strict)

    @property
    def is_global(self):
        shared = (_in_range(self.network_address._int, _V4_SHARED)
                  and _in_range(self.broadcast_address._int, _V4_SHARED))
        return not shared and not self.is_private


class IPv6Network(_Version6, _Network):
    _address_class = IPv6Address
    _private_blocks = _V6_PRIVATE
    _last_host_offset = 0   # every address but the network's own (the router anycast)

    def __init__(self, address, strict=True):
        _Network.__init__(self, address, strict)

    is_site_local = _both_ends('is_site_local')


# ---- interfaces --------------------------------------------------------------------------------

class _Interface:
    """An address with the network it belongs to; mixed into the address classes."""
    __slots__ = ()

    def __init__(self, spec):
        address, prefix = _split_prefix(spec, self.max_prefixlen)
        self._address_class.__init__(self, address)
        self.network = self._network_class((address, prefix), strict=False)
        self.netmask = self.network.netmask
        self._prefix = self.network._prefix

    @property
    def ip(self):
        return self._address_class(self._int)

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return f'{self._address_class.__str__(self)}/{self._prefix}'

    @property
    def with_prefixlen(self):
        return f'{self._bare_text()}/{self._prefix}'

    @property
    def with_netmask(self):
        return f'{self._bare_text()}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self._bare_text()}/{self.hostmask}'

    def __eq__(self, other):
        same = self._address_class.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = self._address_class.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        try:
            return self.network < other.network or (self.network == other.network and less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._int, self._prefix, self.network.network_address._int))

    def __reduce__(self):
        return type(self), (str(self),)

    @property
    def exploded(self):
        return f'{self.ip.exploded}/{self._prefix}'


class IPv4Interface(_Interface, IPv4Address):
    _address_class = IPv4Address
    _network_class = IPv4Network

    @property
    def is_unspecified(self):
        # CPython compares the interface with the address 0.0.0.0, which an interface (having
        # a network) never equals.
        return False


class IPv6Interface(_Interface, IPv6Address):
    _address_class = IPv6Address
    _network_class = IPv6Network

    @property
    def is_unspecified(self):
        return self._int == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._int == 1 and self.network.is_loopback


# ---- ranges and collections ------------------------------------------------------------------

def summarize_address_range(first, last):
    if not (isinstance(first, _Address) and isinstance(last, _Address)):
        raise TypeError('first and last must be IP addresses, not networks')
    _same_version(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    network_class = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    start, stop = first._int, last._int
    while start <= stop:
        # the largest aligned block starting at `start` that does not pass `stop`
        align = (start & -start).bit_length() - 1 if start else bits
        size = min(align, (stop - start + 1).bit_length() - 1)
        yield network_class((start, bits - size))
        start += 1 << size


def collapse_addresses(addresses):
    singles = []
    blocks = []
    for item in addresses:
        if isinstance(item, _Address):
            if singles and singles[-1].version != item.version:
                raise TypeError(f'{item} and {singles[-1]} are not of the same version')
            singles.append(item.ip if isinstance(item, _Interface) else item)
        elif item._prefix == item.max_prefixlen:
            if singles and singles[-1].version != item.version:
                raise TypeError(f'{item} and {singles[-1]} are not of the same version')
            singles.append(item.network_address)
        else:
            if blocks and blocks[-1].version != item.version:
                raise TypeError(f'{item} and {blocks[-1]} are not of the same version')
            blocks.append(item)
    return _canonical_blocks(singles, blocks)


def _canonical_blocks(singles, blocks):
    """The fewest networks covering the given addresses and networks, in order."""
    if singles and blocks and singles[0].version != blocks[0].version:
        first_single = min(singles)
        raise TypeError(f'{first_single}/{first_single.max_prefixlen} and {blocks[0]} '
                        f'are not of the same version')
    spans = [(address._int, address._int, address) for address in singles]
    spans += [(net.network_address._int, net.broadcast_address._int, net.network_address)
              for net in blocks]
    spans.sort(key=lambda span: span[:2])
    merged = []
    for low, high, sample in spans:
        if merged and low <= merged[-1][1] + 1:
            if high > merged[-1][1]:
                merged[-1][1] = high
        else:
            merged.append([low, high, sample])
    for low, high, sample in merged:
        kind = type(sample)
        yield from summarize_address_range(kind(low), kind(high))


def get_mixed_type_key(obj):
    if isinstance(obj, _Network):
        return obj.version, obj.network_address, obj.netmask
    if isinstance(obj, _Address):
        return obj.version, obj
    return NotImplemented
