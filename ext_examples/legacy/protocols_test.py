# Sequence, mapping, set, slice, iterator, weakref and exception functions of the Limited
# API (ext_examples/legacy/protocols.c).
import gc

import protocols as p

print(p.seq_ops([3, 1, 3, 2]))
print(p.seq_ops((5, 6, 7)))
print(p.seq_ops("abcab"))
print(p.seq_index([1, 2, 3], 3))
for args in (([1, 2], 5), (5, 1)):
    try:
        p.seq_index(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(p.seq_mutate([1, 2, 3, 4, 5, 6]))
d = {"a": 1, "b": 2}
print(p.map_ops(d, "b"), d)
print(p.map_ops({}, []))


class Mapping:
    def __init__(self):
        self.data = {"a": 10}

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __len__(self):
        return len(self.data)

    def items(self):
        return sorted(self.data.items())

    def values(self):
        return sorted(self.data.values())


print(p.map_ops(Mapping(), "q"))
print(p.set_ops([1]))
print(p.set_ops(()))
print(p.set_errors([1]), p.set_errors(set()))
print(p.inplace_ops(13, 3))
print(p.inplace_ops(-7, 2))
try:
    p.inplace_ops(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(p.to_base(255), p.to_base(-10))
try:
    p.to_base(1.5)
except TypeError as e:
    print("TypeError", e)
for s in (slice(None), slice(1, None, 2), slice(-3, None), slice(None, None, -1), slice(10, -10, -3),
          slice(True, 4)):
    print(s, p.slice_ops(s, 8))
try:
    p.slice_ops(slice(None, None, 0), 5)
except ValueError as e:
    print("ValueError", e)
print(p.make_slice(None, 5, None), p.make_slice(1, 2, 3))
it = iter([4, 5, 6, 7])
print(p.iter_ops("xyz", lambda: next(it), 6))


def gen():
    got = yield 1
    got = yield got * 10
    return "done %s" % got


g = gen()
print(p.send(g, None), p.send(g, 4), p.send(g, 5))
print(p.send(iter([8]), None), p.send(iter([]), None))


class Target:
    pass


log = []
t = Target()
r, proxy, same = p.weak_ops(t, lambda ref: log.append("called"))
print(type(r).__name__, type(proxy).__name__, same, r() is t)
del t
gc.collect()
print(r(), p.weak_target(r), log)
e = ValueError("x")
print(p.exc_ops(e, KeyError("k"), TypeError("t")), e.__suppress_context__)


class HasFileno:
    def __init__(self, v):
        self.v = v

    def fileno(self):
        return self.v


print(p.file_descriptor(3), p.file_descriptor(HasFileno(5)))
for bad in (-1, HasFileno("x"), "str", 2**40):
    try:
        p.file_descriptor(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(p.merge_pairs({"a": 1}, [("a", 2), ["b", 3], "cd"], 0), p.merge_pairs({"a": 1}, [("a", 2)], 1))
for bad in ([("a", 1, 2)], [5]):
    try:
        p.merge_pairs({}, bad, 1)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class AsyncIt:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


async def agen():
    yield 1


print(p.async_iter(AsyncIt()), p.async_iter(agen()))
try:
    p.async_iter([1])
except TypeError as e:
    print("TypeError", e)
print(p.refcounts(object()))
