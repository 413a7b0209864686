# ipaddress sweep: generated good and bad addresses, networks and interfaces of both versions,
# every property, formatting, and the pairwise network operations, compared with CPython.
import ipaddress as ip

state = [987654321]
def rnd(n):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state[0] >> 20) % n
def pick(seq): return seq[rnd(len(seq))]
def show(f):
    try: r = f()
    except Exception as e: return f'{type(e).__name__}: {e}'
    return repr(r)
v4_pieces = ['0', '1', '00', '01', '255', '256', '999', '1234', '', 'a', ' 1', '1 ', '-1', '+1', '0x1', '١', '10', '192', '168', '127', '224', '240', '100', '64', '169', '254', '172', '16', '31', '32', '198', '18', '19', '203', '113', '51']
v4_texts = []
for i in range(250):
    n = pick([4, 4, 4, 4, 3, 5, 1])
    v4_texts.append('.'.join(pick(v4_pieces) for _ in range(n)))
v4_texts += ['', '/', '1.2.3.4/8', '1.2.3.4%x', '0.0.0.0', '255.255.255.255']
hex_pieces = ['0', '1', 'ffff', 'FFFF', '0000', '00000', '12345', 'g', '', 'fe80', 'ff02', 'fec0', '2001', 'db8', '2002', 'fc00', '64', '100', '1.2.3.4', '1.2.3.256', '::', 'a', '0db8']
v6_texts = []
for i in range(300):
    n = rnd(10) + 1
    t = ':'.join(pick(hex_pieces) for _ in range(n))
    if rnd(5) == 0: t += pick(['%eth0', '%', '%1%2', '%x'])
    v6_texts.append(t)
v6_texts += ['::', '::1', '1::', ':::', '::1::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::', '::1:2:3:4:5:6:7', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '::ffff:1.2.3.4', '%x', ':', '1:2', '::ffff:0:0']
for t in v4_texts:
    print('A4', repr(t), show(lambda: ip.IPv4Address(t)), show(lambda: ip.ip_address(t)))
for t in v6_texts:
    print('A6', repr(t), show(lambda: ip.IPv6Address(t)), show(lambda: str(ip.IPv6Address(t))))
def props(a):
    names = ['is_private', 'is_global', 'is_multicast', 'is_reserved', 'is_loopback', 'is_link_local', 'is_unspecified', 'exploded', 'compressed', 'reverse_pointer', 'packed', 'version', 'max_prefixlen']
    if a.version == 6: names += ['is_site_local', 'ipv4_mapped', 'sixtofour', 'teredo', 'scope_id']
    return [show(lambda: getattr(a, n)) for n in names]
specials4 = ['0.0.0.0', '10.0.0.0', '100.64.0.0', '127.0.0.0', '169.254.0.0', '172.16.0.0', '192.0.0.0', '192.0.0.8', '192.0.0.170', '192.0.0.172', '192.0.2.0', '192.88.99.0', '192.168.0.0', '198.18.0.0', '198.51.100.0', '203.0.113.0', '224.0.0.0', '240.0.0.0', '255.255.255.255', '8.8.8.8', '1.1.1.1']
specials6 = ['::', '::1', '::ffff:0:0', '100::', '2001::', '2001:2::', '2001:db8::', '2001:10::', '2001:20::', '2002::', 'fc00::', 'fe80::', 'fec0::', 'ff00::', '64:ff9b::', '200::', '400::', '800::', '1000::', '4000::', 'e000::', 'f000::', 'f800::', 'fe00::', '2606:4700::', '::ffff:127.0.0.1', '::ffff:8.8.8.8', '2001:0:4136:e378:8000:63bf:3fff:fdd2']
addrs = []
for s in specials4:
    a = ip.IPv4Address(s)
    for d in (-1, 0, 1, 2**8 - 1, 2**20):
        try: addrs.append(a + d)
        except Exception: pass
for s in specials6:
    a = ip.IPv6Address(s)
    for d in (-1, 0, 1, 2**32, 2**100, 2**117):
        try: addrs.append(a + d)
        except Exception: pass
for i in range(40):
    addrs.append(ip.IPv4Address(rnd(2**32)))
    addrs.append(ip.IPv6Address(rnd(2**64) << pick([0, 16, 32, 64]) | rnd(4)))
for k, a in enumerate(addrs):
    formats = ('b', '#_x', 'X', 'n', '#n', '_n', '>45s', 's') if k % 8 == 0 else ('#_x', '>45s')
    print('P', repr(a), props(a)[:7] if k % 3 else props(a), int(a), [format(a, f) for f in formats])
masks = ['0', '8', '16', '24', '31', '32', '33', '64', '127', '128', '129', '-1', '08', '', 'x', '255.255.255.0', '0.0.0.255', '255.0.255.0', '0.0.0.0', '255.255.255.255', '255.255.128.0', '0.0.127.255', '1.2.3', ' 8', '8 ']
nets = []
for i in range(250):
    if rnd(2):
        a = str(pick(addrs[:150])) if rnd(3) else pick(v4_texts[:50])
    else:
        a = str(pick(addrs[150:])) if rnd(3) else pick(v6_texts[:60])
    t = a + '/' + pick(masks) if rnd(8) else a
    strict = bool(rnd(2))
    r = show(lambda: ip.ip_network(t, strict))
    print('N', repr(t), strict, r, show(lambda: ip.ip_interface(t)), show(lambda: ip.IPv4Network(t, strict)), show(lambda: ip.IPv6Network(t)))
    try: nets.append(ip.ip_network(t, False))
    except ValueError: pass
def nprops(n):
    names = ['network_address', 'broadcast_address', 'netmask', 'hostmask', 'prefixlen', 'num_addresses', 'with_prefixlen', 'with_netmask', 'with_hostmask', 'exploded', 'compressed', 'is_private', 'is_global', 'is_multicast', 'is_reserved', 'is_loopback', 'is_link_local', 'is_unspecified']
    if n.version == 6: names.append('is_site_local')
    return [show(lambda: getattr(n, k)) for k in names]
for n in nets:
    print('Q', repr(n), nprops(n), show(lambda: n.supernet()), show(lambda: n[3]), show(lambda: n[-2]), show(lambda: list(n.subnets())), show(lambda: list(n.hosts())[:3]) if n.num_addresses < 2**20 else '', hash(n) == hash(ip.ip_network(str(n))))
    i = ip.ip_interface(str(n.network_address + min(5, n.num_addresses - 1)) + '/' + str(n.prefixlen))
    print('I', repr(i), str(i), i.ip, i.network, i.with_prefixlen, i.with_netmask, i.with_hostmask, i.exploded, i.is_private, i.is_loopback, i.is_unspecified, i.reverse_pointer[:20])
for k in range(150):
    a, b = pick(nets), pick(nets)
    print('R', a, b, show(lambda: a.overlaps(b)), show(lambda: a.subnet_of(b)), show(lambda: a.supernet_of(b)), show(lambda: a.compare_networks(b)), show(lambda: a < b), show(lambda: a == b),
          show(lambda: list(a.address_exclude(b))[:6]), show(lambda: list(ip.collapse_addresses([a, b]))), show(lambda: b.network_address in a))
for k in range(100):
    a, b = pick(addrs), pick(addrs)
    print('S', a, b, show(lambda: list(ip.summarize_address_range(a, b))[:8]), show(lambda: a < b), show(lambda: a == b), show(lambda: ip.get_mixed_type_key(a) < ip.get_mixed_type_key(b)))
for k in range(100):
    group = [pick(nets) for _ in range(rnd(6) + 1)] + [pick(addrs) for _ in range(rnd(4))]
    for version in (4, 6):
        same = [x for x in group if x.version == version]
        print('C', version, show(lambda: list(ip.collapse_addresses(same))))
