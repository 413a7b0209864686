# Tuples holding only atomic values (ints, strs, floats, None, untracked tuples) leave the
# collector at the next collection, as CPython's; tuples holding containers stay tracked.
import gc


def make(i):
    return tuple([str(i), i])


pairs = [make(i) for i in range(5)]
with_list = tuple([[1], "x"])
nested = tuple([pairs[0], 2.5, None])
holder = {make(9): "v"}
print([gc.is_tracked(p) for p in pairs], gc.is_tracked(with_list), gc.is_tracked(nested))
gc.collect()
gc.collect()
print([gc.is_tracked(p) for p in pairs], gc.is_tracked(with_list), gc.is_tracked(nested))
print([gc.is_tracked(k) for k in holder], gc.is_tracked(tuple([with_list])))
# an untracked tuple still compares, hashes and is freed normally
print(pairs[3] == ("3", 3), hash(pairs[3]) == hash(("3", 3)), holder[make(9)])
# a cycle through a list inside a tracked tuple is still collected
a = []
t = tuple([a, 1])
a.append(t)
del a, t
print(gc.collect() >= 2)
