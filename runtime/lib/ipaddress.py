"""IPv4 and IPv6 addresses, networks and interfaces.

Written for Spry from the documented behaviour of CPython 3.11's ipaddress
module: the same classes, parsing rules, error messages, special-purpose
ranges (is_private, is_global, ...), string forms (RFC 5952 compression),
and the helper functions summarize_address_range and collapse_addresses.
"""

import functools

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A string, int or bytes is not a valid address."""


class NetmaskValueError(ValueError):
    """A prefix length or netmask is not valid."""


def ip_address(address):
    """An IPv4Address or IPv6Address from a string, an int or packed bytes."""
    for cls in (IPv4Address, IPv6Address):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network from a string, tuple, int or bytes."""
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')


def ip_interface(address):
    """An IPv4Interface or IPv6Interface from a string, tuple, int or bytes."""
    for cls in (IPv4Interface, IPv6Interface):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 interface')


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an IPv4 address int."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an IPv6 address int."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _trailing_zero_bits(number, bits):
    if number == 0:
        return bits
    return min(bits, (~number & (number - 1)).bit_length())


def _check_same_version(a, b):
    if a._version != b._version:
        raise TypeError("%s and %s are not of the same version" % (a, b))


def summarize_address_range(first, last):
    """Summarize a network range given the first and last IP addresses:
    yields the fewest networks that cover exactly first..last."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    _check_same_version(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    net_class = IPv4Network if first._version == 4 else IPv6Network
    bits = first._max_prefixlen
    lo, hi = first._ip, last._ip
    while lo <= hi:
        size_bits = min(_trailing_zero_bits(lo, bits), (hi - lo + 1).bit_length() - 1)
        yield net_class((lo, bits - size_bits))
        lo += 1 << size_bits
        if lo - 1 == net_class._ALL_ONES:
            break


def collapse_addresses(addresses):
    """Collapse a list of IP objects: yields the fewest networks covering
    exactly the same addresses, in address order."""
    ranges = []
    previous = None
    for item in addresses:
        if previous is not None and previous._version != item._version:
            raise TypeError("%s and %s are not of the same version" % (item, previous))
        previous = item
        if isinstance(item, _BaseNetwork):
            ranges.append((item.network_address._ip, item.broadcast_address._ip))
        else:
            ranges.append((item._ip, item._ip))
    if previous is None:
        return iter(())
    ranges.sort()
    merged = []
    for lo, hi in ranges:
        if merged and lo <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    address_class = IPv4Address if previous._version == 4 else IPv6Address
    return (net for lo, hi in merged
            for net in summarize_address_range(address_class(lo), address_class(hi)))


def get_mixed_type_key(obj):
    """A sort key that orders addresses and networks together, by version
    then address.
    """
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


class _IPAddressBase:
    """The things common to addresses and networks."""

    __slots__ = ()

    @property
    def exploded(self):
        """The long form of the address (every hextet in full for IPv6)."""
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        """The short form of the address."""
        return str(self)

    @property
    def reverse_pointer(self):
        """The name of the address's reverse DNS (PTR) record."""
        return self._reverse_pointer()

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError("%d (< 0) is not permitted as an IPv%d address"
                                    % (address, self._version))
        if address > self._ALL_ONES:
            raise AddressValueError("%d (>= 2**%d) is not permitted as an IPv%d address"
                                    % (address, self._max_prefixlen, self._version))

    def _check_packed_address(self, address, expected_len):
        if len(address) != expected_len:
            raise AddressValueError("%r (len %d != %d) is not permitted as an IPv%d address"
                                    % (address, len(address), expected_len, self._version))

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError('%r is not a valid netmask' % netmask_str) from None

    @classmethod
    def _prefix_from_prefix_string(cls, text):
        if not (text.isascii() and text.isdigit()):
            cls._report_invalid_netmask(text)
        prefixlen = int(text)
        if not 0 <= prefixlen <= cls._max_prefixlen:
            cls._report_invalid_netmask(text)
        return prefixlen

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        zeros = _trailing_zero_bits(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        if ip_int >> zeros != (1 << prefixlen) - 1:
            raise ValueError('Netmask pattern %r mixes zeroes & ones'
                             % ip_int.to_bytes(cls._max_prefixlen // 8, 'big'))
        return prefixlen

    @classmethod
    def _prefix_from_ip_string(cls, ip_str):
        # A netmask (255.255.255.0) or a hostmask (0.0.0.255).
        try:
            ip_int = cls._ip_int_from_string(ip_str)
        except AddressValueError:
            cls._report_invalid_netmask(ip_str)
        for candidate in (ip_int, ip_int ^ cls._ALL_ONES):
            try:
                return cls._prefix_from_ip_int(candidate)
            except ValueError:
                pass
        cls._report_invalid_netmask(ip_str)

    @classmethod
    def _split_addr_prefix(cls, address):
        """(address, prefix) from 'addr/prefix', a tuple, an int or bytes."""
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if not isinstance(address, tuple):
            parts = str(address).split('/')
            if len(parts) > 2:
                raise AddressValueError("Only one '/' permitted in %r" % address)
            address = parts
        if len(address) == 2:
            return address[0], address[1]
        return address[0], cls._max_prefixlen

    @classmethod
    def _make_netmask(cls, arg):
        if isinstance(arg, int):
            prefixlen = arg
            if not 0 <= prefixlen <= cls._max_prefixlen:
                cls._report_invalid_netmask(prefixlen)
        elif cls._version == 4:
            try:
                prefixlen = cls._prefix_from_prefix_string(arg)
            except NetmaskValueError:
                prefixlen = cls._prefix_from_ip_string(arg)
        else:
            prefixlen = cls._prefix_from_prefix_string(arg)
        mask = cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)
        return cls._address_class(mask), prefixlen

    def __reduce__(self):
        return self.__class__, (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """A single address."""

    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        _check_same_version(self, other)
        return self._ip < other._ip

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return str(self._string_from_ip_int(self._ip))

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def _get_address_key(self):
        return (self._version, self)

    def __format__(self, fmt):
        """Formats like an int in binary ('b'), hex ('x', 'X') or the
        version's natural base ('n'), zero-padded to the full width, with
        optional '#' and '_'; anything ending in 's' (or '') formats str()."""
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        alternate = fmt.startswith('#')
        rest = fmt[1:] if alternate else fmt
        grouping = rest.startswith('_')
        base = rest[1:] if grouping else rest
        if base not in ('x', 'X', 'b', 'n'):
            return super().__format__(fmt)
        if base == 'n':
            base = 'b' if self._version == 4 else 'x'
        width = self._max_prefixlen if base == 'b' else self._max_prefixlen // 4
        if grouping:
            width += width // 4 - 1
        if alternate:
            width += 2
        return format(int(self), '%s0%d%s%s' % ('#' if alternate else '', width,
                                                '_' if grouping else '', base))


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """A network: an address and a prefix length, no host bits set."""

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self.prefixlen)

    def hosts(self):
        """The usable host addresses (all but the network and broadcast
        addresses for IPv4, all but the network address for IPv6).
        """
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        for x in range(network + 1, broadcast + self._hosts_include_last):
            yield self._address_class(x)

    def __iter__(self):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        for x in range(network, broadcast + 1):
            yield self._address_class(x)

    def __getitem__(self, n):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        if n >= 0:
            if network + n > broadcast:
                raise IndexError('address out of range')
            return self._address_class(network + n)
        n += 1
        if broadcast + n < network:
            raise IndexError('address out of range')
        return self._address_class(broadcast + n)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        _check_same_version(self, other)
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._version == other._version and
                    self.network_address == other.network_address and
                    int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if self._version != other._version:
            return False
        if isinstance(other, _BaseNetwork):
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        """Whether the two networks share an address."""
        return (self.network_address in other or self.broadcast_address in other or
                other.network_address in self or other.broadcast_address in self)

    @functools.cached_property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @functools.cached_property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ self._ALL_ONES)

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        """The number of addresses in the network."""
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    def _explode_shorthand_ip_string(self):
        return '%s/%d' % (self.network_address.exploded, self._prefixlen)

    def address_exclude(self, other):
        """The networks covering this one without other (a subnet of it)."""
        _check_same_version(self, other)
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        other = other.__class__('%s/%s' % (other.network_address, other.prefixlen))
        s1, s2 = self.subnets()
        while s1 != other and s2 != other:
            if other.subnet_of(s1):
                yield s2
                s1, s2 = s1.subnets()
            else:
                yield s1
                s1, s2 = s2.subnets()
        yield s2 if s1 == other else s1

    def compare_networks(self, other):
        """-1, 0 or 1: by version, then network address, then netmask."""
        for a, b in ((self._version, other._version),
                     (self.network_address, other.network_address),
                     (self.netmask, other.netmask)):
            if a < b:
                return -1
            if a > b:
                return 1
        return 0

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The subnets that make up this network, prefixlen_diff bits longer (or
        of length new_prefix).
        """
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_prefixlen = self._prefixlen + prefixlen_diff
        if new_prefixlen > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s'
                             % (new_prefixlen, self))
        start = int(self.network_address)
        end = int(self.broadcast_address) + 1
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for new_addr in range(start, end, step):
            yield self.__class__((new_addr, new_prefixlen))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network containing this one, prefixlen_diff bits shorter (or of
        length new_prefix).
        """
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new_prefixlen = self.prefixlen - prefixlen_diff
        if new_prefixlen < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self.prefixlen, prefixlen_diff))
        return self.__class__((int(self.network_address) & (int(self.netmask) << prefixlen_diff),
                               new_prefixlen))

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f"{a} and {b} are not of the same version")
            return (b.network_address <= a.network_address and
                    b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {a} and {b}")

    def subnet_of(self, other):
        """Whether this network lies within other."""
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        """Whether other lies within this network."""
        return self._is_subnet_of(other, self)

    def _both_ends(self, name):
        return (getattr(self.network_address, name) and
                getattr(self.broadcast_address, name))

    is_reserved = property(lambda self: self._both_ends('is_reserved'))
    is_link_local = property(lambda self: self._both_ends('is_link_local'))
    is_private = property(lambda self: self._both_ends('is_private'))
    is_multicast = property(lambda self: self._both_ends('is_multicast'))
    is_unspecified = property(lambda self: self._both_ends('is_unspecified'))
    is_loopback = property(lambda self: self._both_ends('is_loopback'))

    @property
    def is_global(self):
        shared = _IPV4_SHARED_ADDRESS_SPACE
        return (not (self.network_address in shared and self.broadcast_address in shared)
                and not self.is_private)

    def _init_network(self, address, strict):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = self._address_class(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = self._address_class(packed & int(self.netmask))
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [self._address_class(addr)]


class _BaseInterface:
    """An address with the network it sits on (mixed into the address
    classes)."""

    def _init_interface(self, address, network_class):
        addr, mask = self._split_addr_prefix(address)
        self._address_class.__init__(self, addr)
        self.network = network_class((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (self._address_class.__str__(self), self._prefixlen)

    def __eq__(self, other):
        address_equal = self._address_class.__eq__(self, other)
        if address_equal is NotImplemented or not address_equal:
            return address_equal
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        address_less = self._address_class.__lt__(self, other)
        if address_less is NotImplemented:
            return NotImplemented
        try:
            return (self.network < other.network or
                    self.network == other.network and address_less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return self._address_class(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._address_class.__str__(self), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._address_class.__str__(self), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._address_class.__str__(self), self.hostmask)


# ---------------------------------------------------------------- IPv4

class _BaseV4:
    __slots__ = ()
    _version = 4
    _ALL_ONES = (2 ** IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % ip_str)
        try:
            return int.from_bytes(bytes(map(cls._parse_octet, octets)), 'big')
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None

    @staticmethod
    def _parse_octet(octet_str):
        if not octet_str:
            raise ValueError("Empty octet not permitted")
        if not (octet_str.isascii() and octet_str.isdigit()):
            raise ValueError("Only decimal digits permitted in %r" % octet_str)
        if len(octet_str) > 3:
            raise ValueError("At most 3 characters permitted in %r" % octet_str)
        if octet_str != '0' and octet_str[0] == '0':
            raise ValueError("Leading zeros are not permitted in %r" % octet_str)
        value = int(octet_str, 10)
        if value > 255:
            raise ValueError("Octet %d (> 255) not permitted" % value)
        return value

    @staticmethod
    def _string_from_ip_int(ip_int):
        return '.'.join(map(str, ip_int.to_bytes(4, 'big')))

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'


class IPv4Address(_BaseV4, _BaseAddress):
    """A single IPv4 address."""

    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        """An IPv4 address from a dotted-quad string, an int or 4 packed
        bytes; AddressValueError if it is not one."""
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 4)
            self._ip = int.from_bytes(address, 'big')
            return
        addr_str = str(address)
        if '/' in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(addr_str)

    @property
    def packed(self):
        """The address as 4 big-endian bytes."""
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return self in _IPV4_RESERVED

    @property
    def is_private(self):
        return any(self in net for net in _IPV4_PRIVATE)

    @property
    def is_global(self):
        return self not in _IPV4_SHARED_ADDRESS_SPACE and not self.is_private

    @property
    def is_multicast(self):
        return self in _IPV4_MULTICAST

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self in _IPV4_LOOPBACK

    @property
    def is_link_local(self):
        return self in _IPV4_LINK_LOCAL


class IPv4Interface(_BaseInterface, IPv4Address):

    def __init__(self, address):
        self._init_interface(address, IPv4Network)


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: network_address, netmask, hostmask,
    broadcast_address and prefixlen, e.g. IPv4Network('192.0.2.0/27').
    """

    _address_class = IPv4Address
    _hosts_include_last = 0

    def __init__(self, address, strict=True):
        """A network from 'addr/prefix', 'addr/netmask', 'addr/hostmask', an
        (address, prefix) tuple, an int or packed bytes.  With strict, host
        bits set in the address are a ValueError; without, they are cleared."""
        self._init_network(address, strict)


IPv4Address._address_class = IPv4Address


# ---------------------------------------------------------------- IPv6

_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')


class _BaseV6:
    __slots__ = ()
    _version = 6
    _ALL_ONES = (2 ** IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _max_prefixlen = IPV6LENGTH

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError("At least %d parts expected in %r" % (3, ip_str))
        if '.' in parts[-1]:
            # An embedded IPv4 address stands for the last two hextets.
            try:
                v4 = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, ip_str)) from None
            parts += ['%x' % (v4 >> 16), '%x' % (v4 & 0xFFFF)]
        if len(parts) > cls._HEXTET_COUNT + 1:
            raise AddressValueError("At most %d colons permitted in %r"
                                    % (cls._HEXTET_COUNT, ip_str))
        gap = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if gap is not None:
                    raise AddressValueError("At most one '::' permitted in %r" % ip_str)
                gap = i
        if gap is not None:
            head = parts[:gap]
            tail = parts[gap + 1:]
            if not parts[0]:
                if len(head) > 1:
                    raise AddressValueError("Leading ':' only permitted as part of '::' in %r"
                                            % ip_str)
                head = []
            if not parts[-1]:
                if len(tail) > 1:
                    raise AddressValueError("Trailing ':' only permitted as part of '::' in %r"
                                            % ip_str)
                tail = []
            skipped = cls._HEXTET_COUNT - len(head) - len(tail)
            if skipped < 1:
                raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                        % (cls._HEXTET_COUNT - 1, ip_str))
        else:
            if len(parts) != cls._HEXTET_COUNT:
                raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                        % (cls._HEXTET_COUNT, ip_str))
            if not parts[0]:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r"
                                        % ip_str)
            if not parts[-1]:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r"
                                        % ip_str)
            head, tail, skipped = parts, [], 0
        try:
            value = 0
            for hextet in head:
                value = (value << 16) | cls._parse_hextet(hextet)
            value <<= 16 * skipped
            for hextet in tail:
                value = (value << 16) | cls._parse_hextet(hextet)
            return value
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None

    @staticmethod
    def _parse_hextet(hextet_str):
        if not _HEX_DIGITS.issuperset(hextet_str):
            raise ValueError("Only hex digits permitted in %r" % hextet_str)
        if len(hextet_str) > 4:
            raise ValueError("At most 4 characters permitted in %r" % hextet_str)
        return int(hextet_str, 16)

    @staticmethod
    def _string_from_ip_int(ip_int):
        """The RFC 5952 form: lowercase, no leading zeros, the first longest
        run of two or more zero hextets written '::'."""
        hextets = ['%x' % ((ip_int >> shift) & 0xFFFF) for shift in range(112, -16, -16)]
        best_start, best_len = -1, 0
        run_start, run_len = -1, 0
        for i, h in enumerate(hextets):
            if h == '0':
                if run_len == 0:
                    run_start = i
                run_len += 1
                if run_len > best_len:
                    best_start, best_len = run_start, run_len
            else:
                run_len = 0
        if best_len > 1:
            end = best_start + best_len
            hextets[best_start:end] = ['']
            if end == 8:
                hextets.append('')
            if best_start == 0:
                hextets.insert(0, '')
        return ':'.join(hextets)

    def _explode_shorthand_ip_string(self):
        if isinstance(self, _BaseNetwork):
            text = str(self.network_address)
        elif isinstance(self, _BaseInterface):
            text = str(self.ip)
        else:
            text = str(self)
        full = '%032x' % self._ip_int_from_string(text)
        exploded = ':'.join(full[i:i + 4] for i in range(0, 32, 4))
        if isinstance(self, (_BaseNetwork, _BaseInterface)):
            return '%s/%d' % (exploded, self._prefixlen)
        return exploded

    def _reverse_pointer(self):
        digits = self.exploded[::-1].replace(':', '')
        return '.'.join(digits) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        addr, sep, scope_id = ip_str.partition('%')
        if not sep:
            scope_id = None
        elif not scope_id or '%' in scope_id:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return addr, scope_id


class IPv6Address(_BaseV6, _BaseAddress):
    """A single IPv6 address, with an optional scope id."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        """An IPv6 address from a string (with an optional '%scope'), an int
        or 16 packed bytes; AddressValueError if it is not one."""
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            self._scope_id = None
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 16)
            self._ip = int.from_bytes(address, 'big')
            self._scope_id = None
            return
        addr_str = str(address)
        if '/' in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        addr_str, self._scope_id = self._split_scope_id(addr_str)
        self._ip = self._ip_int_from_string(addr_str)

    def __str__(self):
        text = super().__str__()
        return text + '%' + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        address_equal = super().__eq__(other)
        if address_equal is NotImplemented:
            return NotImplemented
        if not address_equal:
            return False
        return self._scope_id == getattr(other, '_scope_id', None)

    @property
    def scope_id(self):
        """The zone of the address (RFC 4007), or None."""
        return self._scope_id

    @property
    def packed(self):
        """The address as 16 big-endian bytes."""
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self in _IPV6_MULTICAST

    @property
    def is_reserved(self):
        return any(self in net for net in _IPV6_RESERVED)

    @property
    def is_link_local(self):
        return self in _IPV6_LINK_LOCAL

    @property
    def is_site_local(self):
        return self in _IPV6_SITE_LOCAL

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return any(self in net for net in _IPV6_PRIVATE)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        """The IPv4 address of an IPv4-mapped address (::ffff:a.b.c.d), or
        None."""
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        """(server, client) IPv4 addresses of a Teredo address (2001::/32),
        or None."""
        if (self._ip >> 96) != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        """The IPv4 address of a 6to4 address (2002::/16), or None."""
        if (self._ip >> 112) != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class IPv6Interface(_BaseInterface, IPv6Address):

    def __init__(self, address):
        self._init_interface(address, IPv6Network)

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: network_address, netmask, hostmask,
    broadcast_address and prefixlen, e.g. IPv6Network('2001:db8::/64').
    """

    _address_class = IPv6Address
    # Only the network address (the Subnet-Router anycast) is not a host.
    _hosts_include_last = 1

    def __init__(self, address, strict=True):
        """A network from 'addr/prefix', an (address, prefix) tuple, an int
        or packed bytes.  With strict, host bits set in the address are a
        ValueError; without, they are cleared."""
        self._init_network(address, strict)

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


IPv6Address._address_class = IPv6Address

# Special-purpose ranges (IANA registries, as CPython 3.11 lists them).
_IPV4_PRIVATE = [IPv4Network(n) for n in (
    '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
    '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16',
    '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4',
    '255.255.255.255/32')]
_IPV4_SHARED_ADDRESS_SPACE = IPv4Network('100.64.0.0/10')
_IPV4_RESERVED = IPv4Network('240.0.0.0/4')
_IPV4_MULTICAST = IPv4Network('224.0.0.0/4')
_IPV4_LOOPBACK = IPv4Network('127.0.0.0/8')
_IPV4_LINK_LOCAL = IPv4Network('169.254.0.0/16')

_IPV6_PRIVATE = [IPv6Network(n) for n in (
    '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
    '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')]
_IPV6_RESERVED = [IPv6Network(n) for n in (
    '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3',
    '6000::/3', '8000::/3', 'A000::/3', 'C000::/3', 'E000::/4', 'F000::/5',
    'F800::/6', 'FE00::/9')]
_IPV6_MULTICAST = IPv6Network('ff00::/8')
_IPV6_LINK_LOCAL = IPv6Network('fe80::/10')
_IPV6_SITE_LOCAL = IPv6Network('fec0::/10')
