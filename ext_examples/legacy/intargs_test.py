import intargs as m

BIG = 2**62          # just outside Spry's tagged range
EDGES = [0, 1, -1, -5, -6, 256, 257, 1024, 1025, -1025, 2**31, -2**31 - 1, 2**40,
         BIG - 1, -BIG, BIG, -BIG - 1, 2**63 - 1, -2**63]

# Every integer unit, with values from the small-int cache, fresh boxes and heap ints.
print(m.units(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
print(m.units(255, -1, -32768, -1, -2**31, -1, -2**62, -1, 2**62, -2, 2**40))
print(m.units(0, 2**40 + 7, 32767, 2**40 + 9, 2**31 - 1, 2**40 + 3, 2**63 - 1, -2**63, -2**63, 2**64 - 1, -7))
for bad in [(256,), (-1,), (None,)]:
    args = bad + (0,) * 10
    try:
        m.units(*args)
    except Exception as e:
        print(type(e).__name__, e)
for i, bad in [(2, 32768), (2, -32769), (4, 2**31), (4, -2**31 - 1), (6, 2**63), (8, 2**63),
               (9, 2**64), (9, 1.5), (10, 2**63), (10, "x"), (7, "y")]:
    args = [0] * 11
    args[i] = bad
    try:
        m.units(*args)
    except Exception as e:
        print(i, type(e).__name__, e)

# Keywords: from the call site and from a ** dict, for an integer and an object unit.
print(m.kw(1), m.kw(1, 2), m.kw(1, 2, 3), m.kw(1, b=2000, c=3000, d=4))
print(m.kw(a=-5000, c=[1]), m.kw(**{"a": 7, "b": 2**62, "c": 2**70, "d": -3}))
d = {"b": 123456, "c": 654321}
print(m.kw(9, **d), d)
for args, kwargs in [((), {}), ((1,), {"a": 2}), ((1, 2, 3, 4), {}), ((1,), {"e": 1}),
                     ((1,), {"d": 2**40}), ((1,), {"b": "s"}), ((), {"b": 1}),
                     ((1, 2), {"b": 3})]:
    try:
        print(m.kw(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)
d = {"b": 5000, "c": 6000, "d": 7}
print(m.kw_from((1,), d), m.kw_from((2,), {"c": 2**62}), d)
for args, kwargs in [((1,), {"d": 2**31}), ((1, 2), {"b": 3}), ((1,), {5: 1})]:
    try:
        print(m.kw_from(args, kwargs))
    except Exception as e:
        print(type(e).__name__, e)
print(m.posonly(6), m.posonly(6, 7), m.posonly(6, y=5000))
for args, kwargs in [((), {"x": 1}), ((1,), {"x": 2})]:
    try:
        print(m.posonly(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

# Values through METH_O, METH_FASTCALL and back: equal, of type int, usable as keys.
for v in EDGES:
    e = m.echo(v)
    r = m.roundtrip(v)
    print(v, e == v, type(e) is int, r, hash(e) == hash(v), m.fast_pair(v, 3))
print(m.roundtrip(2**64), m.roundtrip(-2**64))
table = {m.echo(v): i for i, v in enumerate(EDGES)}
print([table[v] for v in EDGES])
print(sum(m.echo(i) for i in range(1000, 3000)), sum(m.roundtrip(-i) for i in range(1000, 3000)))

# Boxes kept by C outlive the call that made them.
for v in [5, 1025, -2000, BIG - 1, 2**70]:
    m.keep(v)
k = m.kept()
print(k, [type(x).__name__ for x in k], sum(k))
