# ipaddress object behaviour: comparisons across kinds and versions, hashing, pickling,
# arithmetic, formatting errors, scoped IPv6 addresses, interfaces, hosts() and the module's
# helper functions and their errors.
import copy
import ipaddress as ip
import pickle


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, '->', type(exc).__name__, exc)
    else:
        print(label, '->', repr(result))


a4 = ip.IPv4Address('1.2.3.4')
a6 = ip.IPv6Address('fe80::1%eth0')
n4 = ip.ip_network('10.0.0.0/8')
i4 = ip.ip_interface('1.2.3.4/24')
i6 = ip.IPv6Interface('fe80::1%eth0/64')
for obj in (a4, a6, n4, i4, i6, ip.ip_network('fe80::%eth0/64')):
    clone = pickle.loads(pickle.dumps(obj))
    print(repr(obj), str(obj), clone == obj, copy.deepcopy(obj) == obj, obj.__reduce__())
print(hash(a4) == hash(hex(int(a4))), hash(a6) == hash((int(a6), 'eth0')),
      hash(n4) == hash(int(n4.network_address) ^ int(n4.netmask)),
      hash(i4) == hash((int(i4), 24, int(i4.network.network_address))))
print(len({a4, ip.IPv4Address(16909060), ip.IPv4Address(b'\x01\x02\x03\x04')}))
print(a6 == ip.IPv6Address('fe80::1'), a6 == ip.IPv6Address('fe80::1%eth0'), a6.scope_id)
print(i6, i6.ip, i6.network, i6.with_prefixlen, i6.with_netmask, i6.scope_id)
print(ip.ip_network('fe80::%eth0/64').network_address, ip.ip_network('fe80::%eth0/64'))

attempt('iface == addr', lambda: i4 == a4)
attempt('addr == iface', lambda: a4 == i4)
attempt('iface < addr', lambda: i4 < a4)
attempt('addr < iface', lambda: a4 < i4)
attempt('iface < iface', lambda: i4 < ip.ip_interface('1.2.3.4/16'))
attempt('iface > iface', lambda: i4 > ip.ip_interface('1.2.3.4/16'))
attempt('iface mixed', lambda: i4 < ip.ip_interface('::1/24'))
attempt('net < addr', lambda: n4 < a4)
attempt('addr mixed', lambda: a4 < ip.IPv6Address('::1'))
attempt('net mixed', lambda: n4 < ip.ip_network('::/0'))
attempt('addr == str', lambda: a4 == '1.2.3.4')
attempt('in net', lambda: (a4 in n4, ip.IPv4Address('10.9.9.9') in n4, i4 in ip.ip_network('1.2.3.0/24'),
                           ip.IPv6Address('::1') in n4, n4 in n4))
attempt('add', lambda: (a4 + 1, a4 - 4, i4 + 1, ip.IPv6Address('fe80::1%1') + 1))
attempt('add overflow', lambda: ip.IPv4Address('255.255.255.255') + 1)
attempt('sub negative', lambda: ip.IPv6Address('::') - 1)
attempt('add float', lambda: a4 + 1.0)
attempt('radd', lambda: 1 + a4)
attempt('addr - addr', lambda: a4 - a4)
attempt('hex', lambda: hex(a4))
for spec in ('', 's', '>12s', 'b', '#b', '_b', 'x', '#_X', 'n', '#n', '_', '#', 'd', '08x', '>12'):
    attempt(f'format {spec!r}', lambda: (format(a4, spec), format(ip.IPv6Address('::1:2'), spec)))
attempt('format iface', lambda: (format(i4, '#x'), format(i4, 's')))

attempt('hosts /32', lambda: ip.ip_network('1.2.3.4/32').hosts())
attempt('hosts /31', lambda: list(ip.ip_network('1.2.3.4/31').hosts()))
attempt('hosts /30', lambda: list(ip.ip_network('1.2.3.4/30').hosts()))
attempt('hosts v6 /126', lambda: list(ip.ip_network('2001:db8::/126').hosts()))
attempt('hosts v6 /127', lambda: list(ip.ip_network('::/127').hosts()))
attempt('hosts v6 /128', lambda: ip.ip_network('::1/128').hosts())
attempt('getitem', lambda: (n4[0], n4[-1], n4[5], n4[-2 ** 24]))
attempt('getitem out', lambda: n4[2 ** 24])
attempt('getitem neg out', lambda: n4[-2 ** 24 - 1])
attempt('getitem slice', lambda: n4[1:3])
attempt('len', lambda: len(n4))
attempt('supernet neg', lambda: n4.supernet(-1))
attempt('supernet of /0', lambda: ip.ip_network('0.0.0.0/0').supernet(5))
attempt('overlaps addr', lambda: n4.overlaps(a4))
attempt('compare addr', lambda: n4.compare_networks(a4))
attempt('tuple 1', lambda: ip.IPv4Network(('1.2.3.0',)))
attempt('tuple 3', lambda: ip.IPv4Network(('1.2.3.0', 24, 5)))
attempt('tuple mask', lambda: ip.IPv4Network(('1.2.3.0', '255.255.255.0')))
attempt('tuple objects', lambda: ip.IPv4Network((a4, 24), strict=False))
attempt('tuple packed', lambda: ip.IPv4Network((b'\x01\x02\x03\x00', 24)))
attempt('from address', lambda: (ip.IPv4Network(a4), ip.IPv4Interface(a4)))
attempt('from iface', lambda: ip.IPv4Network(i4))
attempt('v6 netmask', lambda: ip.IPv6Network(('::1', 'ffff::')))
attempt('v6 prefix zeros', lambda: ip.IPv6Network('::/0064'))
attempt('v4 prefix zeros', lambda: ip.IPv4Network('1.0.0.0/08'))
attempt('plus prefix', lambda: ip.IPv4Network('1.0.0.0/+8'))
attempt('two slashes', lambda: ip.IPv4Interface('1.2.3.4/24/1'))
attempt('bytearray', lambda: ip.IPv4Address(bytearray(4)))
attempt('None', lambda: ip.IPv4Address(None))
attempt('v6 from v4', lambda: ip.IPv4Address(ip.IPv6Address('::1')))

attempt('summarize', lambda: list(ip.summarize_address_range(ip.IPv4Address('1.1.1.0'), ip.IPv4Address('1.1.2.7'))))
attempt('summarize type', lambda: type(ip.summarize_address_range(a4, a4)).__name__)
attempt('summarize nets', lambda: list(ip.summarize_address_range(n4, n4)))
attempt('summarize order', lambda: list(ip.summarize_address_range(a4, ip.IPv4Address('1.2.3.1'))))
attempt('summarize mixed', lambda: list(ip.summarize_address_range(a4, ip.IPv6Address('::1'))))
attempt('summarize all', lambda: list(ip.summarize_address_range(ip.IPv4Address(0), ip.IPv4Address(2 ** 32 - 1))))
attempt('collapse', lambda: list(ip.collapse_addresses([ip.ip_network('10.0.0.0/25'), ip.ip_network('10.0.0.128/25'),
                                                        ip.IPv4Address('10.0.1.0'), ip.ip_interface('10.0.1.1/8'),
                                                        ip.ip_network('10.0.1.2/32')])))
attempt('collapse addrs mixed', lambda: list(ip.collapse_addresses([a4, ip.IPv6Address('::1')])))
attempt('collapse nets mixed', lambda: list(ip.collapse_addresses([n4, ip.ip_network('::/0')])))
attempt('collapse one each', lambda: list(ip.collapse_addresses([a4, ip.ip_network('::/0')])))
attempt('collapse host net', lambda: list(ip.collapse_addresses([n4, ip.ip_network('::/128')])))
attempt('collapse empty', lambda: list(ip.collapse_addresses([])))
attempt('mixed keys', lambda: sorted([ip.ip_network('::/0'), a4, n4, ip.IPv6Address('::2'), i4], key=ip.get_mixed_type_key))
attempt('key other', lambda: ip.get_mixed_type_key('x'))
attempt('packed', lambda: (ip.v4_int_to_packed(1), ip.v6_int_to_packed(1)))
attempt('packed big', lambda: ip.v4_int_to_packed(2 ** 32))
attempt('packed negative', lambda: ip.v6_int_to_packed(-1))
attempt('consts', lambda: (ip.IPV4LENGTH, ip.IPV6LENGTH, a4.version, n4.max_prefixlen, i4.max_prefixlen))
attempt('v4 iface props', lambda: (ip.ip_interface('0.0.0.0/32').is_unspecified, ip.ip_interface('127.0.0.1/8').is_loopback,
                                   ip.ip_interface('10.1.1.1/8').is_private, i4.hostmask, i4.reverse_pointer, i4.packed))
attempt('v6 iface props', lambda: (ip.IPv6Interface('::/64').is_unspecified, ip.IPv6Interface('::/128').is_unspecified,
                                   ip.IPv6Interface('::1/64').is_loopback, ip.IPv6Interface('::1/128').is_loopback,
                                   ip.IPv6Interface('::1/64').exploded))
attempt('mapped private', lambda: [(t, ip.ip_address(t).is_private, ip.ip_address(t).is_global)
                                   for t in ('::ffff:8.8.8.8', '::ffff:10.0.0.1', '::ffff:100.64.0.1')])
attempt('net private', lambda: [(t, ip.ip_network(t).is_private, ip.ip_network(t).is_global)
                                for t in ('0.0.0.0/0', '0.0.0.0/31', '::ffff:0:0/96', '::/127', '240.0.0.0/4', '100.64.0.0/10')])
