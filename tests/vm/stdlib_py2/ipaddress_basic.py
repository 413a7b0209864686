# ipaddress: addresses, networks and interfaces of both versions.
import ipaddress as ip
from ipaddress import (IPv4Address, IPv6Address, IPv4Network, IPv6Network, IPv4Interface, IPv6Interface,
                       ip_address, ip_network, ip_interface, AddressValueError, NetmaskValueError)

for text in ['192.168.1.10', '0.0.0.0', '255.255.255.255', '127.0.0.1', '10.1.2.3', '169.254.1.1', '224.0.0.1',
             '240.1.1.1', '100.64.0.1', '8.8.8.8', '192.0.2.5']:
    a = IPv4Address(text)
    print(repr(a), int(a), a.packed, a.reverse_pointer, a.is_private, a.is_global, a.is_multicast, a.is_reserved,
          a.is_loopback, a.is_link_local, a.is_unspecified)
for text in ['::', '::1', '2001:db8::1', 'fe80::1%eth0', '::ffff:192.0.2.1', '2002:c000:204::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2',
             '1:0:0:2:0:0:0:3', '0:0:1:0:0:1:0:0', 'FF02::1', 'fec0::1', '2606:4700:4700::1111', '1:2:3:4:5:6:7:8', '::2:0:0:0:0:0:0']:
    a = IPv6Address(text)
    print(repr(a), a.compressed, a.scope_id, a.ipv4_mapped, a.sixtofour, a.teredo, a.is_private, a.is_global,
          a.is_multicast, a.is_reserved, a.is_loopback, a.is_link_local, a.is_site_local, a.is_unspecified)
print(IPv6Address('2001:db8::1').exploded, IPv6Address('::1').reverse_pointer)
for bad in ['', '1.2.3', '1.2.3.4.5', '1.2.3.256', '1.2.3.04', '1.2.3.a', '1.2.3.1234', '1..3.4', '1.2.3.4/8', ' 1.2.3.4']:
    try:
        IPv4Address(bad)
    except AddressValueError as e:
        print('AddressValueError', e)
for bad in ['', '1:2', ':1:2::3', '1:2::3:', '1::2::3', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '12345::', 'g::1',
            '1:2:3:4:5:6:7::8', '::1.2.3.256', '1:2:3:4:5:6:7:8:', ':1:2:3:4:5:6:7', '::1%', '::1%a%b', '1:2:3:4:5:6:1.2.3.4:1']:
    try:
        IPv6Address(bad)
    except AddressValueError as e:
        print('AddressValueError', e)
for bad in [-1, 2 ** 32, b'\x01\x02\x03']:
    try:
        IPv4Address(bad)
    except AddressValueError as e:
        print('AddressValueError', e)
print(ip_address('1.2.3.4'), ip_address('::1'), ip_address(3232235521), ip_address(2 ** 40), ip_address(b'\x01\x02\x03\x04'), ip_address(b'\x00' * 16))
for bad in ['x', -1, '1.2.3.4/32']:
    try:
        ip_address(bad)
    except ValueError as e:
        print(type(e).__name__, e)

a, b = IPv4Address('1.2.3.4'), IPv4Address('1.2.3.5')
print(a < b, a == IPv4Address(16909060), a + 1 == b, b - 1, a != IPv6Address('::1'), sorted([b, a]), a == '1.2.3.4', hash(a) == hash(IPv4Address('1.2.3.4')))
print(IPv6Address('fe80::1%eth0') == IPv6Address('fe80::1'), IPv6Address('fe80::1%1') == IPv6Address('fe80::1%1'), str(IPv6Address('fe80::1%1') + 1))
for f in ['', 's', '>12s', 'b', '#b', 'x', '#_X', 'n', '_n', '#x']:
    print(repr(f), format(a, f), format(IPv6Address('::1:2'), f))
for bad in [lambda: a < IPv6Address('::1'), lambda: a + 'x', lambda: format(a, 'd'), lambda: a + 2 ** 32]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

n = IPv4Network('192.168.0.0/28')
print(n, repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses, n.with_netmask, n.with_hostmask, n.with_prefixlen)
print(list(n.hosts())[:3], len(list(n.hosts())), n[0], n[-1], n[3], list(n)[-1], IPv4Address('192.168.0.7') in n, IPv4Address('192.168.1.7') in n)
print(list(n.subnets()), list(n.subnets(new_prefix=30))[:2], n.supernet(), n.supernet(new_prefix=16), n.is_private, n.is_global)
print(list(IPv4Network('10.0.0.0/31').hosts()), list(IPv4Network('10.0.0.1/32').hosts()), list(IPv6Network('2001:db8::/126').hosts()))
print(IPv4Network('1.2.3.0/255.255.255.0'), IPv4Network('1.2.3.0/0.0.0.255'), IPv4Network(('1.2.3.0', 24)), IPv4Network(('1.2.3.9', '255.255.0.0'), strict=False))
print(IPv4Network(167772160), IPv4Network(b'\x0a\x00\x00\x00'), IPv4Network('0.0.0.0/0').num_addresses, IPv6Network('2001:db8::/32').exploded, IPv6Network('::/0'))
for bad in ['1.2.3.4/33', '1.2.3.4/24', '1.2.3.0/255.0.255.0', '1.2.3.0/x', '1.2.3.0/ 24', '1/2/3', '1.2.3.0/-1', '::/129', '::1/64', '::/ff::']:
    try:
        ip_network(bad)
        print(bad, 'ok')
    except ValueError as e:
        print(type(e).__name__, e)
big, small = ip_network('10.0.0.0/8'), ip_network('10.1.0.0/16')
print(small.subnet_of(big), big.supernet_of(small), big.overlaps(small), small.overlaps(ip_network('11.0.0.0/8')), big.compare_networks(small), small.compare_networks(big), big.compare_networks(big))
print(list(ip_network('192.0.2.0/28').address_exclude(ip_network('192.0.2.1/32'))))
print(sorted([ip_network('10.0.0.0/16'), ip_network('10.0.0.0/8'), ip_network('9.0.0.0/8')]), big == ip_network('10.0.0.0/8'), len({big, ip_network('10.0.0.0/8')}))
for bad in [lambda: list(big.subnets(prefixlen_diff=30)), lambda: list(big.subnets(new_prefix=4)), lambda: list(big.subnets(2, 12)),
            lambda: big.supernet(new_prefix=9), lambda: big.supernet(prefixlen_diff=9), lambda: big[2 ** 24], lambda: big.subnet_of(ip_network('::/0')),
            lambda: list(big.address_exclude(ip_network('11.0.0.0/8'))), lambda: big.subnet_of(IPv4Address('10.0.0.1'))]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)

i4 = IPv4Interface('192.168.5.77/24')
print(i4, repr(i4), i4.ip, i4.network, i4.netmask, i4.hostmask, i4.with_prefixlen, i4.with_netmask, i4.with_hostmask, int(i4))
print(i4 == IPv4Interface('192.168.5.77/24'), i4 == IPv4Interface('192.168.5.77/16'), i4 == i4.ip, i4.ip == i4, i4 < IPv4Interface('192.168.5.78/24'))
i6 = ip_interface('2001:db8::5/64')
print(i6, i6.ip, i6.network, i6.exploded, i6.with_netmask, i6.is_loopback, ip_interface('::1/128').is_loopback, IPv4Interface(('10.0.0.1', 8)))
print(list(ip.summarize_address_range(IPv4Address('192.0.2.0'), IPv4Address('192.0.2.130'))))
print(list(ip.summarize_address_range(IPv6Address('::'), IPv6Address('::ffff'))), list(ip.summarize_address_range(IPv4Address('255.255.255.254'), IPv4Address('255.255.255.255'))))
print(list(ip.collapse_addresses([ip_network('192.0.2.0/25'), ip_network('192.0.2.128/25'), IPv4Address('192.0.3.0'), ip_network('192.0.2.64/26')])))
print(list(ip.collapse_addresses([])), list(ip.collapse_addresses([IPv4Address('1.1.1.1'), IPv4Address('1.1.1.0'), IPv4Address('1.1.1.3')])))
for bad in [lambda: list(ip.summarize_address_range(IPv4Address('1.1.1.2'), IPv4Address('1.1.1.1'))),
            lambda: list(ip.summarize_address_range(ip_network('1.0.0.0/8'), IPv4Address('1.1.1.1'))),
            lambda: list(ip.collapse_addresses([IPv4Address('1.1.1.1'), IPv6Address('::1')]))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted([ip_network('10.0.0.0/8'), IPv4Address('9.0.0.1'), IPv4Address('10.0.0.1')], key=ip.get_mixed_type_key), ip.get_mixed_type_key(3))
print(ip.v4_int_to_packed(1), ip.v6_int_to_packed(1)[-2:], ip.IPV4LENGTH, ip.IPV6LENGTH, a.version, a.max_prefixlen, n.version)
import pickle, copy
print(pickle.loads(pickle.dumps(i4)), copy.deepcopy(n), pickle.loads(pickle.dumps(IPv6Address('fe80::1%2'))))
